package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the public models share: strict access to required properties, copies, and redaction. Not
 * API.
 */
public final class Models {
  private Models() {}

  /** A required, non-null property: strict on access. */
  public static <T> T require(@Nullable T value, String type, String property) {
    if (value == null) {
      throw new CotoolInvalidDataException(
          type + "." + property + " is missing from the response", null);
    }
    return value;
  }

  /** A timestamp of a response, read strictly on access. */
  public static Instant instant(String text, String type, String property) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new CotoolInvalidDataException(
          type + "." + property + " is not an ISO-8601 timestamp: " + text, e);
    }
  }

  /** A value for {@code toString()}: text longer than 60 characters is cut. */
  public static String abbreviate(@Nullable Object value) {
    String text = String.valueOf(value);
    return value == null || text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }

  /** A long or sensitive text for {@code toString()}: its length only. */
  public static String length(@Nullable String value) {
    return value == null ? "null" : value.codePointCount(0, value.length()) + " chars";
  }

  /** A secret for {@code toString()}: whether it is set, never its value. */
  public static String redacted(@Nullable Object value) {
    return value == null ? "null" : "<redacted>";
  }

  /**
   * A JSON object of a response as plain unmodifiable maps and lists; {@code null} stays {@code
   * null}.
   */
  @SuppressWarnings("unchecked")
  public static @Nullable Map<String, Object> plainObject(
      @Nullable Object value, String type, String property) {
    Object plain = plain(value);
    if (plain == null || plain instanceof Map) {
      return (Map<String, Object>) plain;
    }
    throw new CotoolInvalidDataException(type + "." + property + " is not an object", null);
  }

  /**
   * A text property read from the unknown properties (one that another shape of the object
   * declares).
   */
  public static @Nullable String extraText(
      @Nullable Map<String, Object> extras, String type, String property) {
    Object value = extras == null ? null : extras.get(property);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    throw new CotoolInvalidDataException(type + "." + property + " is not a string", null);
  }

  /** An unmodifiable copy without {@code null} items; empty for {@code null}. */
  public static <T> List<T> list(@Nullable List<T> values) {
    return list(values, Function.identity());
  }

  /** Wraps each non-null item; empty for {@code null}. */
  public static <G, T> List<T> list(@Nullable List<G> values, Function<G, T> wrap) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(values.size());
    for (G value : values) {
      if (value != null) {
        out.add(wrap.apply(value));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Unknown properties as an unmodifiable deep copy. */
  public static Map<String, Object> extras(@Nullable Map<String, Object> extras) {
    return extras(extras, Set.of());
  }

  /** Unknown properties as an unmodifiable deep copy, leaving out the given names. */
  public static Map<String, Object> extras(
      @Nullable Map<String, Object> extras, Set<String> except) {
    if (extras == null || extras.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : extras.entrySet()) {
      if (!except.contains(entry.getKey())) {
        out.put(entry.getKey(), plain(entry.getValue()));
      }
    }
    return out.isEmpty() ? Map.of() : Collections.unmodifiableMap(out);
  }

  /**
   * A JSON value read as plain Java (String, Number, Boolean, List, Map), copied into unmodifiable
   * collections.
   */
  public static @Nullable Object plain(@Nullable Object value) {
    if (value instanceof Map) {
      return plainMap((Map<?, ?>) value);
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        out.add(plain(item));
      }
      return Collections.unmodifiableList(out);
    }
    return value;
  }

  /** A JSON object read as plain Java, as {@link #plain(Object)} reads it. */
  public static Map<String, Object> plainMap(Map<?, ?> value) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : value.entrySet()) {
      out.put(String.valueOf(entry.getKey()), plain(entry.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * A URL for {@code toString()}: scheme, host and path only, since the query (a Teams workflow's
   * {@code sig}) or the user info may be a credential.
   */
  public static @Nullable String redactUrl(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null || uri.getRawAuthority() == null) {
        return "<redacted>";
      }
      String host = uri.getHost() == null ? "<redacted>" : uri.getHost();
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      boolean hidden =
          uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null;
      return uri.getScheme() + "://" + host + port + path + (hidden ? "?…" : "");
    } catch (URISyntaxException e) {
      return "<redacted>";
    }
  }
}
