package ai.cotool.sdk.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okio.AsyncTimeout;

/**
 * Keeps Okio's timeout watchdog from being woken by every call. Each call's deadline is an {@link
 * AsyncTimeout} (OkHttp's {@code callTimeout}), and Okio wakes its watchdog thread whenever a
 * timeout becomes the earliest one it holds: with one call at a time, that is every call (about 5
 * µs each, measured; see benchmarks/README.md, row 3). While calls are being made, this anchor is a
 * timeout that ends sooner than theirs, so theirs queue behind it and nothing is woken; it lapses
 * after {@value #PERIOD_MS} ms and is re-armed by the next call, so the watchdog wakes at most once
 * per period, and goes idle with the SDK. Deadlines are unchanged: the watchdog still sleeps only
 * until the earliest timeout, a call's included. Not API.
 */
final class WatchdogAnchor extends AsyncTimeout {
  static final long PERIOD_MS = 1000;
  private static final WatchdogAnchor INSTANCE = new WatchdogAnchor();

  private final AtomicBoolean armed = new AtomicBoolean();

  private WatchdogAnchor() {
    timeout(PERIOD_MS, TimeUnit.MILLISECONDS);
  }

  /** Called before a call starts; cheap when the anchor is already in place. */
  static void arm() {
    if (INSTANCE.armed.compareAndSet(false, true)) {
      try {
        INSTANCE.exit(); // after it lapsed, Okio counts it as entered until exited
        INSTANCE.enter();
      } catch (RuntimeException
          | LinkageError e) { // an Okio this SDK was not built against: only a lost saving
        INSTANCE.armed.set(false);
      }
    }
  }

  /** Runs on the watchdog after the anchor left its queue: the next call may arm it again. */
  @Override
  protected void timedOut() {
    armed.set(false);
  }
}
