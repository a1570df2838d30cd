package ai.cotool.sdk.async;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test (or an {@link InstantSleeper}) moves it. */
final class TestClock extends Clock {
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(START);

  void advance(Duration duration) {
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
