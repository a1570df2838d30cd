package ai.cotool.sdk.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The redactors of the clients alive in this JVM, so that text made from response data (a model's
 * or a raw response's {@code toString()}) is scrubbed of every API key a server may have echoed
 * into that data. A client's key is held only as long as its configuration is reachable. Not API.
 */
public final class Secrets {
  private static final Map<Redactor, Boolean> LIVE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private Secrets() {}

  static void register(Redactor redactor) {
    LIVE.put(redactor, Boolean.TRUE);
  }

  /**
   * @return the text with the key of every live client blanked out
   */
  public static String redact(String text) {
    List<Redactor> redactors;
    synchronized (LIVE) {
      if (LIVE.isEmpty()) {
        return text;
      }
      redactors = new ArrayList<>(LIVE.keySet());
    }
    String result = text;
    for (Redactor redactor : redactors) {
      result = redactor.redact(result);
    }
    return result;
  }
}
