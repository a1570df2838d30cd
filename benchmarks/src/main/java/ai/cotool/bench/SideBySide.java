package ai.cotool.bench;

import ai.cotool.bench.data.AlertPageData;
import ai.cotool.bench.data.DetectionData;
import ai.cotool.bench.pojo.AlertListPojo;
import ai.cotool.bench.pojo.AlertPojo;
import ai.cotool.bench.pojo.CreateDetectionRequestPojo;
import ai.cotool.bench.pojo.DetectionPojo;
import ai.cotool.bench.server.LoopbackServer;
import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertList;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import com.google.gson.Gson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The comparisons of measurements 1 to 3 again, interleaved in one JVM. Variants are grouped with
 * their floor; within a group, every round runs each variant for one short slice (a few to a few
 * hundred operations, tens of milliseconds), in a shuffled order, and the SDK is compared with its
 * floor <em>within</em> each round. On a machine whose load changes from second to second (other
 * builds), JMH's one-benchmark-after-another forks see different conditions for the SDK and for its
 * floor; slices tens of milliseconds apart see nearly the same, so the median of the per-round
 * ratios is robust to that drift. JMH gives the absolute numbers and the allocation.
 *
 * <p>All variants share one JIT profile here (Gson's reader and adapters are used by every one of
 * them), which is closer to an application than JMH's isolated forks, and costs every variant
 * alike.
 *
 * <p>Usage: {@code java -cp benchmarks.jar ai.cotool.bench.SideBySide [rounds] [sliceMillis]
 * [out.json]}.
 */
public final class SideBySide {
  private static final String BLACKHOLE_CHALLENGE =
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

  /** One variant: an operation, and the floor it is compared with (null for a floor). */
  private record Variant(String name, String floor, Op op) {}

  @FunctionalInterface
  private interface Op {
    void run(Blackhole bh) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    long sliceNanos = (args.length > 1 ? Long.parseLong(args[1]) : 15) * 1_000_000L;
    Path out = args.length > 2 ? Path.of(args[2]) : null;

