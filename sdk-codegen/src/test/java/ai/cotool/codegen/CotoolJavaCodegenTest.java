package ai.cotool.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The loop from spec to public type: generating from a copy of {@code spec/openapi.json} with one
 * more enumeration value, and one more named enumeration, yields the constant and the type with no
 * hand-written change.
 */
class CotoolJavaCodegenTest {
  private static final Path SPEC =
      Path.of(System.getProperty("user.dir")).resolve("../spec/openapi.json").normalize();
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
  }

  @TempDir Path dir;

  @Test
  void everyNamedEnumeration_becomesOnePublicEnumWithTheUnionOfItsValues() throws IOException {
    Map<String, String> enums = generate((ObjectNode) JSON.readTree(SPEC.toFile()));

    assertThat(enums)
        .containsKeys(
            "AlertSeverity",
            "AlertStatus",
            "TriggerSource",
            "WebhookAuthType",
            "Alert",
            "Detection");
    assertThat(enums.get("AlertSeverity"))
        .contains(
            "public enum AlertSeverity implements ApiEnum {",
            "CRITICAL(\"critical\"),",
            "UNKNOWN(null);")
        .doesNotContain("NULL");
    // the create response lists two built-in agent types, the accept response three
    assertThat(enums.get("BuiltInAgentType"))
        .contains(
            "THREAT_RELEVANCY(\"threat-relevancy\"),",
            "TEST_AGENT(\"test-agent\"),",
            "/** Test agent. Wire value {@code \"test-agent\"}. */");
    assertThat(enums.get("AlertStatus")).contains("implements ApiEnum, AlertStatusMixin {");
  }

  @Test
  void aValueAddedToTheSpec_becomesAConstant() throws IOException {
    ObjectNode spec = (ObjectNode) JSON.readTree(SPEC.toFile());
    ((ArrayNode) alert(spec).with("properties").with("severity").get("enum")).add("informational");

    assertThat(generate(spec).get("AlertSeverity")).contains("INFORMATIONAL(\"informational\"),");
  }

  @Test
  void anEnumerationAddedToTheSpec_becomesAType() throws IOException {
    ObjectNode spec = (ObjectNode) JSON.readTree(SPEC.toFile());
    alert(spec)
        .with("properties")
        .set(
            "priority",
            JSON.readTree(
                "{\"type\":\"string\",\"enum\":[\"p1\",\"p2\"],\"description\":\"How urgent.\",\"x-cotool-name\":\"AlertPriority\"}"));

    assertThat(generate(spec).get("AlertPriority"))
        .contains(
            "public enum AlertPriority implements ApiEnum {",
            " * How urgent.",
            "P1(\"p1\"),",
            "P2(\"p2\"),",
            "public static AlertPriority fromValue(String value) {");
  }

  @Test
  void aPropertyAddedToTheSpec_becomesAnAccessor() throws IOException {
    ObjectNode spec = (ObjectNode) JSON.readTree(SPEC.toFile());
    alert(spec)
        .with("properties")
        .set(
            "riskScore",
            JSON.readTree(
                "{\"type\":[\"integer\",\"null\"],\"description\":\"How risky, 0 to 100.\"}"));

    assertThat(generate(spec).get("Alert"))
        .contains(
            "/** @return How risky, 0 to 100, if any */",
            "public Optional<java.math.BigInteger> riskScore() {",
            "return Optional.ofNullable(delegate.getRiskScore());");
  }

  @Test
  void aRequestPropertyAddedToTheSpec_becomesACheckedSetter() throws IOException {
    ObjectNode spec = (ObjectNode) JSON.readTree(SPEC.toFile());
    ((ObjectNode)
            spec.at("/paths/~1api~1detections/post/requestBody/content/application~1json/schema"))
        .with("properties")
        .set("owner", JSON.readTree("{\"type\":\"string\",\"maxLength\":64}"));

    assertThat(generate(spec).get("CreateDetectionParams"))
        .contains(
            "public Builder owner(String owner) {",
            "this.owner = Validate.length(\"owner\", builder.owner, 0, 64);",
            "body.owner(owner);");
  }

  @Test
  void anOperationAddedToTheSpec_becomesAResourceMethodInEveryFace() throws IOException {
    ObjectNode spec = (ObjectNode) JSON.readTree(SPEC.toFile());
    ((ObjectNode) spec.get("paths"))
        .set(
            "/api/alerts/{alertId}/watchers",
            JSON.readTree(
                """
        {"post": {"summary": "Add a watcher", "x-cotool-resource": "alerts", "x-cotool-method": "addWatcher",
          "parameters": [{"in": "path", "name": "alertId", "required": true, "schema": {"type": "string"}}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object",
            "x-cotool-name": "AddWatcherParams", "x-cotool-wire": "AddWatcherParamsJson", "required": ["email"],
            "properties": {"email": {"type": "string", "minLength": 3}}}}}},
          "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object",
            "x-cotool-name": "Watcher", "x-cotool-wire": "WatcherJson",
            "properties": {"email": {"type": "string"}}}}}}}}}
        """));

    Map<String, String> out = generate(spec);
    assertThat(out.get("AlertsResource"))
        .contains(
            "default Watcher addWatcher(String alertId, AddWatcherParams params) {",
            "Watcher addWatcher(String alertId, AddWatcherParams params, RequestOptions options);",
            "ApiResponse<Watcher> addWatcher(String alertId, AddWatcherParams params, RequestOptions options);");
    assertThat(out.get("AlertsResourceAsync"))
        .contains(
            "CompletableFuture<Watcher> addWatcher(String alertId, AddWatcherParams params, RequestOptions options);");
    assertThat(out.get("AlertsService"))
        .contains(
            "String body = Validate.required(\"params\", params).toJson();",
            "new ApiRequest(\"POST\", List.of(\"api\", \"alerts\", alertIdSegment, \"watchers\"), List.of(), Set.of(), body)",
            "return transport.callRawAsync(AlertsService.addWatcher(alertId, params), options);");
    assertThat(out.get("AddWatcherParams")).contains("public Builder email(String email) {");
    assertThat(out.get("Watcher")).contains("public Optional<String> email() {");
  }

  @Test
  void aResourceAddedToTheSpec_becomesAClientAccessor() throws IOException {
    ObjectNode spec = (ObjectNode) JSON.readTree(SPEC.toFile());
    ((ObjectNode) spec.get("paths"))
        .set(
            "/api/skills",
            JSON.readTree(
                """
        {"get": {"x-cotool-resource": "skills", "x-cotool-method": "list",
          "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object",
            "x-cotool-name": "SkillList", "x-cotool-wire": "SkillListJson",
            "properties": {"names": {"type": "array", "items": {"type": "string"}}}}}}}}}}
        """));

    Map<String, String> out = generate(spec);
    assertThat(out.get("ClientResources"))
        .contains("SkillsResource skills();", "SkillsResource.WithRawResponse skills();");
    assertThat(out.get("ClientResourcesAsync")).contains("SkillsResourceAsync skills();");
    assertThat(out.get("Services"))
        .contains("this.skills = new SkillsService.Blocking(transport);");
    assertThat(out.get("SkillsResource")).contains("SkillList list(RequestOptions options);");
  }

  @Test
  void aQueryParameterAddedToTheSpec_becomesACheckedSetterAndIsSent() throws IOException {
    ObjectNode spec = (ObjectNode) JSON.readTree(SPEC.toFile());
    ((ArrayNode) spec.at("/paths/~1api~1alerts/get/parameters"))
        .add(
            JSON.readTree(
                "{\"in\":\"query\",\"name\":\"assigneeEmail\",\"schema\":{\"type\":\"string\",\"maxLength\":320}}"));

    Map<String, String> out = generate(spec);
    assertThat(out.get("AlertListParams"))
        .contains(
            "public Builder assigneeEmail(String assigneeEmail) {",
            "Validate.length(\"assigneeEmail\", assigneeEmail, 1, MAX_ASSIGNEE_EMAIL_LENGTH)",
            "add(params, \"assigneeEmail\", assigneeEmail);");
    assertThat(out.get("AlertsService"))
        .contains("\"originDetectionHitId\", \"q\", \"assigneeEmail\")");
  }

  private static ObjectNode alert(ObjectNode spec) {
    return (ObjectNode)
        spec.at(
            "/paths/~1api~1alerts/get/responses/200/content/application~1json/schema/properties/"
                + "alerts/items");
  }

  /**
   * @return the generated public types by simple name
   */
  private Map<String, String> generate(ObjectNode spec) throws IOException {
    Path input = dir.resolve("openapi.json");
    JSON.writeValue(input.toFile(), spec);
    Path output = dir.resolve("out");
    CodegenConfigurator configurator =
        new CodegenConfigurator()
            .setGeneratorName(CotoolJavaCodegen.class.getName())
            .setInputSpec(input.toString())
            .setOutputDir(output.toString())
            .setModelPackage("ai.cotool.sdk.models")
            .addGlobalProperty("quiet", "true")
            .addAdditionalProperty("hideGenerationTimestamp", true);
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
    Map<String, String> out = new java.util.TreeMap<>();
    try (var files = Files.walk(output.resolve("src/main/java/ai/cotool/sdk"))) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        out.put(file.getFileName().toString().replace(".java", ""), Files.readString(file));
      }
    }
    return out;
  }
}
