package ai.cotool.sdk;

import ai.cotool.sdk.models.ApiEnum;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares {@code spec/openapi.json} with the public API: every operation needs a resource method,
 * every query parameter a params setter, every request property a builder setter, every response
 * property an accessor, and every enumeration value a constant. The spec names the public side with
 * vendor extensions:
 *
 * <ul>
 *   <li>{@code x-cotool-name} on each object, union and enumeration schema: the public type,
 *       relative to {@code ai.cotool.sdk.models} ({@code Detection.AgentInput} is a nested type)
 *       unless fully qualified. A nested object with its parent's name is flattened into the
 *       parent.
 *   <li>{@code x-cotool-accessor} on a property or parameter whose accessor is not its JSON name
 *       ({@code enum}).
 *   <li>{@code x-cotool-resource} and {@code x-cotool-method} on each operation, {@code
 *       x-cotool-params} when it has query parameters.
 * </ul>
 *
 * A property with {@code const} needs no accessor: the type it belongs to implies its value.
 */
final class SpecCoverage {
  private static final String MODELS = "ai.cotool.sdk.models.";

  private final JsonObject spec;
  private final List<String> problems = new ArrayList<>();

  private SpecCoverage(JsonObject spec) {
    this.spec = spec;
  }

  /**
   * @return what the public API lacks, one line each; empty when it covers the spec
   */
  static List<String> problems(JsonObject spec) {
    SpecCoverage coverage = new SpecCoverage(spec);
    coverage.checkOperations();
    return coverage.problems;
  }

