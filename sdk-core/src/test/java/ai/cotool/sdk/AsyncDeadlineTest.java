package ai.cotool.sdk;

import static ai.cotool.sdk.testsupport.TestHttp.failureOf;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.CotoolTimeoutException;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.testsupport.CallEvents;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.LeakDetector;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The deadline of an async call bounds the whole call in real time, whatever holds it up: a slow
 * server, a wait that overruns, or OkHttp's dispatcher queue. These tests use short real deadlines:
 * that a real deadline fires is the point. Nothing here sleeps; the server's delays are far longer
 * than any deadline.
 */
class AsyncDeadlineTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  private static final int SERVER_DELAY_MS = 10_000;
  private static final Duration DEADLINE = Duration.ofMillis(300);

  private final CallEvents events = new CallEvents();
  private OkHttpClient http;

  @BeforeEach
  void createHttpClient() {
    LeakDetector.install();
    http = new OkHttpClient.Builder().eventListener(events).build();
  }

  @AfterEach
  void noLeaks() {
    TestHttp.shutDown(http);
    assertThat(LeakDetector.leaks(http.connectionPool())).isEmpty();
  }

  private CotoolClient.Builder client(Sleeper sleeper) {
    return TestHttp.client(server, sleeper).httpClient(http).maxRetries(2);
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void aResponseSlowerThanTheDeadline_failsWithCotoolTimeoutException_andTheCallIsCancelled(
      Operation op) {
    server.stubFor(op.stub().willReturn(op.success().withFixedDelay(SERVER_DELAY_MS)));
    CountDownLatch idle = TestHttp.idleLatch(http);

    Throwable failure;
    try (CotoolClient client = client(new RecordingSleeper()).timeout(DEADLINE).build()) {
      failure = failureOf(op.callAsync(client));
      TestHttp.await(idle, "the dispatcher has no call left");
    }

    assertThat(failure)
        .isExactlyInstanceOf(CotoolTimeoutException.class)
        .hasMessage(op.method + " " + op.path + " timed out after PT0.3S");
    // (OkHttp reports "canceled" only after it closed the socket, so that event may still be on its
    // way here)
    assertThat(events.failed).as("OkHttp calls failed").hasValue(1);
    assertThat(events.ended).as("OkHttp calls completed").hasValue(0);
    assertThat(server.arrived()).isEqualTo(1);
  }

  @Test
  void aCallQueuedInTheDispatcher_failsAtItsDeadline_withoutWaitingForItsTurn() {
    http.dispatcher().setMaxRequestsPerHost(1);
    server.stubFor(
        Operation.LIST_ALERTS
            .stub()
            .willReturn(Operation.LIST_ALERTS.success().withFixedDelay(SERVER_DELAY_MS)));
    server.stubFor(
        Operation.CREATE_DETECTION.stub().willReturn(Operation.CREATE_DETECTION.success()));

    try (CotoolClient client = client(new RecordingSleeper()).build()) {
      CompletableFuture<?> ahead =
          Operation.LIST_ALERTS.callAsync(client); // holds the only slot for 10 s
      assertThat(server.awaitArrived(1)).isEqualTo(1);
      CompletableFuture<?> queued =
          Operation.CREATE_DETECTION.callAsync(
              client, RequestOptions.builder().timeout(DEADLINE).build());

      Throwable failure = failureOf(queued);

      assertThat(failure)
          .isExactlyInstanceOf(CotoolTimeoutException.class)
          .hasMessage("POST /api/detections timed out after PT0.3S");
      assertThat(ahead).as("the call ahead of it").isNotDone();
      ahead.cancel(true);
    }
    assertThat(server.arrived()).as("the queued call was never sent").isEqualTo(1);
  }

  @Test
  void aWaitThatOverrunsTheDeadline_isCutOffByIt_withTheLastFailureAsCause() {
    server.stubFor(
        Operation.LIST_ALERTS
            .stub()
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After-Ms", "10")));
    HeldSleeper neverWakes = new HeldSleeper(false);

    Throwable failure;
    try (CotoolClient client = client(neverWakes).timeout(DEADLINE).build()) {
      CompletableFuture<?> future = Operation.LIST_ALERTS.callAsync(client);
      CompletableFuture<Void> wait = neverWakes.nextWait(); // asked for 10 ms; never ends by itself
      failure = failureOf(future);
      assertThatThrownBy(() -> wait.get(10, TimeUnit.SECONDS))
          .as("the wait, once the deadline passed")
          .isInstanceOf(CancellationException.class);
    }

    assertThat(failure)
        .isExactlyInstanceOf(CotoolTimeoutException.class)
        .hasMessage("GET /api/alerts timed out after PT0.3S")
        .hasCauseExactlyInstanceOf(InternalServerException.class);
    assertThat(server.arrived()).isEqualTo(1);
  }

  @Test
  void aSleeperThatThrows_failsTheFutureWithItsException() {
    server.stubFor(Operation.LIST_ALERTS.stub().willReturn(aResponse().withStatus(503)));
    IllegalStateException broken = new IllegalStateException("scheduler shut down");
    Sleeper throwing =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) {
            throw broken;
          }

          @Override
          public CompletableFuture<Void> sleepAsync(Duration duration) {
            throw broken;
          }
        };

    Throwable blocking;
    Throwable async;
    try (CotoolClient client = client(throwing).build()) {
      blocking =
          org.assertj.core.api.Assertions.catchThrowable(() -> Operation.LIST_ALERTS.call(client));
      async = failureOf(Operation.LIST_ALERTS.callAsync(client));
    }

    assertThat(blocking).isSameAs(broken);
    assertThat(async).isSameAs(broken);
    assertThat(server.arrived()).isEqualTo(2);
  }

  @Test
  void aSleeperThatReturnsNull_failsTheFuture() {
    server.stubFor(Operation.LIST_ALERTS.stub().willReturn(aResponse().withStatus(503)));
    Sleeper returnsNull =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) {}

          @Override
          public CompletableFuture<Void> sleepAsync(Duration duration) {
            return null;
          }
        };

    Throwable failure;
    try (CotoolClient client = client(returnsNull).build()) {
      failure = failureOf(Operation.LIST_ALERTS.callAsync(client));
    }

    assertThat(failure).isInstanceOf(NullPointerException.class).hasMessageContaining("sleepAsync");
    assertThat(server.arrived()).isEqualTo(1);
  }
}
