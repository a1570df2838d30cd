package ai.cotool.sdk.internal;

import com.google.gson.stream.JsonReader;

/**
 * Makes a {@link JsonReader} follow RFC 8259 exactly where the Gson on the classpath can: {@code
 * Strictness.STRICT} exists from Gson 2.11. On Gson 2.10 a reader stays in its default mode, which
 * rejects everything but a few legacy departures (literals in any case, unescaped control
 * characters in strings). The SDK supports Gson 2.10.1 and later. Not API.
 */
final class StrictJson {
  private static final boolean HAS_STRICTNESS = present("com.google.gson.Strictness");

  private StrictJson() {}

  static void strict(JsonReader reader) {
    if (HAS_STRICTNESS) {
      Gson211.strict(reader);
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, JsonReader.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Loaded only when {@code Strictness} exists. */
  private static final class Gson211 {
    static void strict(JsonReader reader) {
      reader.setStrictness(com.google.gson.Strictness.STRICT);
    }
  }
}
