package ai.cotool.codegen;

import static ai.cotool.codegen.PublicClasses.extension;
import static ai.cotool.codegen.PublicClasses.javadoc;
import static ai.cotool.codegen.PublicClasses.nullable;
import static ai.cotool.codegen.PublicClasses.text;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The operations of the spec as Java: for each {@code x-cotool-resource}, the public interfaces
 * ({@code resource.mustache}: blocking and raw; {@code resourceAsync.mustache}: async and raw
 * async) and the internal service that implements all four ({@code service.mustache}); for each
 * paged list ({@code x-cotool-paging}), its page class ({@code page.mustache}); for each set of
 * query parameters ({@code x-cotool-params}), its params class ({@link QueryParams}); and the
 * client's resource accessors ({@code clientResources.mustache}, {@code services.mustache}).
 *
 * <p>An operation marked {@code x-cotool-handwritten: true} (the trigger's free-form payload) is
 * left to hand-written {@code …Resource}, {@code …ResourceAsync} and {@code …Service} classes of
 * the same shape; its resource still gets its accessor on the client.
 *
 * <p>Each generated file is one synthetic component whose extension ({@code x-resource}, {@code
 * x-resource-async}, {@code x-service}, {@code x-page}, {@code x-query-params}, {@code x-client})
 * is its view, routed to its package by {@link CotoolJavaCodegen#modelFilename}. The Java
 * expressions are computed here; templates only print them.
 */
final class Operations {
  static final String RESOURCES = "ai.cotool.sdk.resources";
  static final String INTERNAL = "ai.cotool.sdk.internal";
  static final String PAGING = "ai.cotool.sdk.paging";

  private final OpenAPI openAPI;
  private final CotoolJavaCodegen codegen;

  /** Resource accessor → its operations, in path order. */
  private final Map<String, List<Map<String, Object>>> byResource = new TreeMap<>();

  private final Map<String, Boolean> generated = new TreeMap<>();
  private final Map<String, Schema<?>> components = new TreeMap<>();

  Operations(OpenAPI openAPI, CotoolJavaCodegen codegen) {
    this.openAPI = openAPI;
    this.codegen = codegen;
  }

  /**
   * @return the synthetic components to generate, by file name; {@code routes} learns each one's
   *     package
   */
  Map<String, Schema<?>> collect(Map<String, String> routes) {
    if (openAPI.getPaths() == null) {
      return components;
    }
    openAPI
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          String resource =
                              (String) operation.getExtensions().get("x-cotool-resource");
                          boolean handwritten =
                              Boolean.TRUE.equals(
                                  operation.getExtensions().get("x-cotool-handwritten"));
                          generated.merge(resource, !handwritten, Boolean::logicalOr);
                          List<Map<String, Object>> ops =
                              byResource.computeIfAbsent(resource, r -> new ArrayList<>());
                          if (!handwritten) {
                            ops.add(operation(method.name(), path, item, operation, routes));
                          }
                        }));
    List<Map<String, Object>> resources = new ArrayList<>();
    byResource.forEach(
        (acc, ops) -> {
          Map<String, Object> view = resource(acc, ops);
          resources.add(view);
          if (generated.get(acc)) {
            String name = (String) view.get("resource");
            add(name + "Resource", RESOURCES, "x-resource", view, routes);
            add(name + "ResourceAsync", RESOURCES, "x-resource-async", view, routes);
            add(name + "Service", INTERNAL, "x-service", view, routes);
          }
        });
    Map<String, Object> client = Map.of("resources", resources);
    add("ClientResources", RESOURCES, "x-client", client, routes);
    add("ClientResourcesAsync", RESOURCES, "x-client-async", client, routes);
    add("Services", INTERNAL, "x-services", client, routes);
    return components;
  }

  private void add(
      String name, String pkg, String kind, Map<String, Object> view, Map<String, String> routes) {
    ObjectSchema component = new ObjectSchema();
    component.addExtension(kind, view);
    component.addProperty(
        "view", new StringSchema()); // the generator skips a component without properties
    components.put(name, component);
    routes.put(name, pkg);
  }

  private Map<String, Object> resource(String acc, List<Map<String, Object>> ops) {
    Map<String, Object> view = new LinkedHashMap<>();
    String name = Character.toUpperCase(acc.charAt(0)) + acc.substring(1);
    view.put("resource", name);
    view.put("acc", acc);
    Map<?, ?> docs =
        openAPI.getExtensions() == null
            ? null
            : (Map<?, ?>) openAPI.getExtensions().get("x-cotool-resources");
    Map<?, ?> doc = docs == null ? null : (Map<?, ?>) docs.get(acc);
    view.put("summary", doc != null ? doc.get("summary") : "the {@code " + acc + "} operations");
    view.put("doc", doc != null ? doc.get("description") : "The {@code " + acc + "} operations.");
    view.put("ops", ops);
    TreeSet<String> imports = new TreeSet<>();
    TreeSet<String> serviceImports = new TreeSet<>();
    boolean paged = false;
    boolean uuid = false;
    for (Map<String, Object> op : ops) {
      @SuppressWarnings("unchecked")
      List<String> types = (List<String>) op.get("imports");
      imports.addAll(types);
      serviceImports.addAll(types);
      paged |= op.get("paged") != Boolean.FALSE;
      uuid |= op.get("uuid") != Boolean.FALSE;
    }
    if (paged) {
      imports.add(PAGING + ".AutoPager");
      imports.add(PAGING + ".AsyncAutoPager");
      serviceImports.add(PAGING + ".AutoPager");
      serviceImports.add(PAGING + ".AsyncAutoPager");
    }
    if (uuid) {
      imports.add("java.util.UUID");
    }
    serviceImports.remove("java.util.List"); // the service template imports it
    view.put("imports", List.copyOf(imports));
    view.put("serviceImports", List.copyOf(serviceImports));
    return view;
  }

  private Map<String, Object> operation(
      String method, String path, PathItem item, Operation operation, Map<String, String> routes) {
    String http = method + " " + path;
    String javaName = (String) operation.getExtensions().get("x-cotool-method");
    if (javaName == null) {
      throw new IllegalStateException(http + ": no x-cotool-method");
    }
    Map<String, Object> op = new LinkedHashMap<>();
    List<String> imports = new ArrayList<>();
    op.put("method", javaName);
    op.put("http", http);
    String summary = javadoc(operation.getSummary());
    String description = javadoc(operation.getDescription());
    StringBuilder doc =
        new StringBuilder(summary != null ? summary + ": " : "")
            .append("{@code ")
            .append(http)
            .append("}.");
    if (description != null && !description.equals(summary)) {
      doc.append(' ').append(description).append('.');
    }
    if (!"GET".equals(method)) {
      doc.append(" Not retried once the request may have reached the server.");
    }
    op.put("doc", doc.toString());

    List<Map<String, Object>> params = new ArrayList<>();
    List<String> decl = new ArrayList<>();
    List<String> uuidDecl = new ArrayList<>();
    List<String> uuidArgs = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<String> segments = new ArrayList<>();
    Map<String, String> segmentOf = new LinkedHashMap<>();
    List<Parameter> parameters = new ArrayList<>();
    if (item.getParameters() != null) {
      parameters.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    List<String> queryNames = new ArrayList<>();
    for (Parameter parameter : parameters) {
      if ("query".equals(parameter.getIn())) {
        queryNames.add(parameter.getName());
        continue;
      }
      if (!"path".equals(parameter.getIn())) {
        throw new IllegalStateException(
            http + ": a " + parameter.getIn() + " parameter is not supported yet");
      }
      String json = parameter.getName();
      String acc =
          parameter.getExtensions() != null
                  && parameter.getExtensions().get("x-cotool-accessor") != null
              ? (String) parameter.getExtensions().get("x-cotool-accessor")
              : codegen.toVarName(json);
      Schema<?> schema = parameter.getSchema();
      String enumType = text(schema, CotoolJavaCodegen.NAME);
      String paramDoc = javadoc(parameter.getDescription());
      paramDoc = paramDoc != null ? paramDoc : "the {@code " + json + "}";
      String type = "String";
      String value;
      if (schema != null && schema.getEnum() != null && enumType != null) {
        type = enumType;
        imports.add("ai.cotool.sdk.models." + enumType);
        value =
            "Validate.known(\""
                + json
                + "\", Validate.required(\""
                + json
                + "\", "
                + acc
                + ")).value()";
        uuidDecl.add(type + " " + acc);
        uuidArgs.add(acc);
      } else if (schema != null && "uuid".equals(schema.getFormat())) {
        value = "Validate.uuid(\"" + json + "\", Validate.required(\"" + json + "\", " + acc + "))";
        paramDoc += ": a UUID, as text";
        uuidDecl.add("UUID " + acc);
        uuidArgs.add(acc + " == null ? null : " + acc + ".toString()");
      } else {
        value =
            "Validate.length(\""
                + json
                + "\", Validate.required(\""
                + json
                + "\", "
                + acc
                + "), 1, "
                + "Integer.MAX_VALUE)";
        uuidDecl.add("String " + acc);
        uuidArgs.add(acc);
      }
      lines.add("String " + acc + "Segment = " + value + ";");
      segmentOf.put(json, acc + "Segment");
      decl.add(type + " " + acc);
      params.add(Map.of("name", acc, "doc", paramDoc));
    }
    for (String segment : path.substring(1).split("/")) {
      if (segment.startsWith("{")) {
        String name = segment.substring(1, segment.length() - 1);
        if (!segmentOf.containsKey(name)) {
          throw new IllegalStateException(http + ": path parameter " + name + " is not declared");
        }
        segments.add(segmentOf.get(name));
      } else {
        segments.add('"' + segment + '"');
      }
    }

    String body = "null";
    String bodyType = null;
    if (operation.getRequestBody() != null) {
      Schema<?> schema = schema(operation.getRequestBody().getContent(), http + " request");
      bodyType = text(schema, CotoolJavaCodegen.NAME);
      if (bodyType == null) {
        throw new IllegalStateException(http + ": the request body has no x-cotool-name");
      }
      lines.add("String body = Validate.required(\"params\", params).toJson();");
      body = "body";
    }
    String queryConst = "Set.of()";
    String query = "List.of()";
    String queryType = (String) operation.getExtensions().get("x-cotool-params");
    if (!queryNames.isEmpty()) {
      if (queryType == null) {
        throw new IllegalStateException(
            http + ": query parameters need x-cotool-params (the params type)");
      }
      if (bodyType != null) {
        throw new IllegalStateException(
            http + ": a body and query parameters together are not supported yet");
      }
      queryConst = javaConstant(javaName) + "_QUERY";
      op.put("queryConst", queryConst);
      op.put("queryNames", String.join(", ", queryNames.stream().map(n -> '"' + n + '"').toList()));
      lines.add("Validate.required(\"params\", params);");
      query = "params.toQueryParams()";
      components.put(
          queryType, new QueryParams(codegen).component(queryType, http, parameters, routes));
    } else {
      op.put("queryConst", false);
    }
    String paramsType = bodyType != null ? bodyType : queryNames.isEmpty() ? null : queryType;
    if (paramsType != null) {
      imports.add("ai.cotool.sdk.models." + paramsType);
      decl.add(paramsType + " params");
      uuidDecl.add(paramsType + " params");
      uuidArgs.add("params");
      params.add(
          Map.of(
              "name",
              "params",
              "doc",
              bodyType != null ? "the request body" : "the query parameters"));
    }

    Schema<?> response = response(operation, http);
    boolean array = "array".equals(PublicClasses.type(response)) && response.getItems() != null;
    Schema<?> named = array ? resolve(response.getItems()) : response;
    String returns = text(named, CotoolJavaCodegen.NAME);
    if (returns == null) {
      throw new IllegalStateException(
          http + ": the response (or, for an array, its items) has no x-cotool-name");
    }
    imports.add("ai.cotool.sdk.models." + returns);
    String request =
        "new ApiRequest(\""
            + method
            + "\", List.of("
            + String.join(", ", segments)
            + "), "
            + query
            + ", "
            + queryConst
            + ", "
            + body
            + ")";
    String returnDoc = "the {@link " + returns + "}";
    Object paging = operation.getExtensions().get("x-cotool-paging");
    if (paging instanceof Map<?, ?> pagingSpec) {
      if (queryType == null) {
        throw new IllegalStateException(http + ": a paged list needs x-cotool-params");
      }
      Map<String, Object> page = page(http, returns, queryType, response, pagingSpec, routes);
      String pageType = (String) page.get("page");
      imports.add(PAGING + "." + pageType);
      imports.add("ai.cotool.sdk.models." + page.get("item"));
      lines.add(
          "return Prepared.streaming("
              + request
              + ", body -> new "
              + pageType
              + "("
              + returns
              + ".fromJson(body), params));");
      Map<String, Object> paged = new LinkedHashMap<>();
      paged.put("item", page.get("item"));
      paged.put(
          "argsPage",
          String.join(
              ", ", names(decl).stream().map(n -> n.equals("params") ? "page" : n).toList()));
      op.put("paged", paged);
      returns = pageType;
      returnDoc = "one page, with the parameters of the next";
    } else if (array) {
      if (named.getProperties() == null) {
        throw new IllegalStateException(
            http + ": an array response must be of a named object type");
      }
      op.put("paged", false);
      lines.add(
          "return Prepared.streaming("
              + request
              + ", body -> Json.decodeArray(body, "
              + returns
              + "::fromJson));");
      imports.add("java.util.List");
      returnDoc = "the {@link " + returns + "} items (unmodifiable; the server's order)";
      returns = "List<" + returns + ">";
    } else {
      op.put("paged", false);
      boolean union = response.getOneOf() != null || response.getAnyOf() != null;
      lines.add(
          "return Prepared."
              + (union ? "text" : "streaming")
              + "("
              + request
              + ", "
              + returns
              + "::fromJson);");
    }
    op.put("returns", returns);
    op.put("returnDoc", returnDoc);
    op.put("params", params);
    op.put("decl", String.join(", ", decl));
    op.put("args", String.join(", ", names(decl)));
    op.put(
        "types",
        String.join(", ", decl.stream().map(d -> d.substring(0, d.lastIndexOf(' '))).toList()));
    op.put("declOptions", String.join(", ", plus(decl, "RequestOptions options")));
    op.put("argsNone", String.join(", ", plus(names(decl), "RequestOptions.none()")));
    op.put("argsOptions", String.join(", ", plus(names(decl), "options")));
    if (uuidDecl.equals(decl)) {
      op.put("uuid", false);
    } else {
      Map<String, Object> overload = new LinkedHashMap<>();
      overload.put("decl", String.join(", ", uuidDecl));
      overload.put("declOptions", String.join(", ", plus(uuidDecl, "RequestOptions options")));
      overload.put("argsNone", String.join(", ", plus(uuidArgs, "RequestOptions.none()")));
      overload.put("argsOptions", String.join(", ", plus(uuidArgs, "options")));
      op.put("uuid", overload);
    }
    op.put("lines", lines.stream().map(line -> Map.of("line", line)).toList());
    op.put("imports", imports);
    return op;
  }

  /**
   * The page class of a paged list: its items, their id (for the pagers' dedupe), and how to read
   * the total.
   */
  private Map<String, Object> page(
      String http,
      String listType,
      String paramsType,
      Schema<?> list,
      Map<?, ?> paging,
      Map<String, String> routes) {
    String items = (String) paging.get("items");
    String total = paging.get("total") != null ? (String) paging.get("total") : "totalCount";
    String idName = paging.get("id") != null ? (String) paging.get("id") : "id";
    Schema<?> array = resolve((Schema<?>) list.getProperties().get(items));
    Schema<?> itemSchema =
        array == null || array.getItems() == null ? null : resolve(array.getItems());
    String item = text(itemSchema, CotoolJavaCodegen.NAME);
    if (item == null || list.getProperties().get(total) == null) {
      throw new IllegalStateException(
          http + ": x-cotool-paging must name an array of a named type and a total");
    }
    String pageType = paging.get("page") != null ? (String) paging.get("page") : item + "Page";
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("page", pageType);
    view.put("item", item);
    view.put("list", listType);
    view.put("params", paramsType);
    view.put("http", http);
    view.put("items", accessor(items, (Schema<?>) list.getProperties().get(items)));
    String totalAcc = accessor(total, (Schema<?>) list.getProperties().get(total));
    view.put(
        "total",
        strict(list, total) ? "body." + totalAcc + "()" : "body." + totalAcc + "().orElse(null)");
    view.put("totalWhere", listType + "." + total);
    Schema<?> idSchema =
        itemSchema.getProperties() == null
            ? null
            : (Schema<?>) itemSchema.getProperties().get(idName);
    if (idSchema == null) {
      view.put("id", "null");
    } else {
      String idAcc = accessor(idName, idSchema);
      view.put(
          "id",
          strict(itemSchema, idName)
              ? "item." + idAcc + "()"
              : "item." + idAcc + "().orElse(null)");
    }
    add(pageType, PAGING, "x-page", view, routes);
    return view;
  }

  private boolean strict(Schema<?> owner, String property) {
    Schema<?> declared = (Schema<?>) owner.getProperties().get(property);
    List<?> trusted = (List<?>) extension(owner, "x-cotool-strict");
    return owner.getRequired() != null
        && owner.getRequired().contains(property)
        && !nullable(declared)
        && !nullable(resolve(declared))
        && (trusted == null || trusted.contains(property));
  }

  private static String accessor(String json, Schema<?> declared) {
    String accessor = text(declared, "x-cotool-accessor");
    return accessor != null ? accessor : json;
  }

  private Schema<?> response(Operation operation, String http) {
    for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
      if (entry.getKey().startsWith("2")) {
        return schema(entry.getValue().getContent(), http + " response");
      }
    }
    throw new IllegalStateException(http + ": no 2xx response");
  }

  private Schema<?> schema(Map<String, MediaType> content, String where) {
    MediaType json = content == null ? null : content.get("application/json");
    if (json == null || json.getSchema() == null) {
      throw new IllegalStateException(where + ": only application/json bodies are supported");
    }
    return resolve(json.getSchema());
  }

  private Schema<?> resolve(Schema<?> schema) {
    if (schema == null || schema.get$ref() == null) {
      return schema;
    }
    String ref = schema.get$ref();
    return openAPI.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static String javaConstant(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  private static List<String> names(List<String> decl) {
    return decl.stream().map(d -> d.substring(d.lastIndexOf(' ') + 1)).toList();
  }

  private static List<String> plus(List<String> list, String last) {
    List<String> out = new ArrayList<>(list);
    out.add(last);
    return out;
  }
}
