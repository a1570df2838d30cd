package ai.cotool.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.errors.HttpResponseInfo;
import ai.cotool.sdk.testsupport.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of the server's retry hint, and what is not one. */
class RetryAfterTest {
  private final ManualClock clock = new ManualClock(Instant.parse("1994-11-06T08:49:00Z"));

  @Test
  void millis_firstAndExact_fractionsKept() {
    assertThat(parse("Retry-After-Ms", "1500", "Retry-After", "9"))
        .contains(Duration.ofMillis(1500));
    assertThat(parse("Retry-After-Ms", " 0.5 ")).contains(Duration.ofNanos(500_000));
    assertThat(parse("Retry-After-Ms", "0")).contains(Duration.ZERO);
  }

  @Test
  void millis_unusable_fallsBackToRetryAfter() {
    assertThat(parse("Retry-After-Ms", "-1", "Retry-After", "3")).contains(Duration.ofSeconds(3));
    assertThat(parse("Retry-After-Ms", "NaN", "Retry-After", "3")).contains(Duration.ofSeconds(3));
    assertThat(parse("Retry-After-Ms", "soon", "Retry-After", "3")).contains(Duration.ofSeconds(3));
    assertThat(parse("Retry-After-Ms", "-1")).isEmpty();
  }

  @Test
  void tooLargeForAnyType_isForever() {
    assertThat(parse("Retry-After-Ms", "1e300")).contains(RetryAfter.FOREVER);
    assertThat(parse("Retry-After-Ms", "Infinity")).contains(RetryAfter.FOREVER);
    assertThat(parse("Retry-After", "99999999999999999999999")).contains(RetryAfter.FOREVER);
  }

  @Test
  void seconds_digitsOnly() {
    assertThat(parse("Retry-After", " 120 ")).contains(Duration.ofSeconds(120));
    assertThat(parse("Retry-After", "0")).contains(Duration.ZERO);
    assertThat(parse("Retry-After", "-5")).isEmpty();
    assertThat(parse("Retry-After", "1.5")).isEmpty();
    assertThat(parse("Retry-After", "")).isEmpty();
  }

  @Test
  void dates_inTheThreeFormsOfRfc9110_measuredFromTheClock() {
    assertThat(parse("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"))
        .contains(Duration.ofSeconds(37));
    assertThat(parse("Retry-After", "Sunday, 06-Nov-94 08:49:37 GMT"))
        .contains(Duration.ofSeconds(37));
    assertThat(parse("Retry-After", "Sun Nov  6 08:49:37 1994")).contains(Duration.ofSeconds(37));
    assertThat(parse("Retry-After", "Sun,  06 Nov 1994   08:50:00 GMT"))
        .contains(Duration.ofSeconds(60));
  }

  @Test
  void aDateInThePast_isNoWait() {
    assertThat(parse("Retry-After", "Sun, 06 Nov 1994 08:00:00 GMT")).contains(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tomorrow",
        "Sun, 06 Nov 1994",
        "Sun, 32 Nov 1994 08:49:37 GMT",
        "Nov 6 1994",
        "Sunday, 06-Nov-94",
        ", 06-Nov-94 08:49:37 GMT",
        "later, maybe"
      })
  void notAHint_isEmpty(String value) {
    assertThat(parse("Retry-After", value)).isEmpty();
  }

  @Test
  void noHeader_isEmpty() {
    assertThat(RetryAfter.parse(new HttpResponseInfo(429, Map.of(), ""), clock)).isEmpty();
  }

  private Optional<Duration> parse(String... namesAndValues) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
    }
    return RetryAfter.parse(new HttpResponseInfo(429, headers, ""), clock);
  }
}
