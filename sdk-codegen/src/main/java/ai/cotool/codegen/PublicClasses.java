package ai.cotool.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public response classes: every object schema (after the generator moved inline objects to components) with
 * both {@code x-cotool-name} and {@code x-cotool-wire}, the generated internal class that the public one reads.
 *
 * <p>Each becomes a synthetic component named after the public class, whose properties carry what
 * {@code publicClass.mustache} needs in vendor extensions, so that the template only chooses between a few shapes:
 * {@code x-acc} (accessor), {@code x-get} (getter of the internal class), {@code x-json} (JSON name), {@code x-doc}
 * (Javadoc text), {@code x-strict} (required and not nullable: the accessor throws when it is missing), and one kind
 * of {@code x-scalar} (a Java type), {@code x-enum} (a public enumeration), {@code x-time} (an ISO-8601 timestamp
 * read as an {@code Instant}) or {@code x-model} (a public class).
 */
final class PublicClasses {
  private final OpenAPI openAPI;

  PublicClasses(OpenAPI openAPI) {
    this.openAPI = openAPI;
  }

  Map<String, Schema<?>> collect() {
    Map<String, Schema<?>> classes = new TreeMap<>();
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return classes;
    }
    for (Schema<?> schema : openAPI.getComponents().getSchemas().values()) {
      String name = extension(schema, CotoolJavaCodegen.NAME);
      if (name != null && extension(schema, "x-cotool-wire") != null && schema.getProperties() != null) {
        if (classes.containsKey(name)) {
          throw new IllegalStateException("two schemas with x-cotool-wire are named " + name);
        }
        classes.put(name, publicClass(name, schema));
      }
    }
    return classes;
  }

  private Schema<?> publicClass(String name, Schema<?> schema) {
    ObjectSchema out = new ObjectSchema();
    out.setDescription(javadoc(schema.getDescription()));
    out.setExtensions(new java.util.LinkedHashMap<>(schema.getExtensions()));
    out.addExtension("x-wire", "ai.cotool.sdk.internal.generated.model." + extension(schema, "x-cotool-wire"));
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    for (Map.Entry<String, Schema> entry : schema.getProperties().entrySet()) {
      String json = entry.getKey();
      out.addProperty(json, property(name, json, entry.getValue(), required.contains(json)));
    }
    // toString(): the properties x-cotool-to-string lists, in its order, or all of them
    List<?> listed = (List<?>) schema.getExtensions().get("x-cotool-to-string");
    List<Map<String, Object>> printed = new ArrayList<>();
    for (Object json : listed != null ? listed : new ArrayList<>(schema.getProperties().keySet())) {
      Map<String, Object> extensions = out.getProperties().get(json.toString()).getExtensions();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("label", (printed.isEmpty() ? "" : ", ") + json + "=");
      item.put("get", extensions.get("x-get"));
      item.put("secret", Boolean.TRUE.equals(extensions.get("x-secret")));
      printed.add(item);
    }
    out.addExtension("x-to-string", printed);
    return out;
  }

  private Schema<?> property(String owner, String json, Schema<?> declared, boolean required) {
    Schema<?> schema = resolve(declared);
    StringSchema out = new StringSchema();
    String accessor = extension(declared, "x-cotool-accessor");
    out.addExtension("x-acc", accessor != null ? accessor : json);
    out.addExtension("x-get", "get" + Character.toUpperCase(json.charAt(0)) + json.substring(1));
    out.addExtension("x-json", json);
    String doc = javadoc(declared.getDescription() != null ? declared.getDescription() : schema.getDescription());
    out.addExtension("x-doc", doc == null ? "the {@code " + json + "} property" : doc);
    out.addExtension("x-strict", required && !nullable(declared) && !nullable(schema));
    out.addExtension("x-secret", Boolean.TRUE.equals(schema.getExtensions() == null ? null
        : schema.getExtensions().get("x-cotool-secret")));
    String publicName = extension(schema, CotoolJavaCodegen.NAME);
    if (schema.getEnum() != null && publicName != null) {
      out.addExtension("x-enum", publicName);
    } else if (schema.getProperties() != null && publicName != null) {
      out.addExtension("x-model", publicName);
    } else if (Boolean.TRUE.equals(extensionObject(schema, "x-cotool-timestamp"))) {
      out.addExtension("x-time", true);
    } else {
      out.addExtension("x-scalar", scalar(owner + "." + json, schema));
    }
    return out;
  }

  private static String scalar(String where, Schema<?> schema) {
    String type = type(schema);
    if (type == null) {
      return "Object";
    }
    switch (type) {
      case "string":
        return "String";
      case "boolean":
        return "Boolean";
      case "integer":
        return "int64".equals(schema.getFormat()) ? "Long" : "Integer";
      case "number":
        return "java.math.BigDecimal";
      default:
        throw new IllegalStateException(where + ": a " + type + " property is not supported in a generated class yet");
    }
  }

  /** The type other than {@code null}, for OpenAPI 3.0 and 3.1 schemas. */
  private static String type(Schema<?> schema) {
    if (schema.getTypes() != null) {
      return schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
    }
    return schema.getType();
  }

  private static boolean nullable(Schema<?> schema) {
    return Boolean.TRUE.equals(schema.getNullable())
        || (schema.getTypes() != null && schema.getTypes().contains("null"))
        || (schema.getEnum() != null && schema.getEnum().contains(null));
  }

  private Schema<?> resolve(Schema<?> schema) {
    String ref = schema.get$ref();
    if (ref == null) {
      return schema;
    }
    return openAPI.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  /** Text for Javadoc: HTML-escaped, without a closing comment, without a final period. */
  static String javadoc(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String out = text.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*/", "*&#47;").replace("@", "&#64;");
    return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
  }

  private static String extension(Schema<?> schema, String name) {
    Object value = extensionObject(schema, name);
    return value == null ? null : value.toString();
  }

  private static Object extensionObject(Schema<?> schema, String name) {
    return schema == null || schema.getExtensions() == null ? null : schema.getExtensions().get(name);
  }
}
