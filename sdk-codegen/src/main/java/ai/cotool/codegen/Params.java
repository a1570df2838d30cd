package ai.cotool.codegen;

import static ai.cotool.codegen.PublicClasses.extension;
import static ai.cotool.codegen.PublicClasses.javadoc;
import static ai.cotool.codegen.PublicClasses.nullable;
import static ai.cotool.codegen.PublicClasses.scalar;
import static ai.cotool.codegen.PublicClasses.text;
import static ai.cotool.codegen.PublicClasses.type;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The view of a request body for {@code publicParams.mustache}: an immutable params class with a
 * builder, whose {@code build()} checks every constraint of the schema through {@code
 * ai.cotool.sdk.internal.Validate} (so a check added there applies to every generated field), and
 * which writes the body through the internal wire class.
 *
 * <p>Property keys: {@code acc}, {@code json}, {@code doc}, {@code type} (Java), {@code required},
 * {@code list} (item type, or false), {@code enumType} (or false), {@code check} (the validating
 * expression over {@code builder.<acc>}), {@code wireSet} (the wire class's fluent setter), {@code
 * wireValue}. A constraint this generator does not check yet fails the build rather than being
 * skipped.
 */
final class Params {
  private final CotoolJavaCodegen codegen;

  Params(CotoolJavaCodegen codegen) {
    this.codegen = codegen;
  }

  Map<String, Object> view(String name, Schema<?> schema) {
    String wire = "ai.cotool.sdk.internal.generated.model." + text(schema, "x-cotool-wire");
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", name);
    view.put("wire", wire);
    String doc = javadoc(schema.getDescription());
    view.put("doc", doc != null ? doc + "." : "The body of a request.");
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    List<Map<String, Object>> props = new ArrayList<>();
    for (Map.Entry<String, Schema> entry : schema.getProperties().entrySet()) {
      props.add(
          property(
              name, wire, entry.getKey(), entry.getValue(), required.contains(entry.getKey())));
    }
    view.put("props", props);
    view.put(
        "required",
        props.stream()
            .filter(p -> Boolean.TRUE.equals(p.get("required")))
            .map(p -> "{@code " + p.get("json") + "}")
            .reduce((a, b) -> a + ", " + b)
            .orElse("nothing"));
    view.put("toString", printed(schema, props));
    return view;
  }

  private Map<String, Object> property(
      String owner, String wire, String json, Schema<?> declared, boolean required) {
    String where = owner + "." + json;
    String accessor = text(declared, "x-cotool-accessor");
    String acc = accessor != null ? accessor : json;
    String varName = codegen.toVarName(json);
    Map<String, Object> prop = new LinkedHashMap<>();
    prop.put("acc", acc);
    prop.put("json", json);
    String doc = javadoc(declared.getDescription());
    prop.put("doc", doc != null ? doc : "the {@code " + json + "} property");
    prop.put("required", required && !nullable(declared));
    prop.put("wireSet", varName);
    prop.put("list", false);
    prop.put("enumType", false);
    String publicName = text(declared, CotoolJavaCodegen.NAME);
    String check = "builder." + acc;
    String wireValue = acc;
    if (declared.getEnum() != null && publicName != null) {
      prop.put("type", publicName);
      prop.put("enumType", publicName);
      check = "Validate.known(\"" + json + "\", " + check + ")";
      wireValue =
          wire
              + "."
              + codegen.getterAndSetterCapitalize(varName)
              + "Enum.fromValue("
              + acc
              + ".value())";
    } else if ("object".equals(type(declared)) && declared.getProperties() == null) {
      prop.put("type", "Map<String, Object>"); // a free-form JSON object
      check =
          check
              + " == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>("
              + check
              + "))";
      wireValue = "new java.util.LinkedHashMap<>(" + acc + ")";
    } else if ("array".equals(type(declared))) {
      String item = scalar(where + "[]", declared.getItems());
      prop.put("type", "List<" + item + ">");
      prop.put("list", item);
      unsupported(where, declared, "minItems", "maxItems", "uniqueItems");
      check =
          check
              + " == null ? null : List.copyOf(Validate.noNullItems(\""
              + json
              + "\", "
              + check
              + "))";
      wireValue = "new ArrayList<>(" + acc + ")";
    } else {
      String type = scalar(where, declared);
      prop.put("type", type);
      unsupported(
          where,
          declared,
          "pattern",
          "format",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum");
      if ("String".equals(type)) {
        int min = declared.getMinLength() == null ? 0 : declared.getMinLength();
        String max =
            declared.getMaxLength() == null
                ? "Integer.MAX_VALUE"
                : declared.getMaxLength().toString();
        check = "Validate.length(\"" + json + "\", " + check + ", " + min + ", " + max + ")";
      }
    }
    if (Boolean.TRUE.equals(prop.get("required"))) {
      check =
          check.replace(
              "builder." + acc, "Validate.required(\"" + json + "\", builder." + acc + ")");
    }
    prop.put("check", check);
    prop.put("wireValue", wireValue);
    return prop;
  }

  private static void unsupported(String where, Schema<?> schema, String... keywords) {
    for (String keyword : keywords) {
      Object value =
          switch (keyword) {
            case "minItems" -> schema.getMinItems();
            case "maxItems" -> schema.getMaxItems();
            case "uniqueItems" -> schema.getUniqueItems();
            case "pattern" -> schema.getPattern();
            case "format" -> schema.getFormat();
            case "minimum" -> schema.getMinimum();
            case "maximum" -> schema.getMaximum();
            case "exclusiveMinimum" -> schema.getExclusiveMinimumValue();
            default -> schema.getExclusiveMaximumValue();
          };
      if (value != null) {
        throw new IllegalStateException(
            where + ": " + keyword + " is not checked by generated params yet");
      }
    }
  }

  /** toString(): listed properties, in order; {@code x-cotool-secret} ones only by their length. */
  private static List<Map<String, Object>> printed(
      Schema<?> schema, List<Map<String, Object>> props) {
    List<?> listed = (List<?>) extension(schema, "x-cotool-to-string");
    List<?> secret = (List<?>) extension(schema, "x-cotool-secret");
    List<Map<String, Object>> printed = new ArrayList<>();
    for (Object json : listed != null ? listed : props.stream().map(p -> p.get("json")).toList()) {
      Map<String, Object> prop =
          props.stream().filter(p -> p.get("json").equals(json)).findFirst().orElseThrow();
      String acc = (String) prop.get("acc");
      String expression =
          secret != null && secret.contains(json)
              ? "Models.length(" + acc + ")"
              : Boolean.FALSE.equals(prop.get("enumType"))
                  ? acc
                  : "(" + acc + " == null ? null : " + acc + ".value())";
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("label", (printed.isEmpty() ? "" : ", ") + json + "=");
      item.put("expression", expression);
      printed.add(item);
    }
    return printed;
  }
}
