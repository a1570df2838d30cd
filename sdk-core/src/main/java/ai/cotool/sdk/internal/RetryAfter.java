package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.HttpResponseInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The server's retry hint: {@code Retry-After-Ms}, else {@code Retry-After} (seconds or HTTP date). Not API. */
public final class RetryAfter {
  private RetryAfter() {}

  public static Optional<Duration> parse(HttpResponseInfo response, Clock clock) {
    Optional<Duration> millis = response.header("retry-after-ms").flatMap(RetryAfter::millis);
    if (millis.isPresent()) {
      return millis;
    }
    return response.header("retry-after").flatMap(value -> seconds(value).or(() -> date(value, clock)));
  }

  private static Optional<Duration> millis(String value) {
    try {
      double ms = Double.parseDouble(value.strip());
      return ms >= 0 && Double.isFinite(ms) ? Optional.of(Duration.ofNanos((long) (ms * 1_000_000))) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> seconds(String value) {
    try {
      long seconds = Long.parseLong(value.strip());
      return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> date(String value, Clock clock) {
    try {
      Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
