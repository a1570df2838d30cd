package ai.cotool.sdk.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wait a 429 asks for, in every form of {@code Retry-After} a recipient must accept (RFC 9110,
 * 10.2.3).
 */
class RateLimitExceptionTest {
  private static final Clock NOW =
      Clock.fixed(Instant.parse("1994-11-06T08:49:07Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "Retry-After: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sun, 06 Nov 1994 08:49:37 GMT  | PT30S", // IMF-fixdate
        "Sunday, 06-Nov-94 08:49:37 GMT | PT30S", // obsolete RFC 850
        "Sun Nov  6 08:49:37 1994       | PT30S", // obsolete asctime
        "Sun Nov 6 08:49:37 1994        | PT30S",
        "Sun, 06 Nov 1994 08:48:00 GMT  | PT0S", // in the past: retry now
        "45                             | PT45S",
        "99999999999999999999999999     | PT2562047788015215H30M7S", // beyond long: the longest
        // Duration
      })
  void retryAfter_isReadInEveryFormTheRfcRequires(String header, Duration expected) {
    RateLimitException e =
        new RateLimitException(
            new HttpResponseInfo(429, Map.of("Retry-After", List.of(header.strip())), ""), NOW);

    assertThat(e.retryAfter()).hasValue(expected);
  }

  @ParameterizedTest(name = "Retry-After: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"soon", "-5", "1.5", "Sun, 32 Nov 1994 08:49:37 GMT"})
  void retryAfterThatIsNoWaitAtAll_isIgnored(String header) {
    RateLimitException e =
        new RateLimitException(
            new HttpResponseInfo(429, Map.of("Retry-After", List.of(header)), ""), NOW);

    assertThat(e.retryAfter()).isEmpty();
  }
}
