package ai.cotool.sdk.async;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * OkHttp's own leak detection, made deterministic. OkHttp notices a response that was never closed when the garbage
 * collector has dropped its call while the connection still counts it as in use, and then logs "A connection to ...
 * was leaked" on the {@code okhttp3.OkHttpClient} logger. It looks only when its pool's cleanup runs, so
 * {@link #found(ConnectionPool)} runs the GC and that cleanup itself.
 */
final class Leaks {
  /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
  private static final Logger OKHTTP_LOGGER = Logger.getLogger(OkHttpClient.class.getName());
  private static final List<String> REPORTS = new ArrayList<>();

  static {
    OKHTTP_LOGGER.setLevel(Level.FINE); // makes OkHttp record where each call was made
    OKHTTP_LOGGER.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        String message = record.getMessage();
        if (message != null && message.contains("was leaked")) {
          synchronized (REPORTS) {
            REPORTS.add(message);
          }
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
  }

  private Leaks() {}

  /** Loads the class early, so that OkHttp records call sites from the first call on. */
  static void install() {}

  /** @return the leak reports for {@code pool} after a full GC (and any logged before), then forgets them */
  static List<String> found(ConnectionPool pool) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    OKHTTP_LOGGER.setUseParentHandlers(false);
    try {
      pool.getDelegate$okhttp().cleanup(System.nanoTime());
    } finally {
      OKHTTP_LOGGER.setUseParentHandlers(true);
    }
    synchronized (REPORTS) {
      List<String> found = new ArrayList<>(REPORTS);
      REPORTS.clear();
      return found;
    }
  }
}
