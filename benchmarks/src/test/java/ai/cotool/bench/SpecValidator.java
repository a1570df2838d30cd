package ai.cotool.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a schema of spec/openapi.json, for the keywords that document uses on
 * the bodies the benchmarks send and receive: {@code type} (also as an array with {@code "null"}),
 * {@code enum}, {@code const}, {@code properties}, {@code required}, {@code items}, {@code
 * minLength}/{@code maxLength}, {@code minimum}/ {@code maximum}, {@code pattern}, {@code format}
 * (uuid, uri) and local {@code $ref}s. Unknown keywords are ignored.
 */
final class SpecValidator {
  private static final Pattern UUID =
      Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

  private final JsonObject spec;

  SpecValidator(Path specFile) throws IOException {
    this.spec = JsonParser.parseString(Files.readString(specFile)).getAsJsonObject();
  }

  JsonObject responseSchema(String path, String method) {
    return spec.getAsJsonObject("paths")
        .getAsJsonObject(path)
        .getAsJsonObject(method)
        .getAsJsonObject("responses")
        .getAsJsonObject("200")
        .getAsJsonObject("content")
        .getAsJsonObject("application/json")
        .getAsJsonObject("schema");
  }

  JsonObject requestSchema(String path, String method) {
    return spec.getAsJsonObject("paths")
        .getAsJsonObject(path)
        .getAsJsonObject(method)
        .getAsJsonObject("requestBody")
        .getAsJsonObject("content")
        .getAsJsonObject("application/json")
        .getAsJsonObject("schema");
  }

  /**
   * @return the violations, empty when valid
   */
  List<String> validate(JsonElement value, JsonObject schema) {
    List<String> errors = new ArrayList<>();
    check(value, schema, "$", errors);
    return errors;
  }

  private void check(JsonElement value, JsonObject schema, String at, List<String> errors) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").getAsString();
      JsonObject target = spec;
      for (String part : ref.substring(2).split("/")) {
        target = target.getAsJsonObject(part);
      }
      check(value, target, at, errors);
      return;
    }
    if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
      errors.add(at + ": " + value + " is not of type " + schema.get("type"));
      return;
    }
    if (schema.has("enum") && !contains(schema.getAsJsonArray("enum"), value)) {
      errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      errors.add(at + ": " + value + " is not " + schema.get("const"));
    }
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
      String s = value.getAsString();
      int length = s.codePointCount(0, s.length());
      if (schema.has("minLength") && length < schema.get("minLength").getAsInt()) {
        errors.add(at + ": shorter than " + schema.get("minLength"));
      }
      if (schema.has("maxLength") && length > schema.get("maxLength").getAsInt()) {
        errors.add(at + ": longer than " + schema.get("maxLength"));
      }
      if (schema.has("pattern")
          && !Pattern.compile(schema.get("pattern").getAsString()).matcher(s).find()) {
        errors.add(at + ": " + s + " does not match " + schema.get("pattern"));
      }
      String format = schema.has("format") ? schema.get("format").getAsString() : "";
      if (format.equals("uuid") && !UUID.matcher(s).matches()) {
        errors.add(at + ": " + s + " is not a uuid");
      }
      if (format.equals("uri") && !s.matches("^[a-z][a-z0-9+.-]*://\\S+$")) {
        errors.add(at + ": " + s + " is not a uri");
      }
    }
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
      double n = value.getAsDouble();
      if (schema.has("minimum") && n < schema.get("minimum").getAsDouble()) {
        errors.add(at + ": below " + schema.get("minimum"));
      }
      if (schema.has("maximum") && n > schema.get("maximum").getAsDouble()) {
        errors.add(at + ": above " + schema.get("maximum"));
      }
    }
    if (value.isJsonObject()) {
      JsonObject object = value.getAsJsonObject();
      if (schema.has("required")) {
        for (JsonElement name : schema.getAsJsonArray("required")) {
          if (!object.has(name.getAsString())) {
            errors.add(at + ": required property " + name.getAsString() + " is missing");
          }
        }
      }
      if (schema.has("properties")) {
        JsonObject properties = schema.getAsJsonObject("properties");
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
          if (properties.has(e.getKey())) {
            check(
                e.getValue(),
                properties.getAsJsonObject(e.getKey()),
                at + "." + e.getKey(),
                errors);
          }
        }
      }
    }
    if (value.isJsonArray() && schema.has("items") && schema.get("items").isJsonObject()) {
      JsonArray array = value.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        check(array.get(i), schema.getAsJsonObject("items"), at + "[" + i + "]", errors);
      }
    }
  }

  private static boolean typeMatches(JsonElement value, JsonElement type) {
    if (type.isJsonArray()) {
      for (JsonElement t : type.getAsJsonArray()) {
        if (typeMatches(value, t)) {
          return true;
        }
      }
      return false;
    }
    switch (type.getAsString()) {
      case "null":
        return value.isJsonNull();
      case "object":
        return value.isJsonObject();
      case "array":
        return value.isJsonArray();
      case "string":
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
      case "boolean":
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
      case "number":
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
      case "integer":
        return value.isJsonPrimitive()
            && value.getAsJsonPrimitive().isNumber()
            && value.getAsDouble() == Math.rint(value.getAsDouble());
      default:
        return true;
    }
  }

  private static boolean contains(JsonArray values, JsonElement value) {
    for (JsonElement v : values) {
      if (v.equals(value)) {
        return true;
      }
    }
    return false;
  }
}
