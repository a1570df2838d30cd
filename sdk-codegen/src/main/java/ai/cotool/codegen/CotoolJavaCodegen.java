package ai.cotool.codegen;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openapitools.codegen.languages.JavaClientCodegen;

/**
 * Writes the public types of {@code ai.cotool.sdk.models} that the spec names with {@code
 * x-cotool-name}, with the templates in {@code resources/cotool-java} (tracks openapi-generator
 * 7.25.0).
 *
 * <p>{@link #preprocessOpenAPI} runs after the generator has moved inline objects to components,
 * and replaces the document by one component per public type; the ordinary model pipeline then
 * writes each through {@code model.mustache}:
 *
 * <ul>
 *   <li>enumerations: inline, some repeated (the three trigger-type properties of an alert) and
 *       some extended in a second place (a third {@code builtInAgentType} value in the accept
 *       response), so one enum per name with the union of the values, in order of first appearance,
 *       without {@code null} ({@code publicEnum.mustache});
 *   <li>response classes and request params with {@code x-cotool-wire}: see {@link PublicClasses}
 *       and {@link Params}.
 * </ul>
 */
public class CotoolJavaCodegen extends JavaClientCodegen {
  static final String NAME = "x-cotool-name";

  /** The package of each generated file not in the model package (resources, services, pages). */
  private final Map<String, String> packages = new java.util.HashMap<>();

  public CotoolJavaCodegen() {
    super();
    templateDir = "cotool-java";
    embeddedTemplateDir = "cotool-java";
  }

  @Override
  public String getName() {
    return "cotool-java";
  }

  @Override
  public String getHelp() {
    return "The public models of the Cotool Java SDK.";
  }

  /** Writes resources, services and pages to their own packages (see {@link Operations}). */
  @Override
  public String modelFilename(String templateName, String modelName) {
    String pkg = packages.get(modelName);
    if (pkg == null) {
      return super.modelFilename(templateName, modelName);
    }
    return outputFolder
        + java.io.File.separator
        + sourceFolder
        + java.io.File.separator
        + pkg.replace('.', java.io.File.separatorChar)
        + java.io.File.separator
        + modelName
        + ".java";
  }

  /** Everything through the model pipeline: no API classes, supporting files, tests or docs. */
  @Override
  public void processOpts() {
    super.processOpts();
    apiTemplateFiles.clear();
    apiTestTemplateFiles.clear();
    apiDocTemplateFiles.clear();
    modelTestTemplateFiles.clear();
    modelDocTemplateFiles.clear();
    supportingFiles.clear();
  }

  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    Map<String, Schema<?>> enums = new TreeMap<>();
    new EnumCollector(enums).document(openAPI);
    Map<String, Schema<?>> classes = new PublicClasses(openAPI, this).collect();
    Map<String, Schema<?>> operations = new Operations(openAPI, this).collect(packages);
    Components components = new Components();
    enums.forEach(components::addSchemas);
    classes.forEach(components::addSchemas);
    operations.forEach(components::addSchemas);
    openAPI.setComponents(components);
    openAPI.setPaths(new Paths());
    super.preprocessOpenAPI(openAPI);
  }

  /** Walks every schema of the document once, merging the enumerations by their public name. */
  private static final class EnumCollector {
    private final Map<String, Schema<?>> enums;
    private final Set<Schema<?>> seen =
        java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    EnumCollector(Map<String, Schema<?>> enums) {
      this.enums = enums;
    }

    void document(OpenAPI openAPI) {
      if (openAPI.getPaths() != null) {
        for (PathItem path : openAPI.getPaths().values()) {
          for (Operation operation : path.readOperations()) {
            operation(operation);
          }
        }
      }
      if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
        openAPI.getComponents().getSchemas().values().forEach(this::schema);
      }
    }

    private void operation(Operation operation) {
      if (operation.getParameters() != null) {
        for (Parameter parameter : operation.getParameters()) {
          schema(parameter.getSchema());
        }
      }
      if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
        operation.getRequestBody().getContent().values().stream()
            .map(MediaType::getSchema)
            .forEach(this::schema);
      }
      if (operation.getResponses() != null) {
        for (ApiResponse response : operation.getResponses().values()) {
          if (response.getContent() != null) {
            response.getContent().values().stream().map(MediaType::getSchema).forEach(this::schema);
          }
        }
      }
    }

    private void schema(Schema<?> schema) {
      if (schema == null || !seen.add(schema)) {
        return;
      }
      if (schema.getEnum() != null
          && schema.getExtensions() != null
          && schema.getExtensions().get(NAME) != null) {
        merge((String) schema.getExtensions().get(NAME), schema);
      }
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(this::schema);
      }
      schema(schema.getItems());
      for (List<Schema> variants :
          List.of(
              nonNull(schema.getOneOf()), nonNull(schema.getAnyOf()), nonNull(schema.getAllOf()))) {
        variants.forEach(this::schema);
      }
      if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
        schema(additional);
      }
    }

    /**
     * Adds the schema's values (and their {@code x-enum-descriptions}) to the public enumeration of
     * that name.
     */
    private void merge(String name, Schema<?> schema) {
      Schema<?> merged =
          enums.computeIfAbsent(
              name,
              n -> {
                StringSchema created = new StringSchema();
                created.setDescription(schema.getDescription());
                created.addExtension("x-enum-descriptions", new ArrayList<String>());
                return created;
              });
      @SuppressWarnings("unchecked")
      List<String> descriptions = (List<String>) merged.getExtensions().get("x-enum-descriptions");
      Map<Object, String> documented = documented(schema);
      for (Object value : schema.getEnum()) {
        if (value == null) {
          continue;
        }
        int index = merged.getEnum() == null ? -1 : merged.getEnum().indexOf(value);
        if (index < 0) {
          ((StringSchema) merged).addEnumItem(value.toString());
          descriptions.add(documented.getOrDefault(value, ""));
        } else if (descriptions.get(index).isEmpty()) {
          descriptions.set(index, documented.getOrDefault(value, ""));
        }
      }
      if (merged.getDescription() == null) {
        merged.setDescription(schema.getDescription());
      }
      Object mixin = schema.getExtensions().get("x-cotool-mixin");
      if (mixin != null) {
        merged.addExtension("x-cotool-mixin", mixin);
      }
    }

    private static Map<Object, String> documented(Schema<?> schema) {
      Object descriptions = schema.getExtensions().get("x-enum-descriptions");
      Map<Object, String> out = new LinkedHashMap<>();
      if (descriptions instanceof List<?> list) {
        for (int i = 0; i < list.size() && i < schema.getEnum().size(); i++) {
          out.put(schema.getEnum().get(i), String.valueOf(list.get(i)));
        }
      }
      return out;
    }

    private static List<Schema> nonNull(Collection<Schema> schemas) {
      return schemas == null ? List.of() : new ArrayList<>(schemas);
    }
  }
}
