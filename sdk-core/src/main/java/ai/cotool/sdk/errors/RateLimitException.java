package ai.cotool.sdk.errors;

import ai.cotool.sdk.internal.RetryAfter;
import jakarta.annotation.Nullable;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * 429: too many requests. Thrown once the client's retries are used up, or at once when the server
 * asked for a wait longer than the client is willing to sleep; {@link #retryAfter()} says how long
 * the server asked for.
 */
public class RateLimitException extends CotoolServiceException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable Duration retryAfter;

  /**
   * Reads the wait from the response's {@code Retry-After-Ms} or {@code Retry-After} header,
   * measuring an HTTP date against the system clock.
   *
   * @param response what the server sent
   */
  public RateLimitException(HttpResponseInfo response) {
    this(response, Clock.systemUTC());
  }

  /**
   * @param response what the server sent
   * @param clock the clock an HTTP-date {@code Retry-After} is measured against (the client's)
   */
  public RateLimitException(HttpResponseInfo response, Clock clock) {
    super(response);
    this.retryAfter =
        RetryAfter.parse(response, Objects.requireNonNull(clock, "clock")).orElse(null);
  }

  /**
   * @return the wait the server asked for ({@code Retry-After-Ms}, or {@code Retry-After} in
   *     seconds or as an HTTP date), when it sent one
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
