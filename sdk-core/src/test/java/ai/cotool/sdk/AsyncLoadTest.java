package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.testsupport.AlertPages;
import ai.cotool.sdk.testsupport.CallEvents;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.LeakDetector;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 64 async calls from one thread, all in flight at once: the server answers none of them until all
 * 64 have arrived. Every response echoes its request's offset, so a response delivered to the wrong
 * future is noticed.
 */
class AsyncLoadTest {
  private static final int CALLS = 64;
  private static final int SERVER_THREADS = CALLS + 16;
  private static final HoldUntilAllArrived barrier = new HoldUntilAllArrived();

  @RegisterExtension
  static final CountingServer server =
      CountingServer.create(
          options ->
              options
                  .containerThreads(SERVER_THREADS)
                  .asynchronousResponseEnabled(false)
                  .extensions(barrier));

  @Test
  void
      sixtyFourConcurrentAsyncCalls_completeCorrectly_withoutLeaks_orThreadsBeyondOkHttpsDispatcher()
          throws Exception {
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(aResponse().withTransformers(HoldUntilAllArrived.NAME)));
    LeakDetector.install();
    CallEvents events = new CallEvents();
    OkHttpClient http = new OkHttpClient.Builder().eventListener(events).build();
    http.dispatcher()
        .setMaxRequestsPerHost(CALLS); // OkHttp's default of 5 per host would queue the rest
    CountDownLatch idle = TestHttp.idleLatch(http);
    int dispatcherLimit = http.dispatcher().getMaxRequests();
    Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
    ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    threadBean.resetPeakThreadCount();
    RecordingSleeper sleeper = new RecordingSleeper();

    List<CompletableFuture<AlertPage>> futures = new ArrayList<>();
    try (CotoolClient client =
        TestHttp.clientWithoutRetries(server, sleeper).httpClient(http).build()) {
      for (int offset = 0; offset < CALLS; offset++) {
        futures.add(
            client
                .async()
                .alerts()
                .list(AlertListParams.builder().limit(1).offset(offset).build()));
      }
      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0]))
          .get(30, TimeUnit.SECONDS);
    }

    for (int offset = 0; offset < CALLS; offset++) {
      AlertPage page = futures.get(offset).join();
      assertThat(page.totalCount()).as("page for offset %s", offset).isEqualTo(offset);
      assertThat(page.alerts().get(0).id()).isEqualTo(AlertPages.id(offset));
    }
    assertThat(barrier.mostHeldAtOnce()).as("requests in flight at once").isEqualTo(CALLS);
    assertThat(server.arrived()).isEqualTo(CALLS);
    assertThat(sleeper.asyncWaits()).as("retries").isEmpty();
    assertThat(events.ended).as("OkHttp calls completed").hasValue(CALLS);
    TestHttp.await(idle, "the dispatcher has no call left");
    assertThat(http.dispatcher().runningCallsCount() + http.dispatcher().queuedCallsCount())
        .isZero();
    assertThat(LeakDetector.leaks(http.connectionPool())).as("responses left open").isEmpty();

    // OkHttp runs each call in flight on a thread of its dispatcher; the SDK starts none of its own
    List<Thread> newThreads =
        Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> !threadsBefore.contains(thread))
            .filter(
                thread ->
                    !thread.getName().startsWith("qtp")
                        && !thread.getName().startsWith("Connector-Scheduler")) // the server's
            .collect(Collectors.toList());
    assertThat(newThreads)
        .as("threads started during the load and still alive")
        .allSatisfy(thread -> assertThat(thread.getName()).matches("OkHttp .*|Okio Watchdog"));
    long dispatcherThreads =
        newThreads.stream()
            .filter(thread -> thread.getName().matches("OkHttp Dispatcher|OkHttp http.*"))
            .count();
    assertThat(dispatcherThreads)
        .as("new OkHttp dispatcher threads")
        .isLessThanOrEqualTo(dispatcherLimit);
    List<String> others =
        newThreads.stream()
            .map(Thread::getName)
            .filter(name -> !name.matches("OkHttp Dispatcher|OkHttp http.*"))
            .collect(Collectors.toList());
    assertThat(others)
        .as("other new threads: OkHttp's task runner (connection housekeeping) and Okio's watchdog")
        .hasSizeLessThanOrEqualTo(8)
        .allSatisfy(name -> assertThat(name).matches("OkHttp TaskRunner|Okio Watchdog"));
    assertThat(threadBean.getPeakThreadCount())
        .as("peak live threads")
        .isLessThanOrEqualTo(threadsBefore.size() + dispatcherLimit + SERVER_THREADS + 4);
    TestHttp.shutDown(http);
  }

  /**
   * Holds every request until {@link #CALLS} have arrived, then answers each with a page echoing
   * its offset.
   */
  static final class HoldUntilAllArrived implements ResponseDefinitionTransformerV2 {
    static final String NAME = "hold-until-all-arrived";

    private final CountDownLatch allArrived = new CountDownLatch(CALLS);
    private int held;
    private int mostHeld;

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      arrive();
      allArrived.countDown();
      try {
        allArrived.await(
            20,
            TimeUnit.SECONDS); // bounded: a client that never sends all 64 fails the test instead
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      leave();
      int offset = Integer.parseInt(event.getRequest().queryParameter("offset").firstValue());
      return ResponseDefinitionBuilder.like(event.getResponseDefinition())
          .withStatus(200)
          .withHeader("Content-Type", "application/json")
          .withBody("{\"alerts\":[" + AlertPages.alert(offset) + "],\"totalCount\":" + offset + "}")
          .build();
    }

    private synchronized void arrive() {
      held++;
      mostHeld = Math.max(mostHeld, held);
    }

    private synchronized void leave() {
      held--;
    }

    synchronized int mostHeldAtOnce() {
      return mostHeld;
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
}
