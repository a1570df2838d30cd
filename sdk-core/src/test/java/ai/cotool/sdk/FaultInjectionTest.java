package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.CotoolIoException;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Broken connections from a real socket server (WireMock faults): every fault breaks an attempt
 * after the request reached the server, so reads are retried and creates are not.
 */
@ExtendWith(NoLeakedResponses.class)
class FaultInjectionTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CotoolClient client;

  @BeforeEach
  void setUp() {
    client = TestHttp.client(server, sleeper).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void listAlerts_faultOnEveryAttempt_triesThreeTimesWithBackoffThenThrowsIoException(Fault fault) {
    Operation.LIST_ALERTS.always(server, aResponse().withFault(fault));

    Throwable thrown = catchThrowable(() -> Operation.LIST_ALERTS.call(client));

    assertThat(thrown)
        .isExactlyInstanceOf(CotoolIoException.class)
        .hasMessageStartingWith("GET /api/alerts failed");
    assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(3);
    assertBackoff(sleeper.delays());
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void listAlerts_faultTwiceThenSuccess_returnsThePage(Fault fault) {
    Operation.LIST_ALERTS.failThenSucceed(
        server, List.of(aResponse().withFault(fault), aResponse().withFault(fault)));

    Object page = Operation.LIST_ALERTS.call(client);

    Operation.LIST_ALERTS.assertResult(page);
    assertThat(Operation.LIST_ALERTS.requestsSeen(server)).isEqualTo(3);
    assertBackoff(sleeper.delays());
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void createDetection_faultAfterTheRequestReachedTheServer_isNotRetried(Fault fault) {
    Operation.CREATE_DETECTION.failThenSucceed(server, aResponse().withFault(fault));

    Throwable thrown = catchThrowable(() -> Operation.CREATE_DETECTION.call(client));

    assertThat(thrown)
        .isExactlyInstanceOf(CotoolIoException.class)
        .hasMessageStartingWith("POST /api/detections failed");
    assertThat(Operation.CREATE_DETECTION.requestsSeen(server)).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void createDetection_faultWithRetryNonIdempotentOptIn_isRetried(Fault fault) {
    Operation.CREATE_DETECTION.failThenSucceed(server, aResponse().withFault(fault));

    Object created =
        Operation.CREATE_DETECTION.call(
            client, RequestOptions.builder().retryNonIdempotent(true).build());

    Operation.CREATE_DETECTION.assertResult(created);
    assertThat(Operation.CREATE_DETECTION.requestsSeen(server)).isEqualTo(2);
    assertThat(sleeper.delays())
        .singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
  }

  /** Exponential backoff from 0.5 s with up to 25% jitter taken off. */
  static void assertBackoff(List<Duration> delays) {
    assertThat(delays).hasSize(2);
    assertThat(delays.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(delays.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
  }
}
