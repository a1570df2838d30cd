package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.InvalidParameterException;
import com.google.gson.internal.LazilyParsedNumber;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks and copies the additional (undocumented) properties a caller adds to a request body. Not API.
 */
public final class BodyProperties {
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");

  private BodyProperties() {}

  /**
   * An unmodifiable deep copy, in the caller's order.
   *
   * @param documented the body's own property names, which must be set with their typed setters
   * @throws InvalidParameterException for a documented name or a value JSON cannot carry
   */
  public static Map<String, Object> copy(Map<String, Object> properties, Set<String> documented) {
    if (properties.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    properties.forEach((name, value) -> {
      String field = "additionalBodyProperties." + name;
      if (documented.contains(name)) {
        throw new InvalidParameterException(field, "is a documented property of this body: use its own setter");
      }
      out.put(name, value(field, value));
    });
    return Collections.unmodifiableMap(out);
  }

  private static Object value(String field, Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number) {
      return number(field, (Number) value);
    }
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (!(entry.getKey() instanceof String)) {
          throw new InvalidParameterException(field, "has a map key that is not a String: " + entry.getKey());
        }
        out.put((String) entry.getKey(), value(field + "." + entry.getKey(), entry.getValue()));
      }
      return Collections.unmodifiableMap(out);
    }
    if (value instanceof Collection) {
      List<Object> out = new ArrayList<>();
      int i = 0;
      for (Object item : (Collection<?>) value) {
        out.add(value(field + "[" + i++ + "]", item));
      }
      return Collections.unmodifiableList(out);
    }
    throw new InvalidParameterException(field,
        "must be a JSON value (String, Number, Boolean, null, or a List or Map of these), was " + value.getClass().getName());
  }

  private static Number number(String field, Number value) {
    if (value instanceof Double || value instanceof Float) {
      if (Double.isNaN(value.doubleValue()) || Double.isInfinite(value.doubleValue())) {
        throw new InvalidParameterException(field, "must be a finite number, was " + value);
      }
      return value;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger || value instanceof BigDecimal) {
      return value;
    }
    String text = value.toString();
    if (!JSON_NUMBER.matcher(text).matches()) {
      throw new InvalidParameterException(field, "must be a number JSON can carry, was " + text);
    }
    // a number read from a response is immutable and keeps its exact text; anything else (an AtomicLong) is copied
    return value instanceof LazilyParsedNumber ? value : new BigDecimal(text);
  }
}
