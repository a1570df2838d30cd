package ai.cotool.bench;

import ai.cotool.bench.pojo.CreateDetectionRequestPojo;
import ai.cotool.bench.pojo.DetectionPojo;
import ai.cotool.bench.server.LoopbackServer;
import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
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
 * Measurement 3: {@code POST /api/detections} end to end over loopback (about 0.7 KB up, 2 KB
 * down): {@code client.detections().create(params)} against a raw OkHttp call that serializes the
 * hand-written request class with Gson and binds the response into the hand-written response class.
 * The request object is built once on both sides; its serialization is part of each call. Run with
 * {@code -prof gc} for bytes allocated per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CreateCallBenchmark {
  private LoopbackServer server;
  private CotoolClient sdk;
  private Fixtures.RawClient raw;
  private CreateDetectionParams params;
  private CreateDetectionRequestPojo pojo;

  @Setup
  public void setUp() throws IOException {
    server = new LoopbackServer(100_000);
    sdk = Fixtures.sdkClient(server.baseUrl());
    raw = new Fixtures.RawClient(server.baseUrl());
    params = Fixtures.createParams();
    pojo = Fixtures.createPojo();
    if (!sdk().id().equals(raw().id)) {
      throw new IllegalStateException("unexpected response");
    }
  }

  @TearDown
  public void tearDown() {
    sdk.close();
    raw.close();
    server.close();
  }

  @Benchmark
  public Detection sdk() {
    return sdk.detections().create(params);
  }

  @Benchmark
  public DetectionPojo raw() throws IOException {
    return raw.createDetection(pojo);
  }
}
