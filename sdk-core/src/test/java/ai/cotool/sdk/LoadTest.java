package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.LeakDetector;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.SharedHttp;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One client shared by 64 threads making 500 calls each. Every response echoes the offset its
 * request asked for, so a response delivered to the wrong caller would be noticed.
 */
@ExtendWith(NoLeakedResponses.class)
class LoadTest {
  private static final int THREADS = 64;
  private static final int CALLS_PER_THREAD = 500;
  private static final int SERVER_THREADS = THREADS + 16;

  @RegisterExtension
  static final CountingServer server =
      CountingServer.create(
          options ->
              options
                  .containerThreads(SERVER_THREADS)
                  .asynchronousResponseEnabled(
                      false) // no delays here: answer on the container thread, without a hand-off
                  .disableRequestJournal() // 32,000 requests: counted by CountingServer, no need to
                  // keep them
                  .gzipDisabled(true)
                  .extensions(new EchoOffset()));

  @Test
  void sixtyFourThreadsSharingOneClient_getEveryResponseRight_withoutLeaksOrRunawayThreads()
      throws Exception {
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withTransformers(EchoOffset.NAME)));
    ConnectionCounter connections = new ConnectionCounter();
    OkHttpClient http =
        SharedHttp.CLIENT.newBuilder().eventListener(connections).build(); // same pool
    Set<Thread> threadsBefore = liveThreads();
    ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    threadBean.resetPeakThreadCount();
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    Queue<String> wrongAnswers = new ConcurrentLinkedQueue<>();
    RecordingSleeper sleeper = new RecordingSleeper();

    long started = System.nanoTime();
    try (CotoolClient client = TestHttp.client(server, sleeper).httpClient(http).build()) {
      ExecutorService workers = Executors.newFixedThreadPool(THREADS);
      CyclicBarrier go = new CyclicBarrier(THREADS);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(
            workers.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    int offset = thread * CALLS_PER_THREAD + i;
                    try {
                      AlertPage page =
                          client
                              .alerts()
                              .list(AlertListParams.builder().limit(1).offset(offset).build());
                      if (page.totalCount() != offset
                          || !page.alerts().get(0).id().equals("alert-" + offset)) {
                        wrongAnswers.add("offset " + offset + " got " + page);
                      }
                    } catch (RuntimeException e) {
                      failures.add(e);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(2, TimeUnit.MINUTES);
      }
      workers.shutdown();
      assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    System.out.printf(
        "LoadTest: %d calls in %d ms (%.0f calls/s); connections: %d opened, at most %d in use at"
            + " once, %d pooled after%n",
        THREADS * CALLS_PER_THREAD,
        elapsedMs,
        THREADS * CALLS_PER_THREAD * 1000.0 / elapsedMs,
        connections.opened.get(),
        connections.peakInUse.get(),
        http.connectionPool().connectionCount());

    assertThat(failures).as("unexpected exceptions").isEmpty();
    assertThat(wrongAnswers).as("responses that did not answer their request").isEmpty();
    assertThat(sleeper.delays()).as("retries").isEmpty();
    assertThat(server.requests("GET", "/api/alerts")).isEqualTo(THREADS * CALLS_PER_THREAD);
    assertThat(http.dispatcher().runningCallsCount()).isZero();
    assertThat(http.dispatcher().queuedCallsCount()).isZero();
    assertThat(connections.peakInUse).as("connections in use at once").hasValueBetween(1, THREADS);
    assertThat(connections.inUse).as("connections still held by a call").hasValue(0);
    assertThat(http.connectionPool().connectionCount())
        .as("pooled connections")
        .isLessThanOrEqualTo(THREADS);
    assertThat(LeakDetector.leaks(http.connectionPool())).isEmpty();
    // during the load: the 64 workers, the server's pool, and no thread per call from the SDK or
    // OkHttp
    assertThat(threadBean.getPeakThreadCount())
        .as("peak live threads")
        .isLessThanOrEqualTo(threadsBefore.size() + THREADS + SERVER_THREADS + 8);
    // besides the server's own, at most OkHttp's task runner and Okio's timeout watchdog outlive
    // the load
    Set<String> newThreads =
        liveThreads().stream()
            .filter(thread -> !threadsBefore.contains(thread))
            .map(Thread::getName)
            .filter(
                name ->
                    !name.startsWith("qtp")
                        && !name.startsWith("Connector-Scheduler")) // the server's
            .collect(Collectors.toSet());
    assertThat(newThreads)
        .as("threads started during the load and still alive")
        .hasSizeLessThanOrEqualTo(2)
        .allSatisfy(name -> assertThat(name).matches("OkHttp .*|Okio Watchdog"));
  }

  /** Counts connections opened, and how many calls hold one at the same time. */
  static final class ConnectionCounter extends EventListener {
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger inUse = new AtomicInteger();
    final AtomicInteger peakInUse = new AtomicInteger();

    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
      opened.incrementAndGet();
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
      peakInUse.accumulateAndGet(inUse.incrementAndGet(), Math::max);
    }

    @Override
    public void connectionReleased(Call call, Connection connection) {
      inUse.decrementAndGet();
    }
  }

  /** Answers a page whose one alert and total count echo the request's offset. */
  static final class EchoOffset implements ResponseDefinitionTransformerV2 {
    static final String NAME = "echo-offset";

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      String offset = event.getRequest().queryParameter("offset").firstValue();
      return ResponseDefinitionBuilder.like(event.getResponseDefinition())
          .withBody(
              "{\"alerts\": [{\"id\": \"alert-"
                  + offset
                  + "\", \"title\": \"Impossible travel\","
                  + " \"severity\": \"high\", \"status\": \"open\"}], \"totalCount\": "
                  + offset
                  + "}")
          .build();
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }

  private static Set<Thread> liveThreads() {
    return Thread.getAllStackTraces().keySet();
  }
}
