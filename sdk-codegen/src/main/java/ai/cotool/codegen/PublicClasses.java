package ai.cotool.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public response classes: the object schemas (moved to components by the generator) named with
 * {@code x-cotool-name} of which one names, with {@code x-cotool-wire}, the internal generated
 * class it reads. {@code Outer.Inner} names become static nested classes of {@code Outer}.
 *
 * <p>Each top-level class becomes one synthetic component whose {@code x-class} extension is a view
 * of it, so that {@code publicClass.mustache} only picks between a few accessor shapes and prints
 * Java expressions computed here:
 *
 * <ul>
 *   <li>class: {@code name}, {@code wire}, {@code doc}, {@code top}, {@code mixin}, {@code props},
 *       {@code toString}, {@code classes} (nested), {@code extrasExcept};
 *   <li>property: {@code acc} (accessor), {@code json}, {@code doc}, {@code value} (the wire value,
 *       an expression), {@code strict} (required, not nullable: the accessor throws when it is
 *       missing), and one kind: {@code scalar} (its Java type), {@code flag} ({@code boolean},
 *       {@code false} when missing), {@code enumType}, {@code time} (an ISO-8601 {@code Instant}),
 *       {@code model} (a public class), {@code listOf} (a list of a Java type), {@code
 *       listOfModel}, {@code any} (any JSON value), {@code map} (a JSON object), {@code extraEnum}
 *       or {@code extraText} (a property only another schema of the same name declares, read from
 *       the wire's unknown properties), {@code extras} (unknown properties of a flattened object).
 * </ul>
 *
 * Schemas of one name merge: the wire schema's properties, then the others' (read from unknown
 * properties). A property whose object has the owner's name is flattened: its properties become the
 * owner's accessors.
 */
final class PublicClasses {
  private static final String WIRE_PACKAGE = "ai.cotool.sdk.internal.generated.model.";

  private final OpenAPI openAPI;
  private final CotoolJavaCodegen codegen;

  /** Schemas by public name, the wire schema first. */
  private final Map<String, List<Schema<?>>> byName = new TreeMap<>();

  /** While viewing one class: the wire value of each object flattened into it, and its schema. */
  private final Map<String, Schema<?>> flattened = new LinkedHashMap<>();

  PublicClasses(OpenAPI openAPI, CotoolJavaCodegen codegen) {
    this.openAPI = openAPI;
    this.codegen = codegen;
  }

  Map<String, Schema<?>> collect() {
    Map<String, Schema<?>> classes = new TreeMap<>();
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return classes;
    }
    for (Schema<?> schema : openAPI.getComponents().getSchemas().values()) {
      String name = text(schema, CotoolJavaCodegen.NAME);
      if (name != null && schema.getProperties() != null) {
        List<Schema<?>> named = byName.computeIfAbsent(name, n -> new ArrayList<>());
        named.add(text(schema, "x-cotool-wire") != null ? 0 : named.size(), schema);
      }
    }
    Set<Schema<?>> bodies = requestBodies();
    byName.forEach(
        (name, schemas) -> {
          if (!name.contains(".") && wired(name)) {
            ObjectSchema component = new ObjectSchema();
            boolean body = bodies.contains(schemas.get(0));
            component.addExtension(
                body ? "x-params" : "x-class",
                body ? new Params(codegen).view(name, schemas.get(0)) : view(name));
            // the template reads only x-class; one property keeps the generator from skipping a
            // free-form object
            component.addProperty("delegate", new io.swagger.v3.oas.models.media.StringSchema());
            classes.put(name, component);
          }
        });
    return classes;
  }

  /** The request body schemas, resolved. */
  private Set<Schema<?>> requestBodies() {
    Set<Schema<?>> bodies = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    if (openAPI.getPaths() != null) {
      openAPI.getPaths().values().stream()
          .flatMap(path -> path.readOperations().stream())
          .filter(
              operation ->
                  operation.getRequestBody() != null
                      && operation.getRequestBody().getContent() != null)
          .flatMap(operation -> operation.getRequestBody().getContent().values().stream())
          .filter(media -> media.getSchema() != null)
          .forEach(media -> bodies.add(resolve(media.getSchema())));
    }
    return bodies;
  }

  private boolean wired(String name) {
    return byName.containsKey(name) && text(byName.get(name).get(0), "x-cotool-wire") != null;
  }

  private Map<String, Object> view(String name) {
    List<Schema<?>> schemas = byName.get(name);
    Schema<?> wire = schemas.get(0);
    Map<String, Object> view = new LinkedHashMap<>();
    String simple = name.substring(name.lastIndexOf('.') + 1);
    view.put("name", simple);
    view.put("qualified", name);
    view.put("top", !name.contains("."));
    view.put("wire", WIRE_PACKAGE + text(wire, "x-cotool-wire"));
    String doc = javadoc(wire.getDescription());
    view.put("doc", doc != null ? doc + "." : "The {@code " + simple + "} object of the API.");
    String mixin = text(wire, "x-cotool-mixin");
    view.put("mixin", mixin != null ? mixin : false);

    List<Map<String, Object>> props = new ArrayList<>();
    List<String> fromExtras = new ArrayList<>();
    flattened.clear();
    addProperties(props, name, wire, "delegate", wire);
    Map.Entry<String, Schema<?>> primaryFlat =
        flattened.isEmpty() ? null : flattened.entrySet().iterator().next();
    for (Schema<?> other : schemas.subList(1, schemas.size())) {
      if (flattenedInto(name, other)) {
        // another shape's flattened object: what the primary's lacks is read from that object's
        // unknown properties
        if (primaryFlat == null || primaryFlat.getValue() == other) {
          continue;
        }
        String holder = primaryFlat.getKey();
        for (Map.Entry<String, Schema> entry : other.getProperties().entrySet()) {
          if (!primaryFlat.getValue().getProperties().containsKey(entry.getKey())
              && props.stream()
                  .noneMatch(
                      prop -> prop.get("acc").equals(accessor(entry.getKey(), entry.getValue())))) {
            props.add(
                extraProperty(
                    name,
                    entry.getKey(),
                    entry.getValue(),
                    "(" + holder + " == null ? null : " + holder + ".getAdditionalProperties())"));
          }
        }
        continue;
      }
      for (Map.Entry<String, Schema> entry : other.getProperties().entrySet()) {
        if (!wire.getProperties().containsKey(entry.getKey())
            && props.stream()
                .noneMatch(
                    prop -> prop.get("acc").equals(accessor(entry.getKey(), entry.getValue())))) {
          props.add(
              extraProperty(
                  name, entry.getKey(), entry.getValue(), "delegate.getAdditionalProperties()"));
          fromExtras.add('"' + entry.getKey() + '"');
        }
      }
    }
    view.put("props", props);
    view.put(
        "extrasExcept",
        fromExtras.isEmpty() ? false : "java.util.Set.of(" + String.join(", ", fromExtras) + ")");
    view.put("toString", printed(wire, props));

    List<Map<String, Object>> nested = new ArrayList<>();
    for (String other : byName.keySet()) {
      if (other.startsWith(name + ".")
          && other.indexOf('.', name.length() + 1) < 0
          && wired(other)) {
        nested.add(view(other));
      }
    }
    view.put("classes", nested);
    return view;
  }

  /**
   * Whether {@code schema} is the object of a property of another schema of that name (so flattened
   * into it).
   */
  private boolean flattenedInto(String name, Schema<?> schema) {
    return byName.get(name).stream()
        .filter(owner -> owner != schema)
        .flatMap(owner -> owner.getProperties().values().stream())
        .anyMatch(property -> resolve(property) == schema);
  }

  /**
   * @param owner the schema that sets strictness ({@code required}, {@code x-cotool-strict})
   */
  private void addProperties(
      List<Map<String, Object>> props,
      String name,
      Schema<?> schema,
      String holder,
      Schema<?> owner) {
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    List<?> trusted = (List<?>) extension(owner, "x-cotool-strict");
    for (Map.Entry<String, Schema> entry : schema.getProperties().entrySet()) {
      String json = entry.getKey();
      Schema<?> declared = entry.getValue();
      Schema<?> resolved = resolve(declared);
      String getter = "get" + codegen.getterAndSetterCapitalize(codegen.toVarName(json));
      String value =
          holder.equals("delegate")
              ? "delegate." + getter + "()"
              : "(" + holder + " == null ? null : " + holder + "." + getter + "())";
      if (name.equals(text(resolved, CotoolJavaCodegen.NAME))) {
        flattened.putIfAbsent(value, resolved);
        addProperties(props, name, resolved, value, owner); // flattened into its owner
        String extras = text(resolved, "x-cotool-extras-accessor");
        if (extras != null) {
          Map<String, Object> prop =
              property(extras, json, "unknown properties of {@code " + json + "}", value);
          prop.put("extras", true);
          props.add(prop);
        }
        continue;
      }
      boolean strict =
          required.contains(json)
              && !nullable(declared)
              && !nullable(resolved)
              && (trusted == null || trusted.contains(json));
      props.add(
          kind(
              name + "." + json,
              property(accessor(json, declared), json, doc(json, declared, resolved), value),
              declared,
              resolved,
              strict));
    }
  }

  private Map<String, Object> kind(
      String where,
      Map<String, Object> prop,
      Schema<?> declared,
      Schema<?> schema,
      boolean strict) {
    prop.put("strict", strict);
    String publicName = text(schema, CotoolJavaCodegen.NAME);
    String type = type(schema);
    if (schema.getEnum() != null && publicName != null) {
      prop.put("enumType", publicName);
      prop.put(
          "text",
          "(" + prop.get("value") + " == null ? null : " + prop.get("value") + ".getValue())");
    } else if (schema.getProperties() != null && publicName != null) {
      prop.put("model", publicName);
      prop.put("wrap", wrap(publicName, schema));
    } else if (Boolean.TRUE.equals(extension(declared, "x-cotool-timestamp"))
        || "date-time".equals(schema.getFormat())) {
      prop.put("time", true);
    } else if ("boolean".equals(type)
        && Boolean.FALSE.equals(extension(declared, "x-cotool-default"))) {
      prop.put("flag", true);
    } else if ("array".equals(type)) {
      Schema<?> items = resolve(schema.getItems());
      String itemName = text(items, CotoolJavaCodegen.NAME);
      if (items.getProperties() != null && itemName != null) {
        prop.put("listOfModel", itemName);
        prop.put("wrap", wrap(itemName, items));
      } else {
        prop.put("listOf", scalar(where + "[]", items));
      }
    } else if (type == null) {
      prop.put("any", true);
    } else if ("object".equals(type)) {
      prop.put("map", true);
    } else {
      prop.put("scalar", scalar(where, schema));
    }
    return prop;
  }

  /**
   * How to make the public {@code name} of a wire value of {@code schema}: its constructor, or, for
   * another shape of that name (its own generated class), its constructor after reading the value
   * as the primary's wire class.
   */
  private String wrap(String name, Schema<?> schema) {
    List<Schema<?>> shapes = byName.get(name);
    String wire = shapes == null ? null : text(shapes.get(0), "x-cotool-wire");
    if (wire == null || schema == shapes.get(0) || wire.equals(text(schema, "x-cotool-wire"))) {
      return name + "::new";
    }
    return "w -> new " + name + "(Json.rewire(w, " + WIRE_PACKAGE + wire + ".class))";
  }

  private Map<String, Object> extraProperty(
      String name, String json, Schema<?> declared, String extras) {
    Schema<?> schema = resolve(declared);
    Map<String, Object> prop =
        property(
            accessor(json, declared),
            json,
            doc(json, declared, schema),
            "Models.extraText(" + extras + ", TYPE, \"" + json + "\")");
    String publicName = text(schema, CotoolJavaCodegen.NAME);
    if (schema.getEnum() != null && publicName != null) {
      prop.put("extraEnum", publicName);
    } else if ("string".equals(type(schema))) {
      prop.put("extraText", true);
    } else {
      throw new IllegalStateException(
          name + "." + json + ": only text properties can be read from another shape");
    }
    return prop;
  }

  private static Map<String, Object> property(
      String accessor, String json, String doc, String value) {
    Map<String, Object> prop = new LinkedHashMap<>();
    for (String kind :
        List.of(
            "scalar",
            "flag",
            "enumType",
            "time",
            "model",
            "listOf",
            "listOfModel",
            "any",
            "map",
            "extraEnum",
            "extraText",
            "extras",
            "strict",
            "wrap")) {
      prop.put(kind, false); // every key set: a nested context must not see its parent's
    }
    prop.put("acc", accessor);
    prop.put("json", json);
    prop.put("doc", doc);
    prop.put("value", value);
    return prop;
  }

  /**
   * toString(): the properties {@code x-cotool-to-string} lists, in its order, or every single
   * value.
   */
  private static List<Map<String, Object>> printed(
      Schema<?> wire, List<Map<String, Object>> props) {
    List<?> listed = (List<?>) extension(wire, "x-cotool-to-string");
    List<?> secret = (List<?>) extension(wire, "x-cotool-secret");
    List<Map<String, Object>> printed = new ArrayList<>();
    for (Map<String, Object> prop : props) {
      boolean single =
          Boolean.FALSE.equals(prop.get("listOf"))
              && Boolean.FALSE.equals(prop.get("listOfModel"))
              && Boolean.FALSE.equals(prop.get("extras"))
              && Boolean.FALSE.equals(prop.get("model"));
      if (listed == null ? single : listed.contains(prop.get("json"))) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("json", prop.get("json"));
        boolean hidden = secret != null && secret.contains(prop.get("json"));
        item.put(
            "expression",
            (hidden ? "Models.redacted(" : "Models.abbreviate(") + prop.get("value") + ")");
        printed.add(item);
      }
    }
    if (listed != null) {
      printed.sort(java.util.Comparator.comparingInt(item -> listed.indexOf(item.get("json"))));
    }
    for (int i = 0; i < printed.size(); i++) {
      printed.get(i).put("label", (i == 0 ? "" : ", ") + printed.get(i).get("json") + "=");
    }
    return printed;
  }

  private static String accessor(String json, Schema<?> declared) {
    String accessor = text(declared, "x-cotool-accessor");
    return accessor != null ? accessor : json;
  }

  private static String doc(String json, Schema<?> declared, Schema<?> resolved) {
    String doc =
        javadoc(
            declared.getDescription() != null
                ? declared.getDescription()
                : resolved.getDescription());
    return doc != null ? doc : "the {@code " + json + "} property";
  }

  static String scalar(String where, Schema<?> schema) {
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
        // the spec's integers have no maximum (and the wire classes map them to BigInteger)
        return "int64".equals(schema.getFormat()) ? "Long" : "java.math.BigInteger";
      case "number":
        return "java.math.BigDecimal";
      default:
        throw new IllegalStateException(
            where + ": a " + type + " is not supported in a generated class yet");
    }
  }

  /** The type other than {@code null}, for OpenAPI 3.0 and 3.1 schemas. */
  static String type(Schema<?> schema) {
    if (schema.getTypes() != null) {
      return schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
    }
    return schema.getType();
  }

  static boolean nullable(Schema<?> schema) {
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
    String out =
        text.strip()
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("*/", "*&#47;")
            .replace("@", "&#64;");
    return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
  }

  static String text(Schema<?> schema, String name) {
    Object value = extension(schema, name);
    return value == null ? null : value.toString();
  }

  static Object extension(Schema<?> schema, String name) {
    return schema == null || schema.getExtensions() == null
        ? null
        : schema.getExtensions().get(name);
  }
}
