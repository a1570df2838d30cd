package ai.cotool.sdk.errors;

import ai.cotool.sdk.internal.RetryAfter;
import java.time.Duration;
import java.util.Optional;

/**
 * 429: too many requests. Thrown once the client's retries are used up, or at once when the server asked for a
 * wait longer than the client is willing to sleep; {@link #retryAfter()} says how long the server asked for.
 */
public class RateLimitException extends CotoolServiceException {
  private static final long serialVersionUID = 1L;

  /** @param response what the server sent */
  public RateLimitException(HttpResponseInfo response) {
    super(response);
  }

  /**
   * @return the wait the server asked for ({@code Retry-After-Ms}, or {@code Retry-After} in seconds or as an HTTP
   *     date, measured against the time of this call), when it sent one
   */
  public Optional<Duration> retryAfter() {
    return RetryAfter.parse(response(), java.time.Clock.systemUTC());
  }
}
