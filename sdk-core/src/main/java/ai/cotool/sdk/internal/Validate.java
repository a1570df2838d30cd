package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.models.ApiEnum;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Client-side checks of the constraints in spec/openapi.json. Each names the field it rejects. Not
 * API.
 */
public final class Validate {
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private Validate() {}

  public static <T> T required(String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidParameterException(field, "is required");
    }
    return value;
  }

  /** Length in Unicode code points, as JSON Schema counts it. */
  public static @Nullable String length(String field, @Nullable String value, int min, int max) {
    if (value == null) {
      return null;
    }
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      String range = max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
      throw new InvalidParameterException(
          field, "must be " + range + " characters long, was " + length);
    }
    return value;
  }

  public static @Nullable String notBlank(String field, @Nullable String value) {
    if (value != null && value.isBlank()) {
      throw new InvalidParameterException(field, "must not be blank");
    }
    return value;
  }

  public static @Nullable String pattern(
      String field, @Nullable String value, Pattern pattern, String description) {
    if (value != null && !pattern.matcher(value).matches()) {
      throw new InvalidParameterException(field, "must be " + description);
    }
    return value;
  }

  public static <C extends Collection<?>> @Nullable C minItems(
      String field, @Nullable C values, int min) {
    if (values != null && values.size() < min) {
      throw new InvalidParameterException(field, "must have at least " + min + " item(s)");
    }
    return values;
  }

  public static <C extends Collection<?>> @Nullable C noNullItems(
      String field, @Nullable C values) {
    if (values != null && values.stream().anyMatch(v -> v == null)) {
      throw new InvalidParameterException(field, "must not contain null");
    }
    return values;
  }

  public static long range(String field, long value, long min, long max) {
    if (value < min || value > max) {
      String range = max == Long.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
      throw new InvalidParameterException(field, "must be " + range + ", was " + value);
    }
    return value;
  }

  /** Canonical lower-case text of a UUID given as text; rejects anything else. */
  public static @Nullable String uuid(String field, @Nullable String value) {
    if (value == null) {
      return null;
    }
    if (!UUID_TEXT.matcher(value).matches()) {
      throw new InvalidParameterException(
          field, "must be a UUID such as 3c90c3cc-0d44-4b50-8888-8dd25736052a");
    }
    return UUID.fromString(value).toString().toLowerCase(Locale.ROOT);
  }

  /** An absolute http(s) URI with a host. */
  public static @Nullable String httpUrl(String field, @Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute()
          || !(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null) {
        throw new InvalidParameterException(field, "must be an absolute http(s) URL");
      }
      return value;
    } catch (URISyntaxException e) {
      throw new InvalidParameterException(field, "must be an absolute http(s) URL");
    }
  }

  /**
   * Rejects text holding an unpaired UTF-16 surrogate: it has no UTF-8 form, and would reach the
   * server as {@code ?}.
   */
  public static @Nullable String wellFormed(String field, @Nullable String value) {
    if (value == null) {
      return null;
    }
    int at = unpairedSurrogate(value);
    if (at >= 0) {
      throw new InvalidParameterException(
          Secrets.redact(field),
          "contains an unpaired UTF-16 surrogate (\\u"
              + Integer.toHexString(value.charAt(at))
              + " at index "
              + at
              + "), which cannot be encoded as UTF-8");
    }
    return value;
  }

  /**
   * The same for a JSON document about to be sent, naming the property that holds the surrogate by
   * its path ({@code payload.alert.tags[2]}) under {@code root}.
   */
  public static void wellFormedJson(String root, @Nullable String json) {
    if (json == null || unpairedSurrogate(json) < 0) {
      return;
    }
    String base = root.isEmpty() ? "body" : root;
    try (JsonReader in = new JsonReader(new StringReader(json))) {
      for (JsonToken token = in.peek(); token != JsonToken.END_DOCUMENT; token = in.peek()) {
        if (token == JsonToken.NAME) {
          String name = in.nextName(); // the path names the property once its name is read
          wellFormed(field(root, base, in.getPath()), name);
        } else if (token == JsonToken.STRING) {
          String path = in.getPath(); // read before the value: an array's index moves on after it
          wellFormed(field(root, base, path), in.nextString());
        } else {
          skipStructure(in, token);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidParameterException) {
        throw (InvalidParameterException) e;
      }
    }
    wellFormed(base, json); // not JSON, or outside any string: still not sendable
  }

  /**
   * {@code $.a.b[2]} under {@code payload} is {@code payload.a.b[2]}; a body's own properties go by
   * their names.
   */
  private static String field(String root, String base, String path) {
    String relative = path.substring(1);
    return root.isEmpty() && relative.startsWith(".") ? relative.substring(1) : base + relative;
  }

  private static void skipStructure(JsonReader in, JsonToken token) throws IOException {
    switch (token) {
      case BEGIN_ARRAY -> in.beginArray();
      case END_ARRAY -> in.endArray();
      case BEGIN_OBJECT -> in.beginObject();
      case END_OBJECT -> in.endObject();
      default -> in.skipValue();
    }
  }

  /**
   * @return the index of the first unpaired surrogate, or -1
   */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A known constant: {@code UNKNOWN} stands for values the server sent and cannot be sent back.
   */
  public static <E extends Enum<E> & ApiEnum> @Nullable E known(String field, @Nullable E value) {
    if (value != null && value.value() == null) {
      throw new InvalidParameterException(
          field, value + " cannot be sent; use one of the listed constants");
    }
    return value;
  }

  /**
   * The wire values of a comma-separated query filter, in the order given, duplicates dropped.
   *
   * @throws InvalidParameterException for a {@code null} collection or item, or {@code UNKNOWN}
   */
  public static <E extends Enum<E> & ApiEnum> List<String> commaList(
      String field, @Nullable Collection<E> values) {
    Collection<E> given = required(field, values);
    noNullItems(field, given);
    Set<String> wire = new LinkedHashSet<>();
    for (E value : given) {
      known(field, value);
      wire.add(value.value());
    }
    return List.copyOf(wire);
  }

  /**
   * Wire values given as text for a comma-separated query filter, in the order given, duplicates
   * dropped.
   *
   * @throws InvalidParameterException for a {@code null} or blank value, or one containing a comma
   */
  public static List<String> commaValues(String field, String... values) {
    required(field, values);
    Set<String> wire = new LinkedHashSet<>();
    for (String value : values) {
      if (value == null || value.isBlank()) {
        throw new InvalidParameterException(field, "values must not be null or blank");
      }
      if (value.indexOf(',') >= 0) {
        throw new InvalidParameterException(
            field, "a value cannot contain a comma (the list separator): " + value);
      }
      wire.add(wellFormed(field, value));
    }
    return List.copyOf(wire);
  }

  /**
   * JSON text to send as is: exactly one JSON value (strict syntax, no byte order mark, nothing
   * after it), well-formed text.
   *
   * @throws InvalidParameterException naming {@code field} otherwise
   */
  public static String singleJsonValue(String field, String json) {
    required(field, json);
    if (json.startsWith("\uFEFF")) {
      throw new InvalidParameterException(
          field, "must not start with a byte order mark (RFC 8259)");
    }
    try {
      JsonReader reader = new JsonReader(new StringReader(json));
      StrictJson.strict(reader);
      JsonElement unused =
          Json.gson().getAdapter(JsonElement.class).read(reader); // read only to check the syntax
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new IOException("trailing content");
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new InvalidParameterException(field, "is not a single valid JSON value");
    }
    wellFormedJson(field, json);
    return json;
  }
}
