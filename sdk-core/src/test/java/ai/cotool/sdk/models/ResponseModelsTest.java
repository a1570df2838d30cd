package ai.cotool.sdk.models;

import static ai.cotool.sdk.testsupport.SpecJson.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.testsupport.SpecJson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every success response of {@code spec/openapi.json} with a public class decodes with every
 * property the schema declares present, nested objects and array items included: each property
 * reaches its accessor (an {@code Optional} present, a list or map not empty). The JSON is built
 * from the schema itself, so a property added to the spec is checked with no test change.
 */
class ResponseModelsTest {

  @TestFactory
  Stream<DynamicTest> everyResponseModel_exposesEveryPropertyItDecodes() {
    return responseSchemas().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey().getSimpleName(), () -> assertDecodes(e.getKey(), e.getValue())));
  }

  @Test
  void responseSchemas_includeTheSpecsModels() {
    assertThat(responseSchemas().keySet())
        .contains(Detection.class, AlertList.class, DetectionHitList.class, AgentRunStatus.class)
        .hasSizeGreaterThanOrEqualTo(15);
  }

  private static void assertDecodes(Class<?> type, JsonObject schema) throws Exception {
    JsonElement json = instance(schema);
    Object decoded = type.getMethod("fromJson", String.class).invoke(null, json.toString());

    assertProperties(decoded, schema, type.getSimpleName());
    Object again = type.getMethod("fromJson", String.class).invoke(null, json.toString());
    assertThat(again).isEqualTo(decoded).hasSameHashCodeAs(decoded);
    assertThat(decoded.toString()).startsWith(type.getSimpleName() + "{");
    assertThat(JsonParser.parseString(((ApiModel) decoded).toJson())).isEqualTo(json);
  }

  /** Each property of the schema has an accessor that returns it; nested models likewise. */
  private static void assertProperties(Object model, JsonObject schema, String where)
      throws Exception {
    JsonObject properties = resolve(schema).getAsJsonObject("properties");
    if (properties == null) {
      return;
    }
    for (Map.Entry<String, JsonElement> property : properties.entrySet()) {
      String path = where + "." + property.getKey();
      JsonObject declared = resolve(property.getValue().getAsJsonObject());
      if (declared.has("x-cotool-name")
          && declared.get("x-cotool-name").equals(resolve(schema).get("x-cotool-name"))) {
        // an object the SDK flattens into its parent (x-cotool): its properties are the parent's
        assertProperties(model, declared, path);
        continue;
      }
      Method accessor = model.getClass().getMethod(accessorName(property));
      Object value = accessor.invoke(model);
      assertThat(value).as(path).isNotNull();
      if (value instanceof Optional<?> optional) {
        assertThat(optional).as(path).isPresent();
        value = optional.get();
      }
      if (value instanceof Collection<?> items) {
        assertThat(items).as(path).isNotEmpty();
        Object first = items.iterator().next();
        if (first instanceof ApiModel && declared.has("items")) {
          assertProperties(first, declared.getAsJsonObject("items"), path + "[0]");
        }
      } else if (value instanceof Map<?, ?> map) {
        assertThat(map).as(path).isNotEmpty();
      } else if (value instanceof ApiModel) {
        assertProperties(value, declared, path);
      }
    }
  }

  /** {@code x-cotool-accessor} when the spec names one (e.g. for {@code enum}), else the name. */
  private static String accessorName(Map.Entry<String, JsonElement> property) {
    JsonObject schema = property.getValue().getAsJsonObject();
    return schema.has("x-cotool-accessor")
        ? schema.get("x-cotool-accessor").getAsString()
        : property.getKey();
  }

  /** A JSON value the schema allows, with every declared property and one item per array. */
  private static JsonElement instance(JsonObject schema) {
    JsonObject s = resolve(schema);
    for (String union : new String[] {"oneOf", "anyOf"}) {
      if (s.has(union)) {
        return instance(s.getAsJsonArray(union).get(0).getAsJsonObject());
      }
    }
    if (s.has("enum")) {
      for (JsonElement value : s.getAsJsonArray("enum")) {
        if (!value.isJsonNull()) {
          return value;
        }
      }
    }
    String type = type(s);
    switch (type) {
      case "object" -> {
        JsonObject object = new JsonObject();
        JsonObject properties = s.getAsJsonObject("properties");
        if (properties == null) {
          object.addProperty("key", "value");
        } else {
          properties
              .entrySet()
              .forEach(p -> object.add(p.getKey(), instance(p.getValue().getAsJsonObject())));
        }
        return object;
      }
      case "array" -> {
        JsonArray array = new JsonArray();
        array.add(instance(s.getAsJsonObject("items")));
        return array;
      }
      case "integer" -> {
        return new JsonPrimitive(s.has("minimum") ? s.get("minimum").getAsLong() + 1 : 3);
      }
      case "number" -> {
        return new JsonPrimitive(2.5);
      }
      case "boolean" -> {
        return new JsonPrimitive(true);
      }
      default -> {
        String format =
            s.has("x-cotool-timestamp")
                ? "date-time"
                : s.has("format") ? s.get("format").getAsString() : "";
        return new JsonPrimitive(
            switch (format) {
              case "uuid" -> "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
              case "date-time" -> "2026-03-01T09:30:00Z";
              case "date" -> "2026-03-01";
              case "email" -> "ana@example.com";
              case "uri" -> "https://example.com/x";
              default -> "text";
            });
      }
    }
  }

  private static String type(JsonObject schema) {
    JsonElement type = schema.get("type");
    if (type == null) {
      return schema.has("properties") ? "object" : "string";
    }
    if (type.isJsonArray()) {
      for (JsonElement t : type.getAsJsonArray()) {
        if (!t.getAsString().equals("null")) {
          return t.getAsString();
        }
      }
    }
    return type.getAsString();
  }

  /** Each 2xx JSON response schema (or array item schema) whose public class is a plain model. */
  private static Map<Class<?>, JsonObject> responseSchemas() {
    Map<Class<?>, JsonObject> found = new LinkedHashMap<>();
    for (JsonObject operation : SpecJson.operations()) {
      JsonObject responses = operation.getAsJsonObject("responses");
      for (String status : responses == null ? Set.<String>of() : responses.keySet()) {
        if (!status.startsWith("2")) {
          continue;
        }
        SpecJson.jsonSchema(responses.getAsJsonObject(status))
            .map(
                schema ->
                    "array".equals(type(schema))
                        ? resolve(schema.getAsJsonObject("items"))
                        : schema)
            .ifPresent(
                schema ->
                    SpecJson.publicClass(schema)
                        .filter(c -> !c.isInterface() && !Modifier.isAbstract(c.getModifiers()))
                        .ifPresent(c -> found.put(c, schema)));
      }
    }
    return found;
  }
}
