package ai.cotool.sdk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.testsupport.SpecJson;
import com.google.gson.JsonObject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generated body params class (each request body of {@code spec/openapi.json} with an {@code
 * x-cotool-name}) keeps the constraints its schema states, at {@code build()}: a missing required
 * property, a text shorter or longer than allowed, each fails with {@link
 * InvalidParameterException} naming the property, before anything could be sent. A valid instance
 * survives {@code toBuilder()} and writes every property it holds.
 */
class BodyParamsConstraintsTest {

  @TestFactory
  Stream<DynamicTest> everyBodyParamsClass_enforcesItsSchema() {
    return bodySchemas().entrySet().stream()
        .filter(e -> hasBuilder(e.getKey()))
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey().getSimpleName(), () -> assertEnforced(e.getKey(), e.getValue())));
  }

  @Test
  void bodySchemas_includeTheSpecsParamsClasses() {
    assertThat(bodySchemas().keySet())
        .contains(
            CreateDetectionParams.class,
            AddAlertCommentParams.class,
            UpdateDetectionOutputsParams.class,
            UpdateDetectionHitStatusParams.class);
  }

  private static void assertEnforced(Class<?> type, JsonObject schema) throws Exception {
    JsonObject properties = schema.getAsJsonObject("properties");
    Set<String> required = new TreeSet<>();
    if (schema.has("required")) {
      schema.getAsJsonArray("required").forEach(name -> required.add(name.getAsString()));
    }

    // every property set to a valid value: builds, survives toBuilder(), writes each property
    Object full = build(type, properties, properties.keySet(), Map.of());
    assertThat(toBuilder(full)).isEqualTo(full).hasSameHashCodeAs(full);
    String json = ((ApiModel) full).toJson();
    for (String name : properties.keySet()) {
      assertThat(json).as("%s.toJson()", type.getSimpleName()).contains("\"" + name + "\":");
    }
    assertThat(full.toString()).startsWith(type.getSimpleName() + "{");

    // only the required ones: builds too
    build(type, properties, required, Map.of());

    for (String name : required) {
      Set<String> others = new TreeSet<>(required);
      others.remove(name);
      assertRejected(type, properties, others, Map.of(), name);
    }
    for (String name : properties.keySet()) {
      JsonObject property = properties.getAsJsonObject(name);
      Set<String> withIt = new TreeSet<>(required);
      withIt.add(name);
      if (property.has("maxLength")) {
        int max = property.get("maxLength").getAsInt();
        build(type, properties, withIt, Map.of(name, "x".repeat(max)));
        assertRejected(type, properties, withIt, Map.of(name, "x".repeat(max + 1)), name);
      }
      if (property.has("minLength") && property.get("minLength").getAsInt() > 0) {
        int min = property.get("minLength").getAsInt();
        build(type, properties, withIt, Map.of(name, "x".repeat(min)));
        assertRejected(type, properties, withIt, Map.of(name, "x".repeat(min - 1)), name);
      }
    }
  }

  private static void assertRejected(
      Class<?> type,
      JsonObject properties,
      Set<String> set,
      Map<String, Object> overrides,
      String property) {
    assertThat(catchThrowable(() -> build(type, properties, set, overrides)))
        .as("%s with %s: %s", type.getSimpleName(), property, shown(overrides.get(property)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining(property);
  }

  private static String shown(Object value) {
    return value instanceof String text ? text.length() + " characters" : "not set";
  }

  /**
   * Builds with the named properties set: from {@code overrides}, else a value the schema allows.
   */
  private static Object build(
      Class<?> type, JsonObject properties, Set<String> set, Map<String, Object> overrides)
      throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    for (String name : set) {
      Method setter = setter(builder.getClass(), name);
      Object value =
          overrides.containsKey(name)
              ? overrides.get(name)
              : validValue(setter, properties.getAsJsonObject(name));
      setter.invoke(builder, value);
    }
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static Object toBuilder(Object params) throws Exception {
    Object builder = params.getClass().getMethod("toBuilder").invoke(params);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  /** The builder's setter for a JSON property: same name, one parameter, not varargs. */
  private static Method setter(Class<?> builder, String name) {
    return Stream.of(builder.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1 && !m.isVarArgs())
        .findFirst()
        .orElseThrow(() -> new AssertionError(builder.getName() + " has no setter " + name));
  }

  private static Object validValue(Method setter, JsonObject schema) {
    Class<?> type = setter.getParameterTypes()[0];
    if (type == String.class) {
      return text(schema);
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == Boolean.class || type == boolean.class) {
      return true;
    }
    if (type == Integer.class || type == int.class) {
      return schema.has("minimum") ? schema.get("minimum").getAsInt() : 1;
    }
    if (type == Long.class || type == long.class) {
      return schema.has("minimum") ? schema.get("minimum").getAsLong() : 1L;
    }
    if (type == Instant.class) {
      return Instant.parse("2026-03-01T00:00:00Z");
    }
    if (type == Map.class) {
      return Map.of("key", "value");
    }
    if (type == List.class) {
      Class<?> item =
          (Class<?>)
              ((ParameterizedType) setter.getGenericParameterTypes()[0])
                  .getActualTypeArguments()[0];
      JsonObject items = schema.getAsJsonObject("items");
      List<Object> list = new ArrayList<>();
      list.add(item.isEnum() ? item.getEnumConstants()[0] : text(items));
      return list;
    }
    throw new AssertionError("no valid value for " + setter + " from " + schema);
  }

  private static String text(JsonObject schema) {
    if (schema.has("format") && schema.get("format").getAsString().equals("uuid")) {
      return new UUID(0xC0L, 0x01L).toString();
    }
    int min = schema.has("minLength") ? schema.get("minLength").getAsInt() : 1;
    return "t".repeat(Math.max(min, 1));
  }

  private static boolean hasBuilder(Class<?> type) {
    try {
      type.getMethod("builder");
      return true;
    } catch (NoSuchMethodException unionOrHandWritten) {
      return false;
    }
  }

  /** Each request body schema with a public name, by the class that carries that name. */
  private static Map<Class<?>, JsonObject> bodySchemas() {
    Map<Class<?>, JsonObject> found = new LinkedHashMap<>();
    for (JsonObject operation : SpecJson.operations()) {
      if (operation.has("requestBody")) {
        SpecJson.jsonSchema(operation.getAsJsonObject("requestBody"))
            .filter(schema -> schema.has("properties"))
            .ifPresent(schema -> SpecJson.publicClass(schema).ifPresent(c -> found.put(c, schema)));
      }
    }
    return found;
  }
}
