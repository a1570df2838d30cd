package ai.cotool.sdk.testkit.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON helpers of the fake: nulls are written (the API sends required nullable properties as null).
 * Not API.
 */
public final class FakeJson {
  private static final Gson GSON =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private FakeJson() {}

  public static String write(JsonElement element) {
    return GSON.toJson(element);
  }

  /**
   * @return the parsed value, or {@code null} when the text is not one JSON value
   */
  public static @Nullable JsonElement parseOrNull(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return JsonParser.parseString(text);
    } catch (JsonParseException e) {
      return null;
    }
  }

  /**
   * JSON text as plain Java values: unmodifiable maps (in order) and lists, strings, {@code Long}
   * for whole numbers, {@code Double} for others, booleans and {@code null}; blank text is {@code
   * null}.
   *
   * @throws IllegalStateException if the text is not one JSON value
   */
  public static @Nullable Object plain(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return plain(JsonParser.parseString(text));
    } catch (JsonParseException e) {
      throw new IllegalStateException("not JSON: " + e.getMessage(), e);
    }
  }

  private static @Nullable Object plain(@Nullable JsonElement element) {
    if (element == null || element.isJsonNull()) {
      return null;
    }
    if (element.isJsonObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      element.getAsJsonObject().entrySet().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
      return Collections.unmodifiableMap(map);
    }
    if (element.isJsonArray()) {
      List<Object> list = new ArrayList<>();
      element.getAsJsonArray().forEach(e -> list.add(plain(e)));
      return Collections.unmodifiableList(list);
    }
    JsonPrimitive primitive = element.getAsJsonPrimitive();
    if (primitive.isBoolean()) {
      return primitive.getAsBoolean();
    }
    if (primitive.isString()) {
      return primitive.getAsString();
    }
    BigDecimal number = primitive.getAsBigDecimal();
    try {
      return number.longValueExact();
    } catch (ArithmeticException notWhole) {
      return number.doubleValue();
    }
  }

  /** Like JavaScript's {@code Date.toISOString()}: UTC, milliseconds, {@code Z}. */
  public static String timestamp(Instant instant) {
    return ISO_MILLIS.format(instant);
  }

  /** {@link #timestamp(Instant)}, or {@code null} for {@code null}. */
  public static @Nullable String timestampOrNull(@Nullable Instant instant) {
    return instant == null ? null : timestamp(instant);
  }

  public static JsonObject error(String message) {
    JsonObject body = new JsonObject();
    body.addProperty("error", message);
    return body;
  }

  /**
   * @return the member as a string when it is a JSON string, else {@code null}
   */
  public static @Nullable String string(JsonObject object, String name) {
    JsonElement e = object.get(name);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
        ? e.getAsString()
        : null;
  }
}
