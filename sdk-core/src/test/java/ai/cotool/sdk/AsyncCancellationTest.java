package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.testsupport.CallEvents;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.LeakDetector;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code future.cancel(true)} while the request is in flight cancels the OkHttp call; during the
 * wait before a retry it stops the retry. Either way nothing more reaches the server. Each test has
 * its own OkHttpClient, so that its dispatcher and event listener see only that test's calls.
 */
class AsyncCancellationTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  /** Far longer than any test: the response never arrives while the client waits. */
  private static final int SERVER_DELAY_MS = 10_000;

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

  private CotoolClient client(Sleeper sleeper) {
    // retries allowed: a cancelled call must not be retried even when it could be
    return TestHttp.client(server, sleeper).httpClient(http).maxRetries(2).build();
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void cancelWhileTheRequestIsInFlight_cancelsTheOkHttpCall_andSendsNothingMore(Operation op) {
    server.stubFor(op.stub().willReturn(op.success().withFixedDelay(SERVER_DELAY_MS)));
    CountDownLatch idle = TestHttp.idleLatch(http);
    RecordingSleeper sleeper = new RecordingSleeper();

    try (CotoolClient client = client(sleeper)) {
      CompletableFuture<?> future = op.callAsync(client);
      assertThat(server.awaitArrived(1)).isEqualTo(1);
      assertThat(future).isNotDone();
      assertThat(http.dispatcher().runningCallsCount()).isEqualTo(1);

      assertThat(future.cancel(true)).isTrue();

      TestHttp.await(idle, "the dispatcher has no call left");
      assertThat(http.dispatcher().runningCallsCount()).isZero();
      assertThat(http.dispatcher().queuedCallsCount()).isZero();
      assertThat(events.canceled).as("OkHttp calls cancelled").hasValue(1);
      assertThat(events.failed).as("OkHttp calls failed (by the cancel)").hasValue(1);
      assertThat(events.ended).as("OkHttp calls completed").hasValue(0);
      assertThat(future).isCancelled();
      assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
    }
    assertThat(events.started).as("OkHttp calls made").hasValue(1);
    assertThat(server.arrived()).isEqualTo(1);
    assertThat(sleeper.asyncWaits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void cancelDuringTheWaitBeforeARetry_thenTheWaitEnds_sendsNothingMore(Operation op) {
    server.stubFor(op.stub().willReturn(aResponse().withStatus(429))); // retried by every operation
    HeldSleeper sleeper =
        new HeldSleeper(true); // its wait ends even though the future was cancelled
    CountDownLatch idle = TestHttp.idleLatch(http);

    try (CotoolClient client = client(sleeper)) {
      CompletableFuture<?> future = op.callAsync(client);
      CompletableFuture<Void> wait = sleeper.nextWait();
      TestHttp.await(idle, "the first attempt is over"); // and the client is waiting to retry
      assertThat(future).isNotDone();
      assertThat(server.arrived()).isEqualTo(1);

      assertThat(future.cancel(true)).isTrue();
      wait.complete(null); // a retry would be enqueued right here, on this thread

      assertThat(http.dispatcher().runningCallsCount() + http.dispatcher().queuedCallsCount())
          .as("calls started after the wait")
          .isZero();
      assertThat(future).isCancelled();
    }
    assertThat(events.started).as("OkHttp calls made").hasValue(1);
    assertThat(server.arrived()).isEqualTo(1);
    assertThat(sleeper.anotherWaitAsked()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = Operation.class,
      names = {"LIST_ALERTS", "CREATE_DETECTION"})
  void cancelDuringTheWaitBeforeARetry_cancelsThePendingWait(Operation op) {
    server.stubFor(op.stub().willReturn(aResponse().withStatus(429)));
    HeldSleeper sleeper = new HeldSleeper(false);
    CountDownLatch idle = TestHttp.idleLatch(http);

    try (CotoolClient client = client(sleeper)) {
      CompletableFuture<?> future = op.callAsync(client);
      CompletableFuture<Void> wait = sleeper.nextWait();
      TestHttp.await(idle, "the first attempt is over");

      future.cancel(true);

      assertThat(wait).as("the wait the client asked for").isCancelled();
      assertThat(wait.complete(null)).isFalse();
      assertThat(http.dispatcher().runningCallsCount() + http.dispatcher().queuedCallsCount())
          .isZero();
    }
    assertThat(server.arrived()).isEqualTo(1);
  }
}
