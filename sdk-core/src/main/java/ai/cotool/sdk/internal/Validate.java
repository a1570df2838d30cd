package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.models.ApiEnum;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Client-side checks of the constraints in spec/openapi.json. Each names the field it rejects. Not API. */
public final class Validate {
  private static final Pattern UUID_TEXT =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private Validate() {}

  public static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidParameterException(field, "is required");
    }
    return value;
  }

  /** Length in Unicode code points, as JSON Schema counts it. */
  public static String length(String field, String value, int min, int max) {
    if (value == null) {
      return null;
    }
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      String range = max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
      throw new InvalidParameterException(field, "must be " + range + " characters long, was " + length);
    }
    return value;
  }

  public static String notBlank(String field, String value) {
    if (value != null && value.isBlank()) {
      throw new InvalidParameterException(field, "must not be blank");
    }
    return value;
  }

  public static String pattern(String field, String value, Pattern pattern, String description) {
    if (value != null && !pattern.matcher(value).matches()) {
      throw new InvalidParameterException(field, "must be " + description);
    }
    return value;
  }

  public static <C extends Collection<?>> C minItems(String field, C values, int min) {
    if (values != null && values.size() < min) {
      throw new InvalidParameterException(field, "must have at least " + min + " item(s)");
    }
    return values;
  }

  public static <C extends Collection<?>> C noNullItems(String field, C values) {
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
  public static String uuid(String field, String value) {
    if (value == null) {
      return null;
    }
    if (!UUID_TEXT.matcher(value).matches()) {
      throw new InvalidParameterException(field, "must be a UUID such as 3c90c3cc-0d44-4b50-8888-8dd25736052a");
    }
    return UUID.fromString(value).toString().toLowerCase(Locale.ROOT);
  }

  /** An absolute http(s) URI with a host. */
  public static String httpUrl(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new InvalidParameterException(field, "must be an absolute http(s) URL");
      }
      return value;
    } catch (URISyntaxException e) {
      throw new InvalidParameterException(field, "must be an absolute http(s) URL");
    }
  }

  /** A known constant: {@code UNKNOWN} stands for values the server sent and cannot be sent back. */
  public static <E extends Enum<E> & ApiEnum> E known(String field, E value) {
    if (value != null && value.value() == null) {
      throw new InvalidParameterException(field, value + " cannot be sent; use one of the listed constants");
    }
    return value;
  }
}
