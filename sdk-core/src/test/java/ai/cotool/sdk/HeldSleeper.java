package ai.cotool.sdk;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Sleeper} whose async waits end only when the test completes them: each {@link
 * #sleepAsync} returns a pending future that the test takes with {@link #nextWait()}.
 */
final class HeldSleeper implements Sleeper {
  private final BlockingQueue<CompletableFuture<Void>> waits = new LinkedBlockingQueue<>();
  private final boolean ignoresCancel;

  /**
   * @param ignoresCancel whether the futures it returns refuse {@code cancel} (as a foreign future
   *     might)
   */
  HeldSleeper(boolean ignoresCancel) {
    this.ignoresCancel = ignoresCancel;
  }

  @Override
  public void sleep(Duration duration) {
    throw new AssertionError("an async call slept a thread");
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    CompletableFuture<Void> wait = ignoresCancel ? new Uncancellable() : new CompletableFuture<>();
    waits.add(wait);
    return wait;
  }

  /**
   * @return the next wait the client asked for, waiting up to 10 s for it to ask
   */
  CompletableFuture<Void> nextWait() {
    try {
      CompletableFuture<Void> wait = waits.poll(10, TimeUnit.SECONDS);
      if (wait == null) {
        throw new AssertionError("the client never asked to wait");
      }
      return wait;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * @return whether the client asked for another wait
   */
  boolean anotherWaitAsked() {
    return !waits.isEmpty();
  }

  /** A future that can only be completed, never cancelled. */
  private static final class Uncancellable extends CompletableFuture<Void> {
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      return false;
    }
  }
}
