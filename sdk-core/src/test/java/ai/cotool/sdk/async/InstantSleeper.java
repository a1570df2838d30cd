package ai.cotool.sdk.async;

import ai.cotool.sdk.Sleeper;
import ai.cotool.sdk.testsupport.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Sleeper} that never waits: it records each wait, moves a {@link ManualClock} (if given) forward by it, and
 * for async calls returns a future that is already complete. Blocking and async waits are recorded apart, so a test
 * can tell that an async call never fell back to {@link #sleep}.
 */
final class InstantSleeper implements Sleeper {
  private final List<Duration> asyncWaits = new CopyOnWriteArrayList<>();
  private final List<Duration> blockingWaits = new CopyOnWriteArrayList<>();
  private final ManualClock clock;

  InstantSleeper() {
    this(null);
  }

  InstantSleeper(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    blockingWaits.add(duration);
    advance(duration);
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    asyncWaits.add(duration);
    advance(duration);
    return CompletableFuture.completedFuture(null);
  }

  private void advance(Duration duration) {
    if (clock != null) {
      clock.advance(duration);
    }
  }

  /** @return the waits async calls asked for, in order */
  List<Duration> asyncWaits() {
    return List.copyOf(asyncWaits);
  }

  /** @return the waits blocking calls asked for, in order */
  List<Duration> blockingWaits() {
    return List.copyOf(blockingWaits);
  }
}
