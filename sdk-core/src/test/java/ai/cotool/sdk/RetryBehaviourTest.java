package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.BadRequestException;
import ai.cotool.sdk.errors.CotoolServiceException;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.errors.PermissionDeniedException;
import ai.cotool.sdk.errors.RateLimitException;
import ai.cotool.sdk.errors.UnauthorizedException;
import ai.cotool.sdk.errors.UnexpectedStatusCodeException;
import ai.cotool.sdk.errors.UnprocessableEntityException;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.ManualClock;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which statuses are retried, how long the client waits (backoff and the server's hints), the retry
 * budget and the deadline. Waits are recorded, never slept; where the deadline matters a fake clock
 * moves with each wait.
 */
@ExtendWith(NoLeakedResponses.class)
class RetryBehaviourTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final ManualClock clock = new ManualClock(NOW);
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

  private static ResponseDefinitionBuilder tooManyRequests(String header, String value) {
    return status(429).withHeader(header, value);
  }

  // --- what is retried
  // --------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504})
  void listAlerts_retryableStatusTwiceThenSuccess_returnsThePage(int status) {
    Operation.LIST_ALERTS.failThenSucceed(server, List.of(status(status), status(status)));

    try (CotoolClient client = client(2)) {
      Operation.LIST_ALERTS.assertResult(Operation.LIST_ALERTS.call(client));
    }

    assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(3);
    FaultInjectionTest.assertBackoff(sleeper.delays());
  }

  @ParameterizedTest
  @CsvSource({
    "408, UnexpectedStatusCodeException",
    "409, ConflictException",
    "429, RateLimitException",
    "500, InternalServerException",
    "503, InternalServerException"
  })
  void listAlerts_retryableStatusEveryTime_throwsItsExceptionAfterThreeAttempts(
      int status, String type) {
    Operation.LIST_ALERTS.always(server, status(status));

    Throwable thrown;
    try (CotoolClient client = client(2)) {
      thrown = catchThrowable(() -> Operation.LIST_ALERTS.call(client));
    }

    assertThat(thrown.getClass().getSimpleName()).isEqualTo(type);
    assertThat(((CotoolServiceException) thrown).statusCode()).isEqualTo(status);
    assertThat(((CotoolServiceException) thrown).errorMessage()).contains("status " + status);
    assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(3);
    FaultInjectionTest.assertBackoff(sleeper.delays());
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void clientErrors_areNeverRetried(Operation operation) {
    record Case(int status, Class<?> type) {}
    List<Case> cases =
        List.of(
            new Case(400, BadRequestException.class),
            new Case(401, UnauthorizedException.class),
            new Case(403, PermissionDeniedException.class),
            new Case(404, NotFoundException.class),
            new Case(418, UnexpectedStatusCodeException.class),
            new Case(422, UnprocessableEntityException.class));
    try (CotoolClient client = client(2)) {
      for (Case c : cases) {
        server.clear();
        operation.always(server, status(c.status()));

        assertThat(catchThrowable(() -> operation.call(client)))
            .as("status %s", c.status())
            .isInstanceOf(c.type());
        assertThat(operation.requestsSeen(server))
            .as("requests for status %s", c.status())
            .isEqualTo(1);
      }
    }
    assertThat(sleeper.delays()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 409, 500, 502, 503, 504})
  void createDetection_statusOtherThan429_isNotRetried(int status) {
    Operation.CREATE_DETECTION.failThenSucceed(server, status(status));

    Throwable thrown;
    try (CotoolClient client = client(2)) {
      thrown = catchThrowable(() -> Operation.CREATE_DETECTION.call(client));
    }

    assertThat(thrown).isInstanceOf(CotoolServiceException.class);
    assertThat(((CotoolServiceException) thrown).statusCode()).isEqualTo(status);
    assertThat(Operation.CREATE_DETECTION.requestsSeen(server)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void createDetection_503WithRetryNonIdempotentOptIn_isRetried() {
    Operation.CREATE_DETECTION.failThenSucceed(server, status(503));

    try (CotoolClient client = client(2)) {
      Operation.CREATE_DETECTION.assertResult(
          Operation.CREATE_DETECTION.call(
              client, RequestOptions.builder().retryNonIdempotent(true).build()));
    }

    assertThat(Operation.CREATE_DETECTION.requestsSeen(server)).isEqualTo(2);
  }

  @Test
  void createDetection_429TwiceThenSuccess_isRetried() {
    Operation.CREATE_DETECTION.failThenSucceed(server, List.of(status(429), status(429)));

    try (CotoolClient client = client(2)) {
      Operation.CREATE_DETECTION.assertResult(Operation.CREATE_DETECTION.call(client));
    }

    assertThat(Operation.CREATE_DETECTION.requestsSeen(server)).isEqualTo(3);
    FaultInjectionTest.assertBackoff(sleeper.delays());
  }

  // --- how long it waits
  // -------------------------------------------------------------------------------------------

  @Test
  void backoff_doublesFromHalfASecondUpToEightSeconds_withAtMost25PercentJitter() {
    Operation.LIST_ALERTS.always(server, status(503));

    try (CotoolClient client = client(7)) {
      assertThat(catchThrowable(() -> Operation.LIST_ALERTS.call(client)))
          .isInstanceOf(InternalServerException.class);
    }

    long[] ceilings = {500, 1000, 2000, 4000, 8000, 8000, 8000};
    List<Long> delays = sleeper.delaysMillis();
    assertThat(delays).hasSize(ceilings.length);
    for (int i = 0; i < ceilings.length; i++) {
      assertThat(delays.get(i))
          .as("wait before retry %s", i + 1)
          .isBetween(ceilings[i] * 3 / 4, ceilings[i]);
    }
    assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(8);
  }

  @Test
  void backoff_isJittered() {
    Operation.LIST_ALERTS.always(server, status(503));
    Set<Long> firstWaits = new HashSet<>();
    try (CotoolClient client = client(1)) {
      for (int i = 0; i < 20; i++) {
        Throwable unused = catchThrowable(() -> Operation.LIST_ALERTS.call(client));
      }
    }
    sleeper.delaysMillis().forEach(firstWaits::add);
    // 20 random waits between 375 and 500 ms: all equal would mean no jitter at all
    assertThat(firstWaits)
        .hasSizeGreaterThan(1)
        .allSatisfy(ms -> assertThat(ms).isBetween(375L, 500L));
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void retryAfterSeconds_isWaitedExactly(Operation operation) {
    operation.failThenSucceed(server, tooManyRequests("Retry-After", "7"));

    try (CotoolClient client = client(2)) {
      operation.assertResult(operation.call(client));
    }

    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(7));
    assertThat(operation.requestsSeen(server)).isEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void retryAfterHttpDate_isMeasuredAgainstTheClientsClock(Operation operation) {
    String inTwelveSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(12).atOffset(ZoneOffset.UTC));
    operation.failThenSucceed(server, tooManyRequests("Retry-After", inTwelveSeconds));

    try (CotoolClient client = client(2)) {
      operation.assertResult(operation.call(client));
    }

    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterHttpDateInThePast_retriesAtOnce() {
    String past =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(30).atOffset(ZoneOffset.UTC));
    Operation.LIST_ALERTS.failThenSucceed(server, tooManyRequests("Retry-After", past));

    try (CotoolClient client = client(2)) {
      Operation.LIST_ALERTS.assertResult(Operation.LIST_ALERTS.call(client));
    }

    assertThat(sleeper.delays()).containsExactly(Duration.ZERO);
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void retryAfterMs_isWaitedExactly_andWinsOverRetryAfter(Operation operation) {
    operation.failThenSucceed(
        server, tooManyRequests("Retry-After-Ms", "1500").withHeader("Retry-After", "9"));

    try (CotoolClient client = client(2)) {
      operation.assertResult(operation.call(client));
    }

    assertThat(sleeper.delays()).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void retryAfterOnA503_isHonouredForReads() {
    Operation.LIST_ALERTS.failThenSucceed(server, status(503).withHeader("Retry-After", "3"));

    try (CotoolClient client = client(2)) {
      Operation.LIST_ALERTS.assertResult(Operation.LIST_ALERTS.call(client));
    }

    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void unparseableRetryAfter_fallsBackToBackoff() {
    Operation.LIST_ALERTS.failThenSucceed(server, tooManyRequests("Retry-After", "soon"));

    try (CotoolClient client = client(2)) {
      Operation.LIST_ALERTS.assertResult(Operation.LIST_ALERTS.call(client));
    }

    assertThat(sleeper.delays())
        .singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
  }

  @Test
  void retryAfterOfExactlySixtySeconds_isStillWaited() {
    Operation.LIST_ALERTS.failThenSucceed(server, tooManyRequests("Retry-After", "60"));

    try (CotoolClient client = client(2)) {
      Operation.LIST_ALERTS.assertResult(Operation.LIST_ALERTS.call(client));
    }

    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(60));
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void retryAfterBeyondSixtySeconds_surfacesThe429AtOnce_withTheHintReadable(Operation operation) {
    operation.failThenSucceed(server, tooManyRequests("Retry-After", "120"));

    Throwable thrown;
    try (CotoolClient client = client(2)) {
      thrown = catchThrowable(() -> operation.call(client));
    }

    assertThat(thrown).isInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) thrown).retryAfter()).contains(Duration.ofSeconds(120));
    assertThat(operation.requestsSeen(server)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void retryAfterMsBeyondSixtySeconds_surfacesThe429AtOnce() {
    Operation.LIST_ALERTS.failThenSucceed(server, tooManyRequests("Retry-After-Ms", "60001"));

    Throwable thrown;
    try (CotoolClient client = client(2)) {
      thrown = catchThrowable(() -> Operation.LIST_ALERTS.call(client));
    }

    assertThat(((RateLimitException) thrown).retryAfter()).contains(Duration.ofMillis(60001));
    assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(1);
  }

  @Test
  void
      retryAfterHttpDateBeyondSixtySeconds_surfacesThe429AtOnce_withTheHintMeasuredByTheClientsClock() {
    String inTwoMinutes =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(120).atOffset(ZoneOffset.UTC));
    Operation.LIST_ALERTS.failThenSucceed(server, tooManyRequests("Retry-After", inTwoMinutes));

    Throwable thrown;
    try (CotoolClient client = client(2)) {
      thrown = catchThrowable(() -> Operation.LIST_ALERTS.call(client));
    }

    assertThat(thrown).isInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) thrown).retryAfter()).contains(Duration.ofSeconds(120));
    assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(1);
  }

  // --- retry budget and deadline
  // -----------------------------------------------------------------------------------

  @Test
  void perRequestMaxRetries_overridesTheClients() {
    Operation.LIST_ALERTS.always(server, status(503));

    try (CotoolClient client = client(2)) {
      Throwable unused =
          catchThrowable(
              () ->
                  Operation.LIST_ALERTS.call(
                      client, RequestOptions.builder().maxRetries(4).build()));
      assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(5);
      assertThat(sleeper.delays()).hasSize(4);

      server.forgetRequests();
      unused =
          catchThrowable(
              () ->
                  Operation.LIST_ALERTS.call(
                      client, RequestOptions.builder().maxRetries(0).build()));
      assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(1);
      assertThat(sleeper.delays()).hasSize(4);
    }
  }

  @Test
  void clientMaxRetriesZero_disablesRetrying() {
    Operation.LIST_ALERTS.failThenSucceed(server, status(503));

    try (CotoolClient client = client(0)) {
      assertThat(catchThrowable(() -> Operation.LIST_ALERTS.call(client)))
          .isInstanceOf(InternalServerException.class);
    }

    assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void deadline_includesTheWaitsBetweenRetries() {
    // each 503 asks for exactly one second; a 2.5 s deadline leaves room for attempts at 0 s, 1 s
    // and 2 s only
    Operation.LIST_ALERTS.always(server, status(503).withHeader("Retry-After-Ms", "1000"));

    Throwable thrown;
    try (CotoolClient client =
        TestHttp.client(server, sleeper)
            .clock(clock)
            .maxRetries(10)
            .timeout(Duration.ofMillis(2500))
            .build()) {
      thrown = catchThrowable(() -> Operation.LIST_ALERTS.call(client));
    }

    assertThat(thrown).isInstanceOf(InternalServerException.class);
    assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(3);
    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void perRequestDeadline_overridesTheClients() {
    Operation.LIST_ALERTS.always(server, status(503).withHeader("Retry-After-Ms", "1000"));

    try (CotoolClient client = client(10)) {
      Throwable unused =
          catchThrowable(
              () ->
                  Operation.LIST_ALERTS.call(
                      client, RequestOptions.builder().timeout(Duration.ofMillis(1500)).build()));
    }

    assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(2);
    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(1));
  }
}
