package ai.cotool.sdk.reliability;

import ai.cotool.sdk.Sleeper;
import ai.cotool.sdk.testsupport.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Sleeper} that records each requested wait instead of sleeping; when given a {@link ManualClock} it moves
 * that clock forward by the wait, so deadlines see the time "pass".
 */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> delays = new ArrayList<>();
  private final ManualClock clock;

  RecordingSleeper() {
    this(null);
  }

  RecordingSleeper(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    delays.add(duration);
    if (clock != null) {
      clock.advance(duration);
    }
  }

  synchronized List<Duration> delays() {
    return List.copyOf(delays);
  }

  synchronized List<Long> delaysMillis() {
    return delays.stream().map(Duration::toMillis).toList();
  }
}
