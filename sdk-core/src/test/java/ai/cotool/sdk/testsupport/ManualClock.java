package ai.cotool.sdk.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test (or a sleeper that records instead of sleeping) moves it.
 */
public final class ManualClock extends Clock {
  /** Where a clock made without a start begins. */
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private final AtomicReference<Instant> now;

  public ManualClock() {
    this(START);
  }

  public ManualClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  public void advance(Duration duration) {
    now.updateAndGet(t -> t.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
