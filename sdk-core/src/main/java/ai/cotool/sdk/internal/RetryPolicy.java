package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.HttpResponseInfo;
import jakarta.annotation.Nullable;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which failures are retried and how long to wait: the one place these decisions are made, for
 * blocking and async calls alike. Not API.
 *
 * <ul>
 *   <li>Reads (GET) retry on 408, 409, 429, 500–599 and any I/O failure; a status outside 100–599
 *       is never retried.
 *   <li>Creates (POST) are not idempotent in this API, so they retry only where the request
 *       provably did not reach the server (the connection was never established) and on 429;
 *       anything else surfaces at once unless the caller opted in for that request.
 *   <li>Waits grow exponentially from 0.5 s to at most 8 s, less up to 25% jitter; a {@code
 *       Retry-After-Ms} or {@code Retry-After} hint is used as is up to 60 s; a longer hint ends
 *       the retries.
 * </ul>
 */
public final class RetryPolicy {
  static final Duration INITIAL_DELAY = Duration.ofMillis(500);
  static final Duration MAX_DELAY = Duration.ofSeconds(8);
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private RetryPolicy() {}

  /** Whether a response with this status may be retried. */
  public static boolean retryableStatus(int status, boolean idempotent) {
    if (status == 429) {
      return true;
    }
    return idempotent && (status == 408 || status == 409 || status >= 500 && status <= 599);
  }

  /** Whether an I/O failure may be retried, given whether the request reached the network. */
  public static boolean retryableIo(boolean requestSent, boolean idempotent) {
    return idempotent || !requestSent;
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry), or empty when the server
   * asked for a wait beyond {@link #MAX_RETRY_AFTER}.
   */
  public static Optional<Duration> delay(
      int retry, @Nullable HttpResponseInfo response, Clock clock) {
    if (response != null) {
      Optional<Duration> hint = RetryAfter.parse(response, clock);
      if (hint.isPresent()) {
        return hint.get().compareTo(MAX_RETRY_AFTER) <= 0 ? hint : Optional.empty();
      }
    }
    return Optional.of(backoff(retry));
  }

  static Duration backoff(int retry) {
    long base = Math.min(MAX_DELAY.toMillis(), INITIAL_DELAY.toMillis() << Math.min(retry - 1, 16));
    double jitter = 1 - 0.25 * ThreadLocalRandom.current().nextDouble();
    return Duration.ofMillis((long) (base * jitter));
  }
}
