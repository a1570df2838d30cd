package ai.cotool.sdk.testkit.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects validation issues in the shape the API reports them (zod's: {@code code}, {@code
 * message}, {@code path} and details), and checks the constraints of the request schemas in
 * spec/openapi.json. Not API.
 */
public final class Issues {
  private final JsonArray issues = new JsonArray();

  public boolean isEmpty() {
    return issues.isEmpty();
  }

  /**
   * @return 400 {@code {"error": message, "issues": [...]}}
   */
  public FakeResponse toResponse(String message) {
    JsonObject body = FakeJson.error(message);
    body.add("issues", issues);
    return FakeResponse.json(400, FakeJson.write(body));
  }

  public Issues add(String code, String message, Object... path) {
    JsonObject issue = new JsonObject();
    issue.addProperty("code", code);
    issue.addProperty("message", message);
    JsonArray p = new JsonArray();
    for (Object segment : path) {
      p.add(
          segment instanceof Number
              ? new JsonPrimitive((Number) segment)
              : new JsonPrimitive(segment.toString()));
    }
    issue.add("path", p);
    issues.add(issue);
    return this;
  }

  public Issues invalidUuid(String field) {
    return add("invalid_string", "Invalid uuid", field);
  }

  // Body checks. Each returns the value when it is acceptable, else records an issue and returns
  // null.

  public @Nullable String string(
      JsonObject body, String field, boolean required, boolean nullable, int min, int max) {
    JsonElement e = body.get(field);
    if (e == null || e.isJsonNull()) {
      if (e == null && required) {
        add("invalid_type", "Required", field);
      } else if (e != null && !nullable) {
        add("invalid_type", "Expected string, received null", field);
      }
      return null;
    }
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      add("invalid_type", "Expected string, received " + typeOf(e), field);
      return null;
    }
    String value = e.getAsString();
    int length = value.codePointCount(0, value.length());
    if (length < min) {
      add("too_small", "String must contain at least " + min + " character(s)", field);
      return null;
    }
    if (length > max) {
      add("too_big", "String must contain at most " + max + " character(s)", field);
      return null;
    }
    return value;
  }

  public @Nullable String enumValue(
      JsonObject body, String field, boolean required, boolean nullable, List<String> options) {
    String value = string(body, field, required, nullable, 0, Integer.MAX_VALUE);
    if (value != null && !options.contains(value)) {
      add(
          "invalid_enum_value",
          "Invalid enum value. Expected " + quoted(options) + ", received '" + value + "'",
          field);
      return null;
    }
    return value;
  }

  public @Nullable String uri(JsonObject body, String field, boolean required) {
    String value = string(body, field, required, false, 0, Integer.MAX_VALUE);
    if (value == null) {
      return null;
    }
    try {
      if (new URI(value).isAbsolute()) {
        return value;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    add("invalid_string", "Invalid url", field);
    return null;
  }

  public @Nullable String pattern(
      JsonObject body, String field, boolean required, Pattern pattern) {
    String value = string(body, field, required, false, 0, Integer.MAX_VALUE);
    if (value != null && !pattern.matcher(value).matches()) {
      add("invalid_string", "Invalid", field);
      return null;
    }
    return value;
  }

  /**
   * @return the array when it is one of strings with at least {@code minItems}, else null (and an
   *     issue)
   */
  public @Nullable JsonArray stringArray(
      JsonObject body, String field, boolean required, boolean nullable, int minItems) {
    JsonElement e = body.get(field);
    if (e == null || e.isJsonNull()) {
      if (e == null && required) {
        add("invalid_type", "Required", field);
      } else if (e != null && !nullable) {
        add("invalid_type", "Expected array, received null", field);
      }
      return null;
    }
    if (!e.isJsonArray()) {
      add("invalid_type", "Expected array, received " + typeOf(e), field);
      return null;
    }
    JsonArray array = e.getAsJsonArray();
    boolean ok = true;
    for (int i = 0; i < array.size(); i++) {
      JsonElement item = array.get(i);
      if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
        add("invalid_type", "Expected string, received " + typeOf(item), field, i);
        ok = false;
      }
    }
    if (array.size() < minItems) {
      add("too_small", "Array must contain at least " + minItems + " element(s)", field);
      ok = false;
    }
    return ok ? array : null;
  }

  public static String typeOf(@Nullable JsonElement e) {
    if (e == null) {
      return "undefined";
    }
    if (e.isJsonNull()) {
      return "null";
    }
    if (e.isJsonArray()) {
      return "array";
    }
    if (e.isJsonObject()) {
      return "object";
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    return p.isBoolean() ? "boolean" : p.isNumber() ? "number" : "string";
  }

  public static String quoted(List<String> options) {
    StringBuilder out = new StringBuilder();
    for (String option : options) {
      out.append(out.length() == 0 ? "" : " | ").append('\'').append(option).append('\'');
    }
    return out.toString();
  }
}
