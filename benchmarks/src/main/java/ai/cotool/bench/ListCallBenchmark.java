package ai.cotool.bench;

import ai.cotool.bench.pojo.AlertListPojo;
import ai.cotool.bench.server.LoopbackServer;
import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.paging.AlertPage;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measurement 2: one {@code GET /api/alerts?limit=200} end to end over loopback, against the
 * in-process {@link LoopbackServer} returning the 200-alert page: {@code
 * client.alerts().list(params)} against a raw OkHttp call + Gson binding into the hand-written
 * classes, bound straight from the response stream. Both keep one connection alive across calls.
 * Diagnostic: {@code rawViaString} is the raw call reading the body into a {@code String} before
 * binding, as the SDK's pipeline did before it decoded success bodies from the bytes received.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ListCallBenchmark {
  private LoopbackServer server;
  private CotoolClient sdk;
  private Fixtures.RawClient raw;
  private AlertListParams params;

  @Setup
  public void setUp() throws IOException {
    server = new LoopbackServer(100_000).preparePage(200);
    sdk = Fixtures.sdkClient(server.baseUrl());
    raw = new Fixtures.RawClient(server.baseUrl());
    params = AlertListParams.builder().limit(200).offset(0).build();
    if (sdk().alerts().size() != 200
        || raw().alerts.size() != 200
        || rawViaString().alerts.size() != 200) {
      throw new IllegalStateException("unexpected page");
    }
  }

  @TearDown
  public void tearDown() {
    sdk.close();
    raw.close();
    server.close();
  }

  @Benchmark
  public AlertPage sdk() {
    return sdk.alerts().list(params);
  }

  @Benchmark
  public AlertListPojo raw() throws IOException {
    return raw.listAlerts(200, 0);
  }

  @Benchmark
  public AlertListPojo rawViaString() throws IOException {
    return raw.listAlertsViaString(200, 0);
  }
}
