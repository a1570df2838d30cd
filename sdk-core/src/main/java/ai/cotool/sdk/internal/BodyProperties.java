package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.InvalidParameterException;
import com.google.gson.internal.LazilyParsedNumber;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks and copies the additional (undocumented) properties a caller adds to a request body. Not
 * API.
 */
public final class BodyProperties {
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");

  private BodyProperties() {}

  /**
   * An unmodifiable deep copy, in the caller's order. Numbers become Gson's {@link
   * LazilyParsedNumber} holding the text they are sent as, so that two values are equal exactly
   * when they are sent the same ({@code 3} and {@code 3L}; not {@code 3} and {@code 3.0}), and a
   * number read from a response keeps its exact text.
   *
   * @param documented the body's own property names, which must be set with their typed setters
   * @throws InvalidParameterException for a documented name or a value JSON cannot carry
   */
  public static Map<String, Object> copy(Map<String, Object> properties, Set<String> documented) {
    if (properties.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    Set<Object> path = Collections.newSetFromMap(new IdentityHashMap<>());
    properties.forEach(
        (name, value) -> {
          String field = "additionalBodyProperties." + name;
          if (documented.contains(name)) {
            throw new InvalidParameterException(
                field, "is a documented property of this body: use its own setter");
          }
          out.put(name, value(field, value, path));
        });
    return Collections.unmodifiableMap(out);
  }

  /**
   * @param path the maps and lists being copied, outermost first: one of them again is a cycle
   */
  private static Object value(String field, Object value, Set<Object> path) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number) {
      return number(field, (Number) value);
    }
    if (!(value instanceof Map) && !(value instanceof Collection)) {
      throw new InvalidParameterException(
          field,
          "must be a JSON value (String, Number, Boolean, null, or a List or "
              + "Map of these), was "
              + value.getClass().getName());
    }
    if (!path.add(value)) {
      throw new InvalidParameterException(field, "contains itself");
    }
    try {
      if (value instanceof Map) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          if (!(entry.getKey() instanceof String)) {
            throw new InvalidParameterException(
                field, "has a map key that is not a String: " + entry.getKey());
          }
          out.put(
              (String) entry.getKey(), value(field + "." + entry.getKey(), entry.getValue(), path));
        }
        return Collections.unmodifiableMap(out);
      }
      List<Object> out = new ArrayList<>();
      int i = 0;
      for (Object item : (Collection<?>) value) {
        out.add(value(field + "[" + i++ + "]", item, path));
      }
      return Collections.unmodifiableList(out);
    } finally {
      path.remove(value);
    }
  }

  /**
   * The number as the text it is sent as (what Gson writes: its {@code toString()}), checked to be
   * JSON.
   */
  private static Number number(String field, Number value) {
    if (value instanceof LazilyParsedNumber) {
      return value; // read from JSON: immutable, and its text is JSON already
    }
    String text = value.toString();
    if (!JSON_NUMBER.matcher(text).matches()) {
      boolean floating = value instanceof Double || value instanceof Float;
      throw new InvalidParameterException(
          field,
          floating
              ? "must be a finite number, was " + text
              : "must be a number JSON can carry, was " + text);
    }
    return new LazilyParsedNumber(text);
  }
}
