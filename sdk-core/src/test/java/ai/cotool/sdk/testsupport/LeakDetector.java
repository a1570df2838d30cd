package ai.cotool.sdk.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * OkHttp's own leak detection, made visible and deterministic. OkHttp notices a response that was
 * never closed when the garbage collector has dropped its call while the connection still counts it
 * as in use, and then logs "A connection to ... was leaked" on the {@code okhttp3.OkHttpClient}
 * java.util.logging logger. It looks only when its pool's cleanup runs, so {@link
 * #leaks(ConnectionPool)} runs the GC and that cleanup itself.
 */
public final class LeakDetector {
  /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
  private static final Logger OKHTTP_LOGGER = Logger.getLogger(OkHttpClient.class.getName());

  private static final List<String> LEAKS = new ArrayList<>();

  static {
    // FINE makes OkHttp record where each call was made, so a leak report says which code leaked it
    OKHTTP_LOGGER.setLevel(Level.FINE);
    OKHTTP_LOGGER.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message != null && message.contains("was leaked")) {
              synchronized (LEAKS) {
                LEAKS.add(message + allocatedAt(record.getThrown()));
              }
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  private LeakDetector() {}

  private static String allocatedAt(Throwable callSite) {
    if (callSite == null) {
      return "";
    }
    StringBuilder where = new StringBuilder();
    for (StackTraceElement frame : callSite.getStackTrace()) {
      where.append("\n  at ").append(frame);
    }
    return "\nCall made" + where;
  }

  /** Loads the class early, so that OkHttp records call sites from the first call on. */
  public static void install() {}

  /**
   * @return the leak reports OkHttp logs for {@code pool} after a full GC (and any logged before),
   *     then forgets them
   */
  public static List<String> leaks(ConnectionPool pool) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    // the pool's cleanup is what finds calls that were garbage collected with their connection
    // still allocated;
    // what it reports here is returned (and asserted on), so it need not reach the console as well
    OKHTTP_LOGGER.setUseParentHandlers(false);
    try {
      pool.getDelegate$okhttp().cleanup(System.nanoTime());
    } finally {
      OKHTTP_LOGGER.setUseParentHandlers(true);
    }
    synchronized (LEAKS) {
      List<String> found = new ArrayList<>(LEAKS);
      LEAKS.clear();
      return found;
    }
  }
}
