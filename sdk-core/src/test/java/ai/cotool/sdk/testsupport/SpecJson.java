package ai.cotool.sdk.testsupport;

import ai.cotool.sdk.models.ApiModel;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code spec/openapi.json} as JSON, read once, for tests that follow the spec. */
public final class SpecJson {
  /** The spec file, from a module directory (where Maven runs the tests). */
  public static final Path PATH =
      Path.of(System.getProperty("user.dir")).resolve("../spec/openapi.json").normalize();

  private static final JsonObject SPEC = read();

  private SpecJson() {}

  /** The whole document. */
  public static JsonObject spec() {
    return SPEC;
  }

  /** Every operation object under {@code paths}, in the spec's order. */
  public static List<JsonObject> operations() {
    List<JsonObject> operations = new ArrayList<>();
    SPEC.getAsJsonObject("paths")
        .entrySet()
        .forEach(
            path ->
                path.getValue().getAsJsonObject().entrySet().stream()
                    .map(entry -> entry.getValue())
                    .filter(JsonElement::isJsonObject)
                    .forEach(operation -> operations.add(operation.getAsJsonObject())));
    return operations;
  }

  /** The schema behind a {@code $ref} (followed until there is none), or the schema itself. */
  public static JsonObject resolve(JsonObject schema) {
    if (!schema.has("$ref")) {
      return schema;
    }
    JsonObject target = SPEC;
    for (String segment : schema.get("$ref").getAsString().substring(2).split("/")) {
      target = target.getAsJsonObject(segment);
    }
    return resolve(target);
  }

  /** The {@code application/json} schema of a request body or response, if it has one. */
  public static Optional<JsonObject> jsonSchema(JsonObject bodyOrResponse) {
    JsonObject content = bodyOrResponse.getAsJsonObject("content");
    return content == null || !content.has("application/json")
        ? Optional.empty()
        : Optional.of(
            resolve(content.getAsJsonObject("application/json").getAsJsonObject("schema")));
  }

  /** The public class named by a schema's {@code x-cotool-name}, if it has one. */
  public static Optional<Class<?>> publicClass(JsonObject schema) {
    if (!schema.has("x-cotool-name")) {
      return Optional.empty();
    }
    String name = ApiModel.class.getPackageName() + "." + schema.get("x-cotool-name").getAsString();
    try {
      return Optional.of(Class.forName(name));
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no public class " + name, e);
    }
  }

  private static JsonObject read() {
    try {
      return JsonParser.parseString(Files.readString(PATH)).getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
