package ai.cotool.sdk;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests pass one that records the delays instead of
 * waiting (see {@link CotoolClient.Builder#sleeper(Sleeper)}).
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * @param duration how long to wait
   * @throws InterruptedException if the thread was interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** @return a sleeper that blocks the calling thread */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
  }
}
