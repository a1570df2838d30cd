package ai.cotool.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.testsupport.SpecJson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Spec drift cannot pass: what {@code spec/openapi.json} documents, the public API offers. The
 * other tests prove the check itself fails on a copy of the spec with one addition of each kind.
 */
class SpecCoverageTest {
  private static final Path SPEC = SpecJson.PATH;

  @Test
  void everyOperationPropertyAndEnumValueOfTheSpec_hasItsPublicApi() throws IOException {
    assertThat(SpecCoverage.problems(spec())).isEmpty();
  }

  @Test
  void aResponsePropertyWithoutAccessor_fails() throws IOException {
    JsonObject spec = spec();
    alert(spec)
        .getAsJsonObject("properties")
        .add("riskScore", JsonParser.parseString("{\"type\":\"integer\"}"));

    assertThat(SpecCoverage.problems(spec))
        .singleElement()
        .asString()
        .contains(".riskScore")
        .contains("ai.cotool.sdk.models.Alert has no accessor riskScore()");
  }

  @Test
  void anEnumValueWithoutConstant_fails() throws IOException {
    JsonObject spec = spec();
    alert(spec)
        .getAsJsonObject("properties")
        .getAsJsonObject("severity")
        .getAsJsonArray("enum")
        .add("informational");

    assertThat(SpecCoverage.problems(spec))
        .singleElement()
        .asString()
        .contains("AlertSeverity has no constant for \"informational\"");
  }

  @Test
  void anEnumWithoutPublicName_fails() throws IOException {
    JsonObject spec = spec();
    alert(spec)
        .getAsJsonObject("properties")
        .add("priority", JsonParser.parseString("{\"enum\":[\"p1\",\"p2\"]}"));

    assertThat(SpecCoverage.problems(spec))
        .contains(
            "GET /api/alerts response 200 .alerts[] .priority: "
                + "ai.cotool.sdk.models.Alert has no accessor priority()",
            "GET /api/alerts response 200 .alerts[] .priority: enumeration without x-cotool-name");
  }

  @Test
  void aRequestPropertyWithoutSetter_fails() throws IOException {
    JsonObject spec = spec();
    operation(spec, "/api/detections", "post")
        .getAsJsonObject("requestBody")
        .getAsJsonObject("content")
        .getAsJsonObject("application/json")
        .getAsJsonObject("schema")
        .getAsJsonObject("properties")
        .add("priority", JsonParser.parseString("{\"type\":\"string\"}"));

    assertThat(SpecCoverage.problems(spec))
        .singleElement()
        .asString()
        .contains("CreateDetectionParams$Builder has no setter priority(…)");
  }

  @Test
  void aQueryParameterWithoutSetter_fails() throws IOException {
    JsonObject spec = spec();
    operation(spec, "/api/alerts", "get")
        .getAsJsonArray("parameters")
        .add(
            JsonParser.parseString(
                "{\"name\":\"assignee\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}}"));

    assertThat(SpecCoverage.problems(spec))
        .singleElement()
        .asString()
        .contains("AlertListParams$Builder has no setter assignee(…)");
  }

  @Test
  void anOperationWithoutResourceMethod_fails() throws IOException {
    JsonObject spec = spec();
    JsonObject get =
        JsonParser.parseString(
                "{\"x-cotool-resource\":\"detections\",\"x-cotool-method\":\"retrieve\","
                    + "\"responses\":{\"200\":{\"description\":\"ok\"}}}")
            .getAsJsonObject();
    spec.getAsJsonObject("paths").getAsJsonObject("/api/detections/{id}/accept").add("get", get);
    JsonObject unnamed = JsonParser.parseString("{\"responses\":{}}").getAsJsonObject();
    spec.getAsJsonObject("paths").add("/api/skills", new JsonObject());
    spec.getAsJsonObject("paths").getAsJsonObject("/api/skills").add("get", unnamed);

    assertThat(SpecCoverage.problems(spec))
        .containsExactlyInAnyOrder(
            "GET /api/detections/{id}/accept: DetectionsResource has no method retrieve",
            "GET /api/detections/{id}/accept: DetectionsResourceAsync has no method retrieve",
            "GET /api/skills: no x-cotool-resource/x-cotool-method naming its resource method");
  }

  private static JsonObject spec() throws IOException {
    return JsonParser.parseString(Files.readString(SPEC)).getAsJsonObject();
  }

  private static JsonObject operation(JsonObject spec, String path, String method) {
    return spec.getAsJsonObject("paths").getAsJsonObject(path).getAsJsonObject(method);
  }

  private static JsonObject alert(JsonObject spec) {
    return operation(spec, "/api/alerts", "get")
        .getAsJsonObject("responses")
        .getAsJsonObject("200")
        .getAsJsonObject("content")
        .getAsJsonObject("application/json")
        .getAsJsonObject("schema")
        .getAsJsonObject("properties")
        .getAsJsonObject("alerts")
        .getAsJsonObject("items");
  }
}
