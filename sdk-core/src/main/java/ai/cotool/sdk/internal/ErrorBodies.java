package ai.cotool.sdk.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the API's error bodies ({@code ValidationError}, {@code Error}, {@code PermissionError})
 * leniently: a body that is not JSON, or lacks a field, yields nothing rather than an exception.
 * Not API.
 */
public final class ErrorBodies {
  private ErrorBodies() {}

  /** The {@code error} text, or null. */
  public static @Nullable String errorMessage(String body) {
    JsonObject object = object(body);
    JsonElement error = object == null ? null : object.get("error");
    return error != null && error.isJsonPrimitive() ? error.getAsString() : null;
  }

  /** The {@code issues} objects of a ValidationError, or an empty list. */
  public static List<Map<String, Object>> issues(String body) {
    List<Map<String, Object>> issues = new ArrayList<>();
    for (JsonElement item : array(body, "issues")) {
      if (item.isJsonObject()) {
        issues.add(Json.gson().fromJson(item, new TypeToken<Map<String, Object>>() {}.getType()));
      }
    }
    return List.copyOf(issues);
  }

  /** The {@code missingPerms} of a PermissionError, or an empty list. */
  public static List<String> missingPerms(String body) {
    List<String> perms = new ArrayList<>();
    for (JsonElement item : array(body, "missingPerms")) {
      if (item.isJsonPrimitive()) {
        perms.add(item.getAsString());
      }
    }
    return List.copyOf(perms);
  }

  private static JsonArray array(String body, String name) {
    JsonObject object = object(body);
    JsonElement value = object == null ? null : object.get(name);
    return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
  }

  private static @Nullable JsonObject object(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonElement element = JsonParser.parseString(body);
      return element.isJsonObject() ? element.getAsJsonObject() : null;
    } catch (RuntimeException
        | StackOverflowError e) { // nesting beyond the stack, on a Gson without a limit
      return null;
    }
  }
}
