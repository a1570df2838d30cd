package ai.cotool.sdk.models;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every response decoder the client uses, fed each fixture with one property at a time replaced by
 * a value of the wrong JSON type: decoding either succeeds or throws {@link
 * CotoolInvalidDataException}, and so does every getter of the result (recursively). No Gson,
 * generated-layer or JDK runtime exception may escape.
 */
class MalformedResponseDecodeTest {

  private static final List<JsonElement> WRONG_VALUES =
      List.of(
          JsonNull.INSTANCE,
          new JsonPrimitive(7),
          new JsonPrimitive(-1.5e300),
          new JsonPrimitive("text"),
          new JsonPrimitive(true),
          new JsonArray(),
          arrayOf(new JsonPrimitive(1)),
          new JsonObject(),
          objectOf("a", 1));

  static Stream<Arguments> fixtures() {
    List<Arguments> all = new ArrayList<>();
    all.add(Arguments.of("detection-created.json", (Function<String, Object>) Detection::fromJson));
    all.add(
        Arguments.of("detection-accepted.json", (Function<String, Object>) Detection::fromJson));
    all.add(
        Arguments.of(
            "newer-server/detection-accepted.json",
            (Function<String, Object>) Detection::fromJson));
    for (String kind : List.of("webhook", "teams", "slack", "pagerduty", "linear", "tines")) {
      all.add(
          Arguments.of(
              "destination-" + kind + ".json",
              (Function<String, Object>) OutputDestination::fromJson));
    }
    all.add(
        Arguments.of(
            "newer-server/destination-opsgenie.json",
            (Function<String, Object>) OutputDestination::fromJson));
    all.add(
        Arguments.of("trigger-started.json", (Function<String, Object>) TriggerResult::fromJson));
    all.add(
        Arguments.of("trigger-skipped.json", (Function<String, Object>) TriggerResult::fromJson));
    all.add(
        Arguments.of("trigger-failed.json", (Function<String, Object>) TriggerResult::fromJson));
    all.add(Arguments.of("alerts-page.json", (Function<String, Object>) AlertList::fromJson));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void
      eachPropertyOfTheWrongType_decodesOrThrowsOnlyCotoolInvalidDataException_andSoDoesEveryGetter(
          String fixture, Function<String, Object> decoder) {
    JsonObject original = JsonParser.parseString(fixture(fixture)).getAsJsonObject();
    if (fixture.startsWith("alerts-page")) { // one alert carries every kind of property
      JsonArray one = new JsonArray();
      one.add(original.getAsJsonArray("alerts").get(1));
      original.add("alerts", one);
    }
    List<String> escaped = new ArrayList<>();
    int mutations = 0;
    for (String path : paths(original, "")) {
      for (JsonElement wrong : WRONG_VALUES) {
        JsonObject copy = original.deepCopy();
        replace(copy, path, wrong);
        mutations++;
        Object decoded;
        try {
          decoded = decoder.apply(copy.toString());
        } catch (CotoolInvalidDataException expected) {
          continue;
        } catch (RuntimeException e) {
          escaped.add(path + "=" + wrong + ": decoding threw " + e);
          continue;
        }
        List<String> fromGetters = new ArrayList<>();
        exercise(decoded, "", new IdentityHashMap<>(), fromGetters, 0);
        fromGetters.forEach(problem -> escaped.add(path + "=" + wrong + ": " + problem));
      }
    }
    assertThat(mutations).isGreaterThanOrEqualTo(WRONG_VALUES.size());
    assertThat(escaped).isEmpty();
  }

  /**
   * Calls every public no-argument getter of {@code value}, and of whatever they return, recording
   * escapes.
   */
  private static void exercise(
      Object value, String path, Map<Object, Boolean> seen, List<String> escaped, int depth) {
    if (value == null || depth > 6 || seen.put(value, true) != null) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> exercise(v, path, seen, escaped, depth + 1));
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        exercise(item, path + "[" + i++ + "]", seen, escaped, depth + 1);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> exercise(v, path + "{}", seen, escaped, depth + 1));
      return;
    }
    if (!value.getClass().getName().startsWith("ai.cotool.sdk.")) {
      return;
    }
    for (Method method : value.getClass().getMethods()) {
      if (method.getParameterCount() != 0
          || Modifier.isStatic(method.getModifiers())
          || method.getDeclaringClass() == Object.class
          || method.getName().equals("toBuilder")) {
        continue;
      }
      Object result;
      try {
        method.setAccessible(true);
        result = method.invoke(value);
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof CotoolInvalidDataException)) {
          escaped.add(path + "." + method.getName() + "() threw " + e.getCause());
        }
        continue;
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue; // not callable from here (for example a member of a non-public class)
      }
      exercise(result, path + "." + method.getName() + "()", seen, escaped, depth + 1);
    }
    try {
      String unusedText = value.toString();
      int unusedHash = value.hashCode();
    } catch (RuntimeException e) {
      escaped.add(path + ".toString()/hashCode() threw " + e);
    }
  }

  private static List<String> paths(JsonElement element, String prefix) {
    List<String> paths = new ArrayList<>();
    if (element.isJsonObject()) {
      for (Map.Entry<String, JsonElement> e : element.getAsJsonObject().entrySet()) {
        String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
        paths.add(path);
        paths.addAll(paths(e.getValue(), path));
      }
    } else if (element.isJsonArray() && element.getAsJsonArray().size() > 0) {
      String path = prefix + ".0";
      paths.add(path);
      paths.addAll(paths(element.getAsJsonArray().get(0), path));
    }
    return paths;
  }

  private static void replace(JsonElement root, String path, JsonElement value) {
    String[] parts = path.split("\\.");
    JsonElement parent = root;
    for (int i = 0; i < parts.length - 1; i++) {
      parent =
          parent.isJsonArray()
              ? parent.getAsJsonArray().get(Integer.parseInt(parts[i]))
              : parent.getAsJsonObject().get(parts[i]);
    }
    String last = parts[parts.length - 1];
    if (parent.isJsonArray()) {
      parent.getAsJsonArray().set(Integer.parseInt(last), value.deepCopy());
    } else {
      parent.getAsJsonObject().add(last, value.deepCopy());
    }
  }

  private static JsonArray arrayOf(JsonElement e) {
    JsonArray a = new JsonArray();
    a.add(e);
    return a;
  }

  private static JsonObject objectOf(String k, int v) {
    JsonObject o = new JsonObject();
    o.addProperty(k, v);
    return o;
  }
}
