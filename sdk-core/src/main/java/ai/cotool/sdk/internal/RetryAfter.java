package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.HttpResponseInfo;
import jakarta.annotation.Nullable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The server's retry hint: {@code Retry-After-Ms}, else {@code Retry-After} in seconds or as an
 * HTTP date in any of the three forms RFC 9110 requires recipients to accept (IMF-fixdate, RFC 850,
 * asctime). A hint too large for any type is the longest {@link Duration}: still a wait longer than
 * the client sleeps, never an error. Not API.
 */
public final class RetryAfter {
  /** What a hint beyond {@code long} seconds stands for: longer than anyone waits. */
  static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE);

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  // RFC 850's two-digit years: the century that puts them within 50 years of when the class loaded
  // is close enough
  @SuppressWarnings("TimeInStaticInitializer")
  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("dd-MMM-")
          .appendValueReduced(
              ChronoField.YEAR, 2, 2, LocalDate.now(Clock.systemUTC()).minusYears(50))
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.ENGLISH);

  private static final DateTimeFormatter ASCTIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("MMM d HH:mm:ss yyyy")
          .toFormatter(Locale.ENGLISH);

  private RetryAfter() {}

  public static Optional<Duration> parse(HttpResponseInfo response, Clock clock) {
    Optional<Duration> millis = response.header("retry-after-ms").flatMap(RetryAfter::millis);
    if (millis.isPresent()) {
      return millis;
    }
    return response
        .header("retry-after")
        .flatMap(value -> seconds(value.strip()).or(() -> date(value, clock)));
  }

  private static Optional<Duration> millis(String value) {
    try {
      double ms = Double.parseDouble(value.strip());
      if (Double.isNaN(ms) || ms < 0) {
        return Optional.empty();
      }
      return Optional.of(
          ms >= Long.MAX_VALUE / 1_000_000.0 ? FOREVER : Duration.ofNanos((long) (ms * 1_000_000)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> seconds(String value) {
    if (!DIGITS.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    } catch (NumberFormatException tooLarge) {
      return Optional.of(FOREVER);
    }
  }

  private static Optional<Duration> date(String value, Clock clock) {
    Instant at = httpDate(value.strip().replaceAll("\\s+", " "));
    if (at == null) {
      return Optional.empty();
    }
    Duration wait = Duration.between(clock.instant(), at);
    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
  }

  /**
   * IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}), RFC 850 or asctime; the weekday is not
   * checked.
   */
  private static @Nullable Instant httpDate(String value) {
    try {
      int comma = value.indexOf(',');
      if (comma > 0 && value.indexOf('-') > comma) { // Sunday, 06-Nov-94 08:49:37 GMT
        return LocalDateTime.parse(value.substring(comma + 1).strip(), RFC_850)
            .toInstant(ZoneOffset.UTC);
      }
      if (comma > 0) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      }
      int space = value.indexOf(' '); // Sun Nov  6 08:49:37 1994
      return space < 0
          ? null
          : LocalDateTime.parse(value.substring(space + 1), ASCTIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }
}