    Blackhole bh = new Blackhole(BLACKHOLE_CHALLENGE);
    String json = new AlertPageData(200, 100_000).json();
    Gson gson = new Gson();
    Gson stockGson = ai.cotool.bench.stock.client.JSON.getGson();
    try (LoopbackServer server = new LoopbackServer(100_000).preparePage(200);
        CotoolClient sdk = Fixtures.sdkClient(server.baseUrl())) {
      Fixtures.RawClient raw = new Fixtures.RawClient(server.baseUrl());
      AlertListParams params = AlertListParams.builder().limit(200).offset(0).build();
      CreateDetectionParams create = Fixtures.createParams();
      CreateDetectionRequestPojo createPojo = Fixtures.createPojo();
      String detectionJson = DetectionData.responseJson();

      List<Variant> variants =
          List.of(
              new Variant(
                  "decode.gsonPojo",
                  null,
                  b -> b.consume(gson.fromJson(json, AlertListPojo.class).alerts)),
              new Variant(
                  "decode.sdk",
                  "decode.gsonPojo",
                  b -> b.consume(AlertList.fromJson(json).alerts())),
              new Variant(
                  "decode.stockGenerated",
                  "decode.gsonPojo",
                  b ->
                      b.consume(
                          stockGson
                              .fromJson(json, ai.cotool.bench.stock.model.AlertList.class)
                              .getAlerts())),
              new Variant(
                  "decode.gsonPojoReadAll",
                  null,
                  b -> {
                    for (AlertPojo a : gson.fromJson(json, AlertListPojo.class).alerts) {
                      Fixtures.readAll(a, b);
                    }
                  }),
              new Variant(
                  "decode.sdkReadAll",
                  "decode.gsonPojoReadAll",
                  b -> {
                    for (Alert a : AlertList.fromJson(json).alerts()) {
                      Fixtures.readAll(a, b);
                    }
                  }),
              new Variant("list.raw", null, b -> b.consume(raw.listAlerts(200, 0))),
              new Variant("list.sdk", "list.raw", b -> b.consume(sdk.alerts().list(params))),
              new Variant(
                  "list.rawViaString", "list.raw", b -> b.consume(raw.listAlertsViaString(200, 0))),
              // the two halves of the create call's body handling, to attribute its overhead
              new Variant(
                  "encodeDetection.gsonPojo", null, b -> b.consume(gson.toJson(createPojo))),
              new Variant(
                  "encodeDetection.sdk",
                  "encodeDetection.gsonPojo",
                  b -> b.consume(create.toJson())),
              new Variant(
                  "decodeDetection.gsonPojo",
                  null,
                  b -> b.consume(gson.fromJson(detectionJson, DetectionPojo.class))),
              new Variant(
                  "decodeDetection.sdk",
                  "decodeDetection.gsonPojo",
                  b -> b.consume(Detection.fromJson(detectionJson))),
              new Variant("create.raw", null, b -> b.consume(raw.createDetection(createPojo))),
              new Variant(
                  "create.sdk", "create.raw", b -> b.consume(sdk.detections().create(create))),
              // measurement 4 per page, interleaved: the first 1,000 alerts (5 pages of 200),
              // auto-pager vs offset loop
              new Variant(
                  "paging.raw",
                  null,
                  b -> {
                    long offset = 0;
                    for (int page = 0; page < PAGING_PAGES; page++) {
                      AlertListPojo alerts = raw.listAlerts(200, offset);
                      alerts.alerts.forEach(b::consume);
                      offset += alerts.alerts.size();
                    }
                  }),
              new Variant(
                  "paging.sdk",
                  "paging.raw",
                  b ->
                      sdk.alerts().listAutoPaging(params).stream()
                          .limit(PAGING_PAGES * 200L)
                          .forEach(b::consume)));

      // warm-up: every variant, interleaved, about 2.5 s each
      run(variants, (int) (2_500_000_000L / sliceNanos), sliceNanos, bh, null);
      Map<String, List<Double>> perOp = new LinkedHashMap<>();
      Map<String, List<Variant>> groups = new LinkedHashMap<>();
      for (Variant v : variants) {
        groups
            .computeIfAbsent(v.floor() == null ? v.name() : v.floor(), k -> new ArrayList<>())
            .add(v);
      }
      for (List<Variant> group : groups.values()) {
        run(group, rounds, sliceNanos, bh, perOp);
      }

      // measurement 5 interleaved: 16 threads through one client, SDK and raw alternating 300 ms
      // bursts
      AlertListParams small = AlertListParams.builder().limit(20).build();
      server.preparePage(20);
      Map<String, Concurrent> concurrent = new LinkedHashMap<>();
      concurrent.put("concurrent16.raw", new Concurrent(b -> b.consume(raw.listAlerts(20, 0))));
      concurrent.put("concurrent16.sdk", new Concurrent(b -> b.consume(sdk.alerts().list(small))));
      runConcurrent(concurrent, 8, 300_000_000L, false);
      runConcurrent(concurrent, Math.max(10, rounds / 10), 300_000_000L, true);
      raw.close();

      StringBuilder report = new StringBuilder("{\n");
      Concurrent cRaw = concurrent.get("concurrent16.raw");
      for (Map.Entry<String, Concurrent> e : concurrent.entrySet()) {
        Concurrent c = e.getValue();
        report.append(
            String.format(
                Locale.ROOT,
                "  \"%s\": {\"medianRequestsPerSecond\": %.1f, "
                    + "\"p50Millis\": %.3f, \"p99Millis\": %.3f, \"requests\": %d",
                e.getKey(),
                median(c.throughput),
                c.latencyPercentile(0.50),
                c.latencyPercentile(0.99),
                c.latencyCount()));
        if (c != cRaw) {
          double[] ratios = new double[c.throughput.size()];
          for (int r = 0; r < ratios.length; r++) {
            ratios[r] = c.throughput.get(r) / cRaw.throughput.get(r);
          }
          Arrays.sort(ratios);
          report.append(
              String.format(
                  Locale.ROOT,
                  ", \"floor\": \"concurrent16.raw\", \"pairedThroughputRatioMedian\": "
                      + "%.4f, \"pairedThroughputRatioQ1\": %.4f, \"pairedThroughputRatioQ3\": %.4f",
                  ratios[ratios.length / 2],
                  ratios[ratios.length / 4],
                  ratios[ratios.length * 3 / 4]));
        }
        report.append(String.format(Locale.ROOT, ", \"rounds\": %d},%n", c.throughput.size()));
      }
      for (int i = 0; i < variants.size(); i++) {
        Variant v = variants.get(i);
        List<Double> times = perOp.get(v.name());
        report.append(
            String.format(
                Locale.ROOT,
                "  \"%s\": {\"medianMicros\": %.3f, \"p10Micros\": %.3f",
                v.name(),
                median(times),
                percentile(times, 0.10)));
        if (v.floor() != null) {
          List<Double> floor = perOp.get(v.floor());
          double[] ratios = new double[times.size()];
          for (int r = 0; r < ratios.length; r++) {
            ratios[r] = times.get(r) / floor.get(r);
          }
          Arrays.sort(ratios);
          report.append(
              String.format(
                  Locale.ROOT,
                  ", \"floor\": \"%s\", \"pairedRatioMedian\": %.4f, \"pairedRatioQ1\": %.4f, \"pairedRatioQ3\": %.4f",
                  v.floor(),
                  ratios[ratios.length / 2],
                  ratios[ratios.length / 4],
                  ratios[ratios.length * 3 / 4]));
        }
        report.append(
            String.format(
                Locale.ROOT,
                ", \"rounds\": %d}%s%n",
                times.size(),
                i + 1 < variants.size() ? "," : ""));
      }
      report.append("}\n");
      System.out.print(report);
      if (out != null) {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          w.write(report.toString());
        }
      }
    }
  }

  private static final int THREADS = 16;
  private static final int PAGING_PAGES = 5;

  /** A concurrent variant and what its measured bursts recorded. */
  private static final class Concurrent {
    final Op op;
    final List<Double> throughput = new ArrayList<>();
    final List<long[]> latencies = new ArrayList<>();

    Concurrent(Op op) {
      this.op = op;
    }

    int latencyCount() {
      return latencies.stream().mapToInt(a -> a.length).sum();
    }

    double latencyPercentile(double p) {
      long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      return all[(int) Math.min(all.length - 1, Math.floor(p * all.length))] / 1e6;
    }
  }

  /**
   * Alternates 16-thread bursts of each variant (shuffled order per round); records req/s and every
   * latency.
   */
  private static void runConcurrent(
      Map<String, Concurrent> variants, int rounds, long burstNanos, boolean record)
      throws InterruptedException {
    Random order = new Random(7);
    List<Concurrent> shuffled = new ArrayList<>(variants.values());
    Blackhole[] holes = new Blackhole[THREADS];
    for (int t = 0; t < THREADS; t++) {
      holes[t] = new Blackhole(BLACKHOLE_CHALLENGE);
    }
    for (int r = 0; r < rounds; r++) {
      Collections.shuffle(shuffled, order);
      for (Concurrent c : shuffled) {
        long[][] perThread = new long[THREADS][];
        int[] counts = new int[THREADS];
        Thread[] threads = new Thread[THREADS];
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        long[] window = new long[2];
        for (int t = 0; t < THREADS; t++) {
          int id = t;
          threads[t] =
              new Thread(
                  () -> {
                    long[] lat = new long[1024];
                    int n = 0;
                    try {
                      go.await();
                      long deadline = window[0] + burstNanos;
                      long now = System.nanoTime();
                      while (now < deadline) {
                        long t0 = now;
                        c.op.run(holes[id]);
                        now = System.nanoTime();
                        if (n == lat.length) {
                          lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = now - t0;
                      }
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                    perThread[id] = Arrays.copyOf(lat, n);
                    counts[id] = n;
                  });
          threads[t].start();
        }
        window[0] = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
          t.join();
        }
        long elapsed = System.nanoTime() - window[0];
        if (record) {
          c.throughput.add(Arrays.stream(counts).sum() / (elapsed / 1e9));
          for (long[] lat : perThread) {
            c.latencies.add(lat);
          }
        }
      }
    }
  }

  /**
   * Runs {@code rounds} rounds; in each, every variant (shuffled order) for one slice. Records
   * µs/op per round.
   */
  private static void run(
      List<Variant> variants,
      int rounds,
      long sliceNanos,
      Blackhole bh,
      Map<String, List<Double>> perOp) {
    Random order = new Random(42);
    List<Variant> shuffled = new ArrayList<>(variants);
    for (int r = 0; r < rounds; r++) {
      Collections.shuffle(shuffled, order);
      for (Variant v : shuffled) {
        long ops = 0;
        long start = System.nanoTime();
        long now;
        try {
          do {
            v.op().run(bh);
            ops++;
            now = System.nanoTime();
          } while (now - start < sliceNanos);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (Exception e) {
          throw new IllegalStateException(v.name(), e);
        }
        if (perOp != null) {
          perOp.computeIfAbsent(v.name(), k -> new ArrayList<>()).add((now - start) / 1e3 / ops);
        }
      }
    }
  }

  private static double median(List<Double> values) {
    return percentile(values, 0.5);
  }

  private static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
  }
}
