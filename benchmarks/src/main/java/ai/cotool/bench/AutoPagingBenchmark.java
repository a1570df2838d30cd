package ai.cotool.bench;

import ai.cotool.bench.pojo.AlertListPojo;
import ai.cotool.bench.pojo.AlertPojo;
import ai.cotool.bench.server.LoopbackServer;
import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measurement 4: iterate 100,000 alerts (500 pages of 200, each with distinct ids) from the
 * in-process server, in a fork whose heap is capped at 64 MB. One operation is the whole iteration.
 * {@code sdk} is {@code client.alerts().listAutoPaging(params)} in a for-each loop (the pager's
 * duplicate window and progress checks included); {@code raw} is a hand-written offset loop with
 * OkHttp + Gson.
 *
 * <p>Setup refuses to run with a larger heap, and every operation checks that it saw exactly
 * 100,000 alerts, so a result means it completed under {@code -Xmx64m}. When {@code
 * BENCH_RESULTS_DIR} is set, teardown writes the heap limit and the largest heap occupancy seen
 * right after a garbage collection (an upper bound of what the iteration keeps alive) to {@code
 * paging-<benchmark>.properties} there.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
@State(Scope.Benchmark)
public class AutoPagingBenchmark {
  public static final int TOTAL = 100_000;
  public static final int PAGE = 200;
  public static final long MAX_HEAP = 64L * 1024 * 1024;

  private LoopbackServer server;
  private CotoolClient sdk;
  private Fixtures.RawClient raw;
  private AlertListParams params;
  private final AtomicLong maxUsedAfterGc = new AtomicLong();
  private final AtomicLong gcCount = new AtomicLong();

  @Setup
  public void setUp() throws IOException {
    long maxHeap = Runtime.getRuntime().maxMemory();
    if (maxHeap > MAX_HEAP) {
      throw new IllegalStateException(
          "this benchmark must run with -Xmx64m; max heap is " + maxHeap);
    }
    server = new LoopbackServer(TOTAL).preparePage(PAGE);
    sdk = Fixtures.sdkClient(server.baseUrl());
    raw = new Fixtures.RawClient(server.baseUrl());
    params = AlertListParams.builder().limit(PAGE).build();
    Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  long used = 0;
                  for (var entry : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(entry.getKey())) {
                      used += entry.getValue().getUsed();
                    }
                  }
                  maxUsedAfterGc.accumulateAndGet(used, Math::max);
                  gcCount.incrementAndGet();
                }
              },
              null,
              null);
    }
  }

  @TearDown
  public void tearDown(BenchmarkParams benchmark) throws IOException {
    sdk.close();
    raw.close();
    server.close();
    String dir = System.getenv("BENCH_RESULTS_DIR");
    if (dir != null) {
      String name =
          benchmark.getBenchmark().substring(benchmark.getBenchmark().lastIndexOf('.') + 1);
      String text =
          "maxHeapBytes="
              + Runtime.getRuntime().maxMemory()
              + "\n"
              + "maxHeapUsedAfterGcBytes="
              + maxUsedAfterGc.get()
              + "\n"
              + "garbageCollections="
              + gcCount.get()
              + "\n"
              + "alertsPerOperation="
              + TOTAL
              + "\n"
              + "jvmArgs="
              + String.join(" ", benchmark.getJvmArgs())
              + "\n";
      Files.writeString(
          Path.of(dir, "paging-" + name + ".properties"), text, StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  public long sdk(Blackhole bh) {
    long n = 0;
    for (Alert alert : sdk.alerts().listAutoPaging(params)) {
      bh.consume(alert);
      n++;
    }
    return check(n);
  }

  @Benchmark
  public long raw(Blackhole bh) {
    long n = 0;
    long offset = 0;
    try {
      while (true) {
        AlertListPojo page = raw.listAlerts(PAGE, offset);
        for (AlertPojo alert : page.alerts) {
          bh.consume(alert);
          n++;
        }
        offset += page.alerts.size();
        if (page.alerts.isEmpty() || offset >= page.totalCount) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return check(n);
  }

  private static long check(long n) {
    if (n != TOTAL) {
      throw new IllegalStateException("iterated " + n + " alerts, expected " + TOTAL);
    }
    return n;
  }
}
