package ai.cotool.bench;

import ai.cotool.bench.data.AlertPageData;
import ai.cotool.bench.pojo.AlertListPojo;
import ai.cotool.bench.pojo.AlertPojo;
import ai.cotool.sdk.internal.Json;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertList;
import com.google.gson.Gson;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measurement 1: decode one page of 200 alerts (about 250 KB) from the response text to a list of
 * alerts.
 *
 * <ul>
 *   <li>{@code sdk}: the SDK's path, {@code AlertList.fromJson(text).alerts()} (its public models
 *       wrap the generated instances; getters read them lazily)
 *   <li>{@code sdkReadAll}: the same, then every property of every alert read through the public
 *       getters
 *   <li>{@code gsonPojo} / {@code gsonPojoReadAll}: plain reflective Gson into hand-written classes
 *       (the floor)
 *   <li>{@code stockGenerated}: the stock openapi-generator 7.25.0 okhttp-gson models' {@code
 *       JSON.getGson()}
 *   <li>{@code sdkGeneratedLayer}: diagnostic, the SDK's generated layer alone (its
 *       template-overridden adapters), without the public wrappers
 * </ul>
 *
 * Every variant starts from the same {@code String}, as the SDK's pipeline hands the body to the
 * decoder.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class DecodeBenchmark {
  private String json;
  private Gson gson;
  private Gson stockGson;

  @Setup
  public void setUp() {
    json = new AlertPageData(200, 100_000).json();
    gson = new Gson();
    stockGson = ai.cotool.bench.stock.client.JSON.getGson();
    // the variants must do the same work: same number of alerts out of each
    int n = sdk().size();
    if (n != 200
        || gsonPojo().size() != n
        || stockGenerated().size() != n
        || sdkGeneratedLayer().size() != n) {
      throw new IllegalStateException("decoders disagree on the page");
    }
  }

  @Benchmark
  public List<Alert> sdk() {
    return AlertList.fromJson(json).alerts();
  }

  @Benchmark
  public void sdkReadAll(Blackhole bh) {
    for (Alert alert : AlertList.fromJson(json).alerts()) {
      Fixtures.readAll(alert, bh);
    }
  }

  @Benchmark
  public List<AlertPojo> gsonPojo() {
    return gson.fromJson(json, AlertListPojo.class).alerts;
  }

  @Benchmark
  public void gsonPojoReadAll(Blackhole bh) {
    for (AlertPojo alert : gson.fromJson(json, AlertListPojo.class).alerts) {
      Fixtures.readAll(alert, bh);
    }
  }

  @Benchmark
  public List<ai.cotool.bench.stock.model.Alert> stockGenerated() {
    return stockGson.fromJson(json, ai.cotool.bench.stock.model.AlertList.class).getAlerts();
  }

  @Benchmark
  public List<ai.cotool.sdk.internal.generated.model.AlertJson> sdkGeneratedLayer() {
    return Json.decode(json, ai.cotool.sdk.internal.generated.model.AlertListJson.class)
        .getAlerts();
  }
}
