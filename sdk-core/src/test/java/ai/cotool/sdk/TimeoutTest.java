package ai.cotool.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.CotoolIoException;
import ai.cotool.sdk.errors.CotoolTimeoutException;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Slow servers, with real (short) socket timeouts: that a real timeout fires is the point here. The
 * waits between retries are still only recorded.
 */
@ExtendWith(NoLeakedResponses.class)
class TimeoutTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

  /**
   * Far beyond every timeout used here, so that no response can arrive in time even on a starved
   * machine. The client never waits for it: only WireMock holds the response (off its container
   * threads).
   */
  private static final int SERVER_DELAY_MS = 5000;

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private CotoolClient client() {
    return TestHttp.client(server, sleeper).readTimeout(READ_TIMEOUT).build();
  }

  @Test
  void listAlerts_responseSlowerThanTheReadTimeout_isRetriedThenThrowsIoException() {
    Operation.LIST_ALERTS.always(
        server, Operation.LIST_ALERTS.success().withFixedDelay(SERVER_DELAY_MS));

    Throwable thrown;
    try (CotoolClient client = client()) {
      thrown = catchThrowable(() -> Operation.LIST_ALERTS.call(client));
    }

    assertThat(thrown)
        .isExactlyInstanceOf(CotoolIoException.class)
        .hasCauseInstanceOf(SocketTimeoutException.class);
    assertThat(Operation.LIST_ALERTS.awaitRequests(server, 3)).isEqualTo(3);
    FaultInjectionTest.assertBackoff(sleeper.delays());
  }

  @Test
  void listAlerts_slowOnceThenFast_returnsThePage() {
    Operation.LIST_ALERTS.failThenSucceed(
        server, Operation.LIST_ALERTS.success().withFixedDelay(SERVER_DELAY_MS));

    // a second longer, so that the fast answer arrives in time even on a busy machine
    try (CotoolClient client =
        TestHttp.client(server, sleeper).readTimeout(Duration.ofSeconds(1)).build()) {
      Operation.LIST_ALERTS.assertResult(Operation.LIST_ALERTS.call(client));
    }

    assertThat(Operation.LIST_ALERTS.awaitRequests(server, 2)).isEqualTo(2);
    assertThat(sleeper.delays()).hasSize(1);
  }

  @Test
  void createDetection_responseSlowerThanTheReadTimeout_isNotRetried() {
    Operation.CREATE_DETECTION.always(
        server, Operation.CREATE_DETECTION.success().withFixedDelay(SERVER_DELAY_MS));

    Throwable thrown;
    try (CotoolClient client = client()) {
      thrown = catchThrowable(() -> Operation.CREATE_DETECTION.call(client));
    }

    assertThat(thrown)
        .isExactlyInstanceOf(CotoolIoException.class)
        .hasCauseInstanceOf(SocketTimeoutException.class);
    assertThat(Operation.CREATE_DETECTION.awaitRequests(server, 1)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void bodyDribbledSlowerThanTheDeadline_isCutOffByTheDeadline(Operation operation) {
    // a chunk every 400 ms never trips the 5 s read timeout; only the 700 ms deadline can stop it
    // (else 8 s)
    operation.always(server, operation.success().withChunkedDribbleDelay(20, 8000));

    Throwable thrown;
    try (CotoolClient client =
        TestHttp.client(server, sleeper).readTimeout(Duration.ofSeconds(5)).build()) {
      thrown =
          catchThrowable(
              () ->
                  operation.call(
                      client, RequestOptions.builder().timeout(Duration.ofMillis(700)).build()));
    }

    assertThat(thrown)
        .isInstanceOf(CotoolTimeoutException.class)
        .hasMessage(operation.method + " " + operation.path + " timed out after PT0.7S");
    assertThat(operation.awaitRequests(server, 1)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#readAndCreate")
  void responseSlowerThanTheDeadline_isCutOffByTheDeadline(Operation operation) {
    operation.always(server, operation.success().withFixedDelay(SERVER_DELAY_MS));

    // the deadline leaves time to connect and send on a loaded machine; the response takes 5 s
    Throwable thrown;
    try (CotoolClient client =
        TestHttp.client(server, sleeper).timeout(Duration.ofMillis(1500)).build()) {
      thrown = catchThrowable(() -> operation.call(client));
    }

    assertThat(thrown).isInstanceOf(CotoolTimeoutException.class);
    assertThat(operation.awaitRequests(server, 1)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }
}
