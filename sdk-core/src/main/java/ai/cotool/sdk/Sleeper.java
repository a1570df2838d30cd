package ai.cotool.sdk;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. The default sleeps the calling thread for blocking calls and schedules the
 * wait for async ones; tests pass one that records the delays instead of waiting (see {@link
 * CotoolClient.Builder#sleeper(Sleeper)}).
 */
@FunctionalInterface
public interface Sleeper {
  /**
   * @param duration how long to wait
   * @throws InterruptedException if the thread was interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Waits without blocking: async calls use this. The default runs {@link #sleep} on a pool thread,
   * which suits a sleeper that records instead of waiting; {@link #system()} schedules the wait
   * without holding a thread.
   *
   * @param duration how long to wait
   * @return a future that completes when the wait is over
   */
  default CompletableFuture<Void> sleepAsync(Duration duration) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            sleep(duration);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
          }
        });
  }

  /**
   * @return a sleeper that blocks the calling thread, and schedules async waits on a timer
   */
  static Sleeper system() {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(duration.toNanos());
      }

      @Override
      public CompletableFuture<Void> sleepAsync(Duration duration) {
        return CompletableFuture.runAsync(
            () -> {}, CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
      }

      @Override
      public String toString() {
        return "Sleeper.system()";
      }
    };
  }
}