  private void checkOperations() {
    for (Map.Entry<String, JsonElement> path : spec.getAsJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonElement> entry : path.getValue().getAsJsonObject().entrySet()) {
        String where = entry.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
        checkOperation(where, entry.getValue().getAsJsonObject());
      }
    }
  }

  private void checkOperation(String where, JsonObject operation) {
    String resource = text(operation, "x-cotool-resource");
    String method = text(operation, "x-cotool-method");
    if (resource == null || method == null) {
      problems.add(where + ": no x-cotool-resource/x-cotool-method naming its resource method");
    } else {
      for (Class<?> client : List.of(CotoolClient.class, CotoolClientAsync.class)) {
        Method getter = method(client, resource, 0);
        if (getter == null) {
          problems.add(where + ": " + client.getSimpleName() + " has no " + resource + "()");
        } else if (Arrays.stream(getter.getReturnType().getMethods())
            .noneMatch(m -> m.getName().equals(method))) {
          problems.add(
              where + ": " + getter.getReturnType().getSimpleName() + " has no method " + method);
        }
      }
    }
    if (operation.has("parameters")) {
      for (JsonElement element : operation.getAsJsonArray("parameters")) {
        JsonObject parameter = element.getAsJsonObject();
        String name = text(parameter, "name");
        if ("query".equals(text(parameter, "in"))) {
          String params = text(operation, "x-cotool-params");
          checkSetter(where + " query parameter " + name, params, accessor(name, parameter));
        }
        checkSchema(
            where + " parameter " + name, resolve(parameter.getAsJsonObject("schema")), false);
      }
    }
    JsonObject body = jsonSchema(operation.getAsJsonObject("requestBody"));
    if (body != null) {
      checkSchema(where + " request body", body, true);
    }
    for (Map.Entry<String, JsonElement> response :
        operation.getAsJsonObject("responses").entrySet()) {
      JsonObject schema = jsonSchema(response.getValue().getAsJsonObject());
      if (schema != null) {
        checkSchema(where + " response " + response.getKey(), schema, false);
      }
    }
  }

  private void checkSchema(String where, JsonObject schema, boolean request) {
    schema = resolve(schema);
    String name = text(schema, "x-cotool-name");
    if (schema.has("enum")) {
      checkEnum(where, schema, name);
      return;
    }
    for (String union : List.of("oneOf", "anyOf", "allOf")) {
      if (schema.has(union)) {
        if (name == null) {
          problems.add(where + ": " + union + " without x-cotool-name");
        }
        int i = 0;
        for (JsonElement variant : schema.getAsJsonArray(union)) {
          checkSchema(where + " " + union + "[" + i++ + "]", variant.getAsJsonObject(), request);
        }
      }
    }
    if (schema.has("items") && schema.get("items").isJsonObject()) {
      checkSchema(where + "[]", schema.getAsJsonObject("items"), request);
    }
    if (schema.has("properties")) {
      if (name == null) {
        problems.add(where + ": object without x-cotool-name");
        return;
      }
      checkProperties(where, schema, name, request);
    }
  }

  private void checkProperties(String where, JsonObject schema, String owner, boolean request) {
    if (!schema.has("properties")) {
      return; // a flattened object of no known properties (its unknown ones: the extras accessor)
    }
    for (Map.Entry<String, JsonElement> property :
        schema.getAsJsonObject("properties").entrySet()) {
      String at = where + " ." + property.getKey();
      JsonObject propertySchema = resolve(property.getValue().getAsJsonObject());
      if (owner.equals(text(propertySchema, "x-cotool-name"))) {
        checkProperties(at, propertySchema, owner, request); // flattened into its parent
        continue;
      }
      if (!propertySchema.has("const")) {
        String accessor = accessor(property.getKey(), propertySchema);
        if (request) {
          checkSetter(at, owner, accessor);
        } else {
          checkAccessor(at, owner, accessor);
        }
      }
      checkSchema(at, propertySchema, request);
    }
  }

  private void checkEnum(String where, JsonObject schema, String name) {
    if (name == null) {
      problems.add(where + ": enumeration without x-cotool-name");
      return;
    }
    Class<?> type = type(where, name);
    if (type == null) {
      return;
    }
    if (!type.isEnum() || !ApiEnum.class.isAssignableFrom(type)) {
      problems.add(where + ": " + type.getName() + " is not an ApiEnum");
      return;
    }
    Set<String> constants =
        Arrays.stream(type.getEnumConstants())
            .map(c -> ((ApiEnum) c).value())
            .collect(Collectors.toSet());
    for (JsonElement value : schema.getAsJsonArray("enum")) {
      if (!value.isJsonNull() && !constants.contains(value.getAsString())) {
        problems.add(
            where
                + ": "
                + type.getSimpleName()
                + " has no constant for \""
                + value.getAsString()
                + "\"");
      }
    }
  }

  private void checkAccessor(String where, String owner, String accessor) {
    Class<?> type = type(where, owner);
    if (type != null && method(type, accessor, 0) == null) {
      problems.add(where + ": " + type.getName() + " has no accessor " + accessor + "()");
    }
  }

  private void checkSetter(String where, String owner, String setter) {
    if (owner == null) {
      problems.add(where + ": the operation has no x-cotool-params");
      return;
    }
    Class<?> type = type(where, owner);
    if (type == null) {
      return;
    }
    Class<?> builder =
        Arrays.stream(type.getClasses())
            .filter(c -> c.getSimpleName().equals("Builder"))
            .findFirst()
            .orElse(null);
    if (builder == null) {
      problems.add(where + ": " + type.getName() + " has no Builder");
    } else if (method(builder, setter, 1) == null) {
      problems.add(where + ": " + builder.getName() + " has no setter " + setter + "(…)");
    }
  }

  private Class<?> type(String where, String name) {
    String binary = Character.isLowerCase(name.charAt(0)) ? name : MODELS + name.replace('.', '$');
    try {
      return Class.forName(binary);
    } catch (ClassNotFoundException e) {
      problems.add(where + ": no public type " + name);
      return null;
    }
  }

  private static Method method(Class<?> type, String name, int parameters) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == parameters)
        .findFirst()
        .orElse(null);
  }

  private static String accessor(String jsonName, JsonObject schema) {
    String accessor = text(schema, "x-cotool-accessor");
    return accessor != null ? accessor : jsonName;
  }

  private static JsonObject jsonSchema(JsonObject bodyOrResponse) {
    if (bodyOrResponse == null || !bodyOrResponse.has("content")) {
      return null;
    }
    JsonObject json = bodyOrResponse.getAsJsonObject("content").getAsJsonObject("application/json");
    return json == null ? null : json.getAsJsonObject("schema");
  }

  private JsonObject resolve(JsonObject schema) {
    String ref = text(schema, "$ref");
    if (ref == null) {
      return schema;
    }
    JsonElement target = spec;
    for (String part : ref.substring(2).split("/")) {
      target = target.getAsJsonObject().get(part);
    }
    return target.getAsJsonObject();
  }

  private static String text(JsonObject object, String member) {
    JsonElement value = object.get(member);
    return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
  }
}
