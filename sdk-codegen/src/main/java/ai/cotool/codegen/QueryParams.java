package ai.cotool.codegen;

import static ai.cotool.codegen.PublicClasses.javadoc;
import static ai.cotool.codegen.PublicClasses.text;
import static ai.cotool.codegen.PublicClasses.type;

import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query parameters of an operation ({@code x-cotool-params}) as an immutable params class with
 * a builder ({@code queryParams.mustache}). Every setter checks its argument at once, through
 * {@code internal.Validate}.
 *
 * <p>Kinds, by schema: an integer ({@code int} when it has a maximum, else {@code long}; its {@code
 * default} read when unset; constants {@code DEFAULT_…} and {@code MAX_…}); a UUID ({@code UUID}
 * and text setters); a string listing enumeration values separated by commas ({@code
 * x-cotool-list-of}: typed and text setters, typed and text accessors); an enumeration; a boolean;
 * any other string (its length checked). A query parameter named {@code offset} makes the class
 * {@code OffsetParams}, for the auto-pagers.
 */
final class QueryParams {
  private final CotoolJavaCodegen codegen;

  QueryParams(CotoolJavaCodegen codegen) {
    this.codegen = codegen;
  }

  Schema<?> component(
      String name, String http, List<Parameter> parameters, Map<String, String> routes) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", name);
    view.put("http", http);
    List<Map<String, Object>> props = new ArrayList<>();
    List<Map<String, Object>> constants = new ArrayList<>();
    boolean offset = false;
    for (Parameter parameter : parameters) {
      if ("query".equals(parameter.getIn())) {
        props.add(property(name, parameter, constants));
        offset |= parameter.getName().equals("offset");
      }
    }
    view.put("props", props);
    view.put("constants", constants);
    view.put("offset", offset);
    view.put("order", String.join(", ", props.stream().map(p -> (String) p.get("json")).toList()));
    ObjectSchema component = new ObjectSchema();
    component.addExtension("x-query-params", view);
    component.addProperty("view", new StringSchema());
    routes.put(name, "ai.cotool.sdk.models");
    return component;
  }

  private Map<String, Object> property(
      String owner, Parameter parameter, List<Map<String, Object>> constants) {
    String json = parameter.getName();
    Schema<?> schema = parameter.getSchema();
    String where = owner + "." + json;
    Map<String, Object> prop = new LinkedHashMap<>();
    for (String kind : List.of("integer", "uuid", "commaList", "enumType", "flag", "text")) {
      prop.put(kind, false);
    }
    String accessor =
        parameter.getExtensions() == null
            ? null
            : (String) parameter.getExtensions().get("x-cotool-accessor");
    String acc = accessor != null ? accessor : codegen.toVarName(json);
    prop.put("acc", acc);
    prop.put("json", json);
    String doc =
        javadoc(
            parameter.getDescription() != null
                ? parameter.getDescription()
                : schema.getDescription());
    prop.put("doc", doc != null ? doc : "the {@code " + json + "} parameter");
    String constant = json.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    String listOf =
        parameter.getExtensions() == null
            ? null
            : (String) parameter.getExtensions().get("x-cotool-list-of");
    String type = type(schema);
    if (listOf != null) {
      Map<String, Object> list = new LinkedHashMap<>();
      list.put("enum", listOf);
      list.put("values", json + "Values");
      prop.put("commaList", list);
      prop.put("field", "List<String>");
      prop.put("initial", " = List.of()");
      prop.put("wire", "(" + acc + ".isEmpty() ? null : String.join(\",\", " + acc + "))");
    } else if ("integer".equals(type)) {
      boolean small =
          schema.getMaximum() != null
              && schema.getMaximum().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
      String primitive = small ? "int" : "long";
      boolean offset = json.equals("offset"); // the pagers' offset: never negative, 0 when not sent
      String min =
          offset && schema.getMinimum() == null
              ? "0"
              : schema.getMinimum() != null
                  ? schema.getMinimum().toBigInteger().toString()
                  : small ? "Integer.MIN_VALUE" : "Long.MIN_VALUE";
      String max =
          schema.getMaximum() != null
              ? "MAX_" + constant
              : small ? "Integer.MAX_VALUE" : "Long.MAX_VALUE";
      if (schema.getMaximum() != null) {
        constants.add(
            constant(
                "MAX_" + constant,
                primitive,
                schema.getMaximum().toBigInteger().toString(),
                "The largest {@code " + json + "} the API accepts."));
      }
      Map<String, Object> integer = new LinkedHashMap<>();
      integer.put("primitive", primitive);
      integer.put("boxed", small ? "Integer" : "Long");
      integer.put(
          "check",
          (small ? "(int) " : "")
              + "Validate.range(\""
              + json
              + "\", "
              + acc
              + ", "
              + min
              + ", "
              + max
              + ")");
      if (schema.getDefault() != null) {
        String defaultName = "DEFAULT_" + constant;
        constants.add(
            constant(
                defaultName,
                primitive,
                schema.getDefault().toString(),
                "The {@code " + json + "} the server applies when it is not sent."));
        integer.put("defaultValue", defaultName);
      } else if (offset) {
        constants.add(
            constant(
                "DEFAULT_OFFSET",
                primitive,
                "0",
                "The {@code offset} of the first page (the API states no default; a list starts at 0)."));
        integer.put("defaultValue", "DEFAULT_OFFSET");
      } else {
        integer.put("defaultValue", false);
      }
      prop.put("integer", integer);
      prop.put("field", small ? "Integer" : "Long");
      prop.put("initial", "");
      prop.put("wire", "(" + acc + " == null ? null : " + acc + ".toString())");
    } else if ("string".equals(type) && "uuid".equals(schema.getFormat())) {
      prop.put("uuid", true);
      prop.put("field", "String");
      prop.put("initial", "");
      prop.put("wire", acc);
    } else if (schema.getEnum() != null && text(schema, CotoolJavaCodegen.NAME) != null) {
      prop.put("enumType", text(schema, CotoolJavaCodegen.NAME));
      prop.put("field", text(schema, CotoolJavaCodegen.NAME));
      prop.put("initial", "");
      prop.put("wire", "(" + acc + " == null ? null : " + acc + ".value())");
    } else if ("boolean".equals(type)) {
      prop.put("flag", true);
      prop.put("field", "Boolean");
      prop.put("initial", "");
      prop.put("wire", "(" + acc + " == null ? null : " + acc + ".toString())");
    } else if ("string".equals(type)) {
      if (schema.getPattern() != null || schema.getFormat() != null) {
        throw new IllegalStateException(
            where + ": pattern and format are not checked by generated params yet");
      }
      // an empty query value is never what a caller means (null leaves the parameter out), so at
      // least 1
      int minLength = schema.getMinLength() == null ? 1 : schema.getMinLength();
      String maxLength = "Integer.MAX_VALUE";
      if (schema.getMaxLength() != null) {
        maxLength = "MAX_" + constant + "_LENGTH";
        constants.add(
            constant(
                maxLength,
                "int",
                schema.getMaxLength().toString(),
                "The longest {@code " + json + "} the API accepts, in Unicode code points."));
      }
      prop.put(
          "text",
          "Validate.length(\"" + json + "\", " + acc + ", " + minLength + ", " + maxLength + ")");
      prop.put("field", "String");
      prop.put("initial", "");
      prop.put("wire", acc);
    } else {
      throw new IllegalStateException(
          where + ": a " + type + " query parameter is not supported yet");
    }
    return prop;
  }

  private static Map<String, Object> constant(String name, String type, String value, String doc) {
    Map<String, Object> constant = new LinkedHashMap<>();
    constant.put("name", name);
    constant.put("type", type);
    constant.put("value", value);
    constant.put("doc", doc);
    return constant;
  }
}
