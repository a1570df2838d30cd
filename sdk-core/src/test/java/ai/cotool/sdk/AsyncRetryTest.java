package ai.cotool.sdk;

import static ai.cotool.sdk.testsupport.TestHttp.failureOf;
import static ai.cotool.sdk.testsupport.TestHttp.valueOf;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.errors.CotoolTimeoutException;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.errors.RateLimitException;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.ManualClock;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retries of async calls follow the same policy as blocking ones, and wait through {@link
 * Sleeper#sleepAsync}, never {@link Sleeper#sleep}. Waits are recorded and complete at once; a
 * {@link ManualClock} moves with each wait so that the deadline sees the time pass.
 */
@ExtendWith(NoLeakedResponses.class)
class AsyncRetryTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  private final ManualClock clock = new ManualClock();
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  private CotoolClient client(int maxRetries) {
    return TestHttp.client(server, sleeper).clock(clock).maxRetries(maxRetries).build();
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"status " + status + "\"}");
  }

  /**
   * Answers with each of {@code failures} in turn, then with the operation's success from then on.
   */
  private static void failThenSucceed(Operation op, ResponseDefinitionBuilder... failures) {
    String state = Scenario.STARTED;
    for (int i = 0; i < failures.length; i++) {
      String next = "failure " + (i + 1);
      server.stubFor(
          op.stub()
              .inScenario(op.name())
              .whenScenarioStateIs(state)
              .willSetStateTo(next)
              .willReturn(failures[i]));
      state = next;
    }
    server.stubFor(
        op.stub().inScenario(op.name()).whenScenarioStateIs(state).willReturn(op.success()));
  }

  @Test
  void listAlerts_503TwiceThenSuccess_completesWithThePage_afterTwoBackoffWaits() {
    failThenSucceed(Operation.LIST_ALERTS, status(503), status(503));

    try (CotoolClient client = client(2)) {
      Operation.LIST_ALERTS.assertResult(valueOf(Operation.LIST_ALERTS.callAsync(client)));
    }

    assertThat(server.arrived()).isEqualTo(3);
    List<Duration> waits = sleeper.asyncWaits();
    assertThat(waits).hasSize(2);
    assertThat(waits.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(waits.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    assertThat(sleeper.blockingWaits()).as("no thread slept").isEmpty();
  }

  @Test
  void listAlerts_503EveryTime_failsWithTheLast503_afterTheRetryBudget() {
    server.stubFor(Operation.LIST_ALERTS.stub().willReturn(status(503)));

    Throwable failure;
    try (CotoolClient client = client(2)) {
      failure = failureOf(Operation.LIST_ALERTS.callAsync(client));
    }

    assertThat(failure).isExactlyInstanceOf(InternalServerException.class);
    assertThat(((InternalServerException) failure).statusCode()).isEqualTo(503);
    assertThat(server.arrived()).isEqualTo(3);
    assertThat(sleeper.asyncWaits()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void retryAfterSeconds_isWaitedExactly(Operation op) {
    failThenSucceed(op, status(429).withHeader("Retry-After", "7"));

    try (CotoolClient client = client(2)) {
      op.assertResult(valueOf(op.callAsync(client)));
    }

    assertThat(sleeper.asyncWaits()).containsExactly(Duration.ofSeconds(7));
    assertThat(server.arrived()).isEqualTo(2);
  }

  @Test
  void retryAfterMs_winsOverRetryAfter() {
    failThenSucceed(
        Operation.LIST_ALERTS,
        status(429).withHeader("Retry-After-Ms", "1500").withHeader("Retry-After", "9"));

    try (CotoolClient client = client(2)) {
      Operation.LIST_ALERTS.assertResult(valueOf(Operation.LIST_ALERTS.callAsync(client)));
    }

    assertThat(sleeper.asyncWaits()).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void retryAfterHttpDate_isMeasuredAgainstTheInjectedClock() {
    String inTwelveSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ManualClock.START.plusSeconds(12).atOffset(ZoneOffset.UTC));
    failThenSucceed(
        Operation.CREATE_DETECTION, status(429).withHeader("Retry-After", inTwelveSeconds));

    try (CotoolClient client = client(2)) {
      Operation.CREATE_DETECTION.assertResult(
          valueOf(Operation.CREATE_DETECTION.callAsync(client)));
    }

    assertThat(sleeper.asyncWaits()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterBeyondSixtySeconds_failsWithThe429AtOnce() {
    failThenSucceed(Operation.LIST_ALERTS, status(429).withHeader("Retry-After", "120"));

    Throwable failure;
    try (CotoolClient client = client(2)) {
      failure = failureOf(Operation.LIST_ALERTS.callAsync(client));
    }

    assertThat(failure)
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
    assertThat(server.arrived()).isEqualTo(1);
    assertThat(sleeper.asyncWaits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Operation.class, names = "LIST_ALERTS", mode = EnumSource.Mode.EXCLUDE)
  void creates_a503IsNotRetried(Operation op) {
    failThenSucceed(op, status(503));

    Throwable failure;
    try (CotoolClient client = client(2)) {
      failure = failureOf(op.callAsync(client));
    }

    assertThat(failure).isExactlyInstanceOf(InternalServerException.class);
    assertThat(server.arrived()).isEqualTo(1);
    assertThat(sleeper.asyncWaits()).isEmpty();
  }

  @Test
  void createDetection_503WithRetryNonIdempotentOptIn_isRetried() {
    failThenSucceed(Operation.CREATE_DETECTION, status(503));

    try (CotoolClient client = client(2)) {
      Operation.CREATE_DETECTION.assertResult(
          valueOf(
              Operation.CREATE_DETECTION.callAsync(
                  client, RequestOptions.builder().retryNonIdempotent(true).build())));
    }

    assertThat(server.arrived()).isEqualTo(2);
  }

  // --- the deadline
  // -------------------------------------------------------------------------------------------------

  @Test
  void aWaitThatWouldEndPastTheDeadline_isNotTaken_theLastFailureIsDeliveredAtOnce() {
    // each 503 asks for one second; a 2.5 s deadline leaves room for attempts at 0 s, 1 s and 2 s
    // only
    server.stubFor(
        Operation.LIST_ALERTS.stub().willReturn(status(503).withHeader("Retry-After-Ms", "1000")));

    Throwable failure;
    try (CotoolClient client =
        TestHttp.client(server, sleeper)
            .clock(clock)
            .maxRetries(10)
            .timeout(Duration.ofMillis(2500))
            .build()) {
      failure = failureOf(Operation.LIST_ALERTS.callAsync(client));
    }

    assertThat(failure).isExactlyInstanceOf(InternalServerException.class);
    assertThat(server.arrived()).isEqualTo(3);
    assertThat(sleeper.asyncWaits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void
      aDeadlineThatPassesDuringAWait_failsWithCotoolTimeoutException_causedByTheLastFailure_withoutAnotherRequest() {
    server.stubFor(
        Operation.LIST_ALERTS.stub().willReturn(status(503).withHeader("Retry-After-Ms", "1000")));
    // asked to wait one second, this sleeper wakes up ten seconds later: past the 2.5 s deadline
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Sleeper oversleeping =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) {
            throw new AssertionError("an async call slept a thread");
          }

          @Override
          public CompletableFuture<Void> sleepAsync(Duration duration) {
            waits.add(duration);
            clock.advance(duration.multipliedBy(10));
            return CompletableFuture.completedFuture(null);
          }
        };

    Throwable failure;
    try (CotoolClient client =
        TestHttp.client(server, oversleeping)
            .clock(clock)
            .maxRetries(10)
            .timeout(Duration.ofMillis(2500))
            .build()) {
      failure = failureOf(Operation.LIST_ALERTS.callAsync(client));
    }

    assertThat(failure)
        .isExactlyInstanceOf(CotoolTimeoutException.class)
        .hasMessage("GET /api/alerts timed out after PT2.5S")
        .hasCauseExactlyInstanceOf(InternalServerException.class);
    assertThat(waits).containsExactly(Duration.ofSeconds(1));
    assertThat(server.arrived()).isEqualTo(1);
  }

  @Test
  void perRequestTimeout_overridesTheClients_inAsyncRetries() {
    server.stubFor(
        Operation.LIST_ALERTS.stub().willReturn(status(503).withHeader("Retry-After-Ms", "1000")));

    try (CotoolClient client = client(10)) {
      failureOf(
          Operation.LIST_ALERTS.callAsync(
              client, RequestOptions.builder().timeout(Duration.ofMillis(1500)).build()));
    }

    assertThat(server.arrived()).isEqualTo(2);
    assertThat(sleeper.asyncWaits()).containsExactly(Duration.ofSeconds(1));
  }
}
