package ai.cotool.sdk.testkit.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** JSON helpers of the fake: nulls are written (the API sends required nullable properties as null). Not API. */
public final class FakeJson {
  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private FakeJson() {}

  public static String write(JsonElement element) {
    return GSON.toJson(element);
  }

  /** @return the parsed value, or {@code null} when the text is not one JSON value */
  public static JsonElement parseOrNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return JsonParser.parseString(text);
    } catch (JsonParseException e) {
      return null;
    }
  }

  /** Like JavaScript's {@code Date.toISOString()}: UTC, milliseconds, {@code Z}. */
  public static String timestamp(Instant instant) {
    return instant == null ? null : ISO_MILLIS.format(instant);
  }

  public static JsonObject error(String message) {
    JsonObject body = new JsonObject();
    body.addProperty("error", message);
    return body;
  }

  /** @return the member as a string when it is a JSON string, else {@code null} */
  public static String string(JsonObject object, String name) {
    JsonElement e = object.get(name);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
  }
}
