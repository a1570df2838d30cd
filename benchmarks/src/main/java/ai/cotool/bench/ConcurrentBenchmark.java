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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measurement 5: 16 threads calling {@code GET /api/alerts} through one shared client over
 * loopback: the SDK client against one shared raw OkHttpClient + Gson. Throughput mode gives
 * requests/s (summed over the threads), SampleTime the latency distribution (p99). The page size is
 * {@code limit} (default 20 alerts, about 25 KB), small enough that connection handling and the
 * client's own per-call work weigh, not only the decode; {@code -p limit=200} for the big page.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
@Threads(16)
@State(Scope.Benchmark)
public class ConcurrentBenchmark {
  @Param({"20"})
  public int limit;

  private LoopbackServer server;
  private CotoolClient sdk;
  private Fixtures.RawClient raw;
  private AlertListParams params;

  @Setup
  public void setUp() throws IOException {
    server = new LoopbackServer(100_000).preparePage(limit);
    sdk = Fixtures.sdkClient(server.baseUrl());
    raw = new Fixtures.RawClient(server.baseUrl());
    params = AlertListParams.builder().limit(limit).build();
    if (sdk().alerts().size() != limit || raw().alerts.size() != limit) {
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
    return raw.listAlerts(limit, 0);
  }
}
