package ai.cotool.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.errors.HttpResponseInfo;
import ai.cotool.sdk.testsupport.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The retry decisions at their boundaries, without HTTP (the wire suites show them end to end). */
class RetryPolicyTest {
  private final ManualClock clock = new ManualClock();

  @ParameterizedTest(name = "{0}: read {1}, create {2}")
  @CsvSource({
    "99, false, false", "200, false, false", "400, false, false", "407, false, false",
        "408, true, false",
    "409, true, false", "410, false, false", "428, false, false", "429, true, true",
        "430, false, false",
    "499, false, false", "500, true, false", "503, true, false", "599, true, false",
        "600, false, false"
  })
  void retryableStatus_byStatusAndIdempotence(int status, boolean read, boolean create) {
    assertThat(RetryPolicy.retryableStatus(status, true)).isEqualTo(read);
    assertThat(RetryPolicy.retryableStatus(status, false)).isEqualTo(create);
  }

  @Test
  void retryableIo_createsOnlyWhenTheRequestWasNotSent() {
    assertThat(RetryPolicy.retryableIo(true, true)).isTrue();
    assertThat(RetryPolicy.retryableIo(false, true)).isTrue();
    assertThat(RetryPolicy.retryableIo(false, false)).isTrue();
    assertThat(RetryPolicy.retryableIo(true, false)).isFalse();
  }

  @RepeatedTest(20)
  void backoff_growsFromHalfASecondToEight_lessAtMostAQuarterOfJitter() {
    assertThat(RetryPolicy.backoff(1)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(RetryPolicy.backoff(2)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    assertThat(RetryPolicy.backoff(4)).isBetween(Duration.ofMillis(3000), Duration.ofMillis(4000));
    assertThat(RetryPolicy.backoff(5)).isBetween(Duration.ofMillis(6000), Duration.ofMillis(8000));
    assertThat(RetryPolicy.backoff(6)).isBetween(Duration.ofMillis(6000), Duration.ofMillis(8000));
    assertThat(RetryPolicy.backoff(40)).isBetween(Duration.ofMillis(6000), Duration.ofMillis(8000));
  }

  @Test
  void delay_withoutAResponseOrHint_isTheBackoff() {
    assertThat(RetryPolicy.delay(1, null, clock))
        .hasValueSatisfying(
            d -> assertThat(d).isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
    assertThat(RetryPolicy.delay(3, response(Map.of()), clock))
        .hasValueSatisfying(
            d -> assertThat(d).isBetween(Duration.ofMillis(1500), Duration.ofMillis(2000)));
  }

  @Test
  void delay_takesAHintUpToSixtySeconds_andGivesUpBeyond() {
    assertThat(RetryPolicy.delay(1, response(Map.of("Retry-After", List.of("0"))), clock))
        .contains(Duration.ZERO);
    assertThat(RetryPolicy.delay(1, response(Map.of("Retry-After", List.of("60"))), clock))
        .contains(Duration.ofSeconds(60));
    assertThat(RetryPolicy.delay(1, response(Map.of("Retry-After-Ms", List.of("60001"))), clock))
        .isEqualTo(Optional.empty());
    assertThat(RetryPolicy.delay(1, response(Map.of("Retry-After", List.of("61"))), clock))
        .isEqualTo(Optional.empty());
  }

  static HttpResponseInfo response(Map<String, List<String>> headers) {
    return new HttpResponseInfo(503, headers, "");
  }
}
