package ai.cotool.sdk.testsupport;

import ai.cotool.sdk.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Sleeper} that never waits: it records each wait, moves a {@link ManualClock} (if given)
 * forward by it, so that deadlines see the time "pass", and for async calls returns a future that
 * is already complete. Blocking and async waits are also recorded apart, so a test can tell that an
 * async call never fell back to {@link #sleep}.
 */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> delays = new CopyOnWriteArrayList<>();
  private final List<Duration> asyncWaits = new CopyOnWriteArrayList<>();
  private final List<Duration> blockingWaits = new CopyOnWriteArrayList<>();
  private final ManualClock clock;

  public RecordingSleeper() {
    this(null);
  }

  public RecordingSleeper(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    blockingWaits.add(duration);
    record(duration);
  }

  @Override
  public synchronized CompletableFuture<Void> sleepAsync(Duration duration) {
    asyncWaits.add(duration);
    record(duration);
    return CompletableFuture.completedFuture(null);
  }

  private void record(Duration duration) {
    delays.add(duration);
    if (clock != null) {
      clock.advance(duration);
    }
  }

  /**
   * @return every wait asked for, blocking or async, in order
   */
  public List<Duration> delays() {
    return List.copyOf(delays);
  }

  /**
   * @return {@link #delays()} in milliseconds
   */
  public List<Long> delaysMillis() {
    return delays().stream().map(Duration::toMillis).toList();
  }

  /**
   * @return the waits async calls asked for, in order
   */
  public List<Duration> asyncWaits() {
    return List.copyOf(asyncWaits);
  }

  /**
   * @return the waits blocking calls asked for, in order
   */
  public List<Duration> blockingWaits() {
    return List.copyOf(blockingWaits);
  }
}
