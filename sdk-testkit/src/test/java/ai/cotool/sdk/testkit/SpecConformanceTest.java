package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every response the fake serves in its default state validates against the response schema that
 * spec/openapi.json declares for that operation and status (JSON Schema 2020-12, formats asserted),
 * not merely decodes.
 */
class SpecConformanceTest {
  private static final Path SPEC =
      Path.of("..", "spec", "openapi.json").toAbsolutePath().normalize();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private static CotoolFake fake;

  @BeforeAll
  static void start() {
    fake = CotoolFake.start();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  @BeforeEach
  void reset() {
    fake.reset();
  }

  @Test
  void createDetection_200() {
    RawHttp.Response r = RawHttp.post(fake, "/api/detections", detectionJson());
    assertValid("/api/detections", "post", r);
  }

  @Test
  void listDetections_200_withSuggestionsAndAcceptedOnes() {
    assertValid("/api/detections", "get", RawHttp.get(fake, "/api/detections"));
    String id =
        json(RawHttp.post(fake, "/api/detections", detectionJson()).body()).get("id").asText();
    RawHttp.post(fake, "/api/detections", detectionJson());
    RawHttp.post(fake, "/api/detections/" + id + "/accept", "");
    RawHttp.Response r = RawHttp.get(fake, "/api/detections");
    assertThat(json(r.body()).get("detections").size()).isEqualTo(2);
    assertValid("/api/detections", "get", r);
  }

  @Test
  void detectionOutputs_200BeforeAndAfterAnUpdate_400ForAnInvalidBody() {
    String id =
        json(RawHttp.post(fake, "/api/detections", detectionJson()).body()).get("id").asText();
    String path = "/api/detections/" + id + "/outputs";
    assertValid("/api/detections/{id}/outputs", "get", RawHttp.get(fake, path));
    String destination =
        json(RawHttp.post(
                    fake,
                    "/api/output-destinations",
                    "{\"type\":\"teams\",\"name\":\"SOC\",\"url\":\"https://example.com/hook\"}")
                .body())
            .get("id")
            .asText();

    RawHttp.Response updated =
        RawHttp.put(
            fake,
            path,
            "{\"enabled\":true,\"destinationIds\":[\""
                + destination
                + "\"],\"sendMode\":\"all_entities\"}");
    assertValid("/api/detections/{id}/outputs", "put", updated);
    RawHttp.Response read = RawHttp.get(fake, path);
    assertValid("/api/detections/{id}/outputs", "get", read);
    assertThat(json(read.body()).get("settings").get("destinationId").asText())
        .isEqualTo(destination);
    assertThat(json(read.body()).get("destinations").size()).isEqualTo(1);

    assertValid(
        "/api/detections/{id}/outputs",
        "put",
        RawHttp.put(fake, path, "{\"enabled\":\"yes\",\"destinationIds\":[\"x\"]}"));
  }

  @Test
  void acceptDetection_200() {
    String id =
        json(RawHttp.post(fake, "/api/detections", detectionJson()).body()).get("id").asText();
    assertValid(
        "/api/detections/{id}/accept",
        "post",
        RawHttp.post(fake, "/api/detections/" + id + "/accept", ""));
  }

  @Test
  void acceptDetection_404ForUnknownId_hasTheErrorShape() {
    RawHttp.Response r = RawHttp.post(fake, "/api/detections/" + UUID.randomUUID() + "/accept", "");
    assertThat(r.status()).isEqualTo(404);
    assertValidAgainst(ref("Error"), r.body());
  }

  @Test
  void acceptDetection_400ForMalformedId() {
    assertValid(
        "/api/detections/{id}/accept",
        "post",
        RawHttp.post(fake, "/api/detections/not-a-uuid/accept", ""));
  }

  @Test
  void createDetection_400WithIssues() {
    RawHttp.Response r =
        RawHttp.post(fake, "/api/detections", "{\"name\": \"\", \"detectionCategory\": \"nope\"}");
    assertThat(r.status()).isEqualTo(400);
    assertValid("/api/detections", "post", r);
    assertThat(json(r.body()).get("issues")).hasSize(4);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\":\"webhook\",\"name\":\"SOAR\",\"url\":\"https://soar.example.com/in\",\"authType\":\"header\","
            + "\"headerName\":\"X-API-Key\",\"token\":\"s3cret\"}",
        "{\"type\":\"webhook\",\"name\":\"SOAR\",\"url\":\"https://soar.example.com/in\",\"authType\":\"bearer\"}",
        "{\"type\":\"teams\",\"name\":\"SOC\",\"url\":\"https://prod-47.westus.logic.azure.com/workflows/x\"}",
        "{\"type\":\"slack\",\"name\":\"SOC\",\"channelIds\":[\"C04QZ8K1M2P\"]}",
        "{\"type\":\"pagerduty\",\"name\":\"On-call\"}",
        "{\"type\":\"pagerduty\",\"name\":\"On-call\",\"severity\":\"critical\",\"source\":\"cotool\"}",
        "{\"type\":\"linear\",\"name\":\"Triage\",\"teamId\":\"9cfb482a\",\"teamName\":\"Security\"}",
        "{\"type\":\"tines\",\"name\":\"Cases\",\"teamId\":\"4812\"}"
      })
  void createOutputDestination_200_everyKind(String body) {
    RawHttp.Response r = RawHttp.post(fake, "/api/output-destinations", body);
    assertThat(r.status()).isEqualTo(200);
    assertValid("/api/output-destinations", "post", r);
    assertThat(json(r.body()).get("type").asText()).isEqualTo(json(body).get("type").asText());
  }

  @Test
  void createOutputDestination_400() {
    assertValid(
        "/api/output-destinations",
        "post",
        RawHttp.post(
            fake,
            "/api/output-destinations",
            "{\"type\":\"tines\",\"name\":\"x\",\"teamId\":\"abc\"}"));
  }

  @Test
  void invokeTrigger_200_everyOutcome() {
    String started = UUID.randomUUID().toString();
    String skipped = UUID.randomUUID().toString();
    String failed = UUID.randomUUID().toString();
    fake.triggers()
        .skip(skipped, "Event did not match the trigger filter", "jira:issue_updated")
        .fail(failed, "Trigger is disabled");
    for (String id : new String[] {started, skipped, failed}) {
      RawHttp.Response r =
          RawHttp.post(fake, "/api/trigger/jira/" + id, "{\"issue\":{\"key\":\"SEC-1\"}}");
      assertThat(r.status()).isEqualTo(200);
      assertValid("/api/trigger/{source}/{triggerId}", "post", r);
    }
  }

  @Test
  void invokeTrigger_400() {
    assertValid(
        "/api/trigger/{source}/{triggerId}",
        "post",
        RawHttp.post(fake, "/api/trigger/pagerduty/x", "{}"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "?limit=200",
        "?limit=1&offset=299",
        "?offset=1000",
        "?status=open,in_progress&severity=high,critical",
        "?source=jira,email,cotool_detection,hunting",
        "?q=PowerShell",
        "?q=sec-",
        "?detectionId=0d0d0543-acd7-432b-9771-c0d5cd8a7634",
        "?assignedAgentId=321337c0-7985-4db1-8b80-e1504b67269f",
        "?originAgentId=b07ab281-38fc-4cf0-ada8-5a97594fdb03&status=closed_true_positive,closed_false_positive",
        "?limit=0",
        "?limit=201",
        "?limit=ten",
        "?offset=-1",
        "?status=bogus",
        "?detectionId=nope",
        "?q="
      })
  void listAlerts_everyPageAndError(String query) {
    assertValid("/api/alerts", "get", RawHttp.get(fake, "/api/alerts" + query));
  }

  @Test
  void listAlerts_theWholeDefaultDataSetValidates() {
    int total = 0;
    for (AlertListParams params = AlertListParams.builder().limit(200).build(); ; ) {
      RawHttp.Response r = RawHttp.get(fake, "/api/alerts?limit=200&offset=" + params.offset());
      assertValid("/api/alerts", "get", r);
      int received = json(r.body()).get("alerts").size();
      total += received;
      if (received == 0) {
        break;
      }
      params = params.withOffset(params.offset() + received);
    }
    assertThat(total).isEqualTo(FakeAlerts.DEFAULT_COUNT);
  }

  @Test
  void builtAlerts_validateAgainstTheSpec() {
    fake.alerts()
        .reset(
            java.util.List.of(
                FakeAlert.builder().build(),
                FakeAlert.builder()
                    .status(AlertStatus.CLOSED_TRUE_POSITIVE_BENIGN)
                    .severity(null)
                    .build(),
                FakeAlert.builder()
                    .source(ai.cotool.sdk.models.AlertSourceName.HACKERONE)
                    .external("2291", "https://hackerone.com/reports/2291")
                    .externalDetection("XSS")
                    .build(),
                FakeAlert.builder()
                    .severity(AlertSeverity.LOW)
                    .cotoolDetection(UUID.randomUUID().toString(), null, "D")
                    .build()));
    assertValid("/api/alerts", "get", RawHttp.get(fake, "/api/alerts"));
  }

  @Test
  void getAlert_200_forEveryDefaultAlertKind_byIdAndDisplayId() {
    for (FakeAlert alert : fake.alerts().all().subList(0, 40)) {
      assertValid("/api/alerts/{alertId}", "get", RawHttp.get(fake, "/api/alerts/" + alert.id()));
    }
    RawHttp.Response byDisplayId =
        RawHttp.get(fake, "/api/alerts/" + fake.alerts().all().get(0).displayId().get());
    assertThat(byDisplayId.status()).isEqualTo(200);
    assertValid("/api/alerts/{alertId}", "get", byDisplayId);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "?limit=1",
        "?limit=200&offset=1",
        "?offset=50",
        "?limit=0",
        "?limit=201",
        "?offset=-1",
        "?limit=x"
      })
  void alertTimeline_everyPageAndError(String query) {
    String id = fake.alerts().all().get(0).id();
    RawHttp.post(fake, "/api/alerts/" + id + "/comments", "{\"bodyMarkdown\":\"note\"}");
    assertValid(
        "/api/alerts/{alertId}/timeline",
        "get",
        RawHttp.get(fake, "/api/alerts/" + id + "/timeline" + query));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"bodyMarkdown\":\"Looks **benign**\"}",
        "{\"bodyMarkdown\":\"\"}",
        "{}",
        "[]",
        "nope"
      })
  void addAlertComment_200And400(String body) {
    assertValid(
        "/api/alerts/{alertId}/comments",
        "post",
        RawHttp.post(fake, "/api/alerts/COT-1001/comments", body));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"status\":\"closed_false_positive\",\"reason\":\"benign\"}",
        "{\"status\":\"in_progress\"}",
        "{\"status\":\"open\"}",
        "{\"status\":\"snoozed\"}",
        "{}",
        "{\"status\":\"open\",\"reason\":7}"
      })
  void updateAlertStatus_200And400(String body) {
    RawHttp.Response r = RawHttp.post(fake, "/api/alerts/COT-1002/status", body);
    assertValid("/api/alerts/{alertId}/status", "post", r);
    // the changed alert is still a valid list item and a valid detail
    assertValid("/api/alerts", "get", RawHttp.get(fake, "/api/alerts?limit=5"));
    assertValid("/api/alerts/{alertId}", "get", RawHttp.get(fake, "/api/alerts/COT-1002"));
  }

  @Test
  void alertOperations_404ForAnUnknownAlert_haveTheErrorShape() {
    for (RawHttp.Response r :
        java.util.List.of(
            RawHttp.get(fake, "/api/alerts/COT-1"),
            RawHttp.get(fake, "/api/alerts/" + UUID.randomUUID() + "/timeline"),
            RawHttp.post(fake, "/api/alerts/COT-1/comments", "{\"bodyMarkdown\":\"x\"}"),
            RawHttp.post(fake, "/api/alerts/COT-1/status", "{\"status\":\"open\"}"))) {
      assertThat(r.status()).isEqualTo(404);
      assertValidAgainst(ref("Error"), r.body());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "?limit=200", "?limit=3&offset=2", "?offset=10000", "?limit=0", "?offset=-1"})
  void listDetectionHits_everyPageAndError(String query) {
    assertValid("/api/detections/hits", "get", RawHttp.get(fake, "/api/detections/hits" + query));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"status\":\"dismissed_fp\",\"reason\":\"known scanner\"}",
        "{\"status\":\"open\"}",
        "{\"status\":\"closed\"}",
        "{\"status\":\"open\",\"reason\":\"\"}",
        "[]"
      })
  void updateDetectionHitStatus_200And400(String body) {
    String hitId = fake.detectionHits().get(0).id().orElseThrow();
    assertValid(
        "/api/detections/hits/{hitId}/status",
        "post",
        RawHttp.post(fake, "/api/detections/hits/" + hitId + "/status", body));
    assertValid("/api/detections/hits", "get", RawHttp.get(fake, "/api/detections/hits?limit=3"));
  }

  @Test
  void updateDetectionHitStatus_400ForAMalformedId_404ForAnUnknownOne() {
    assertValid(
        "/api/detections/hits/{hitId}/status",
        "post",
        RawHttp.post(fake, "/api/detections/hits/nope/status", "{\"status\":\"open\"}"));
    RawHttp.Response r =
        RawHttp.post(
            fake, "/api/detections/hits/" + UUID.randomUUID() + "/status", "{\"status\":\"open\"}");
    assertThat(r.status()).isEqualTo(404);
    assertValidAgainst(ref("Error"), r.body());
  }

  @Test
  void unauthorized_401() {
    RawHttp.Response r =
        RawHttp.send(fake, java.net.http.HttpRequest.newBuilder().GET(), "/api/alerts", null);
    assertValid("/api/alerts", "get", r);
  }

  @Test
  void scheduledErrors_haveTheDocumentedShapes() {
    fake.failNext(
            Operation.CREATE_DETECTION,
            FakeError.badRequest(FakeError.issue("toolNames.2", "Expected string")))
        .failNext(Operation.CREATE_DETECTION, FakeError.unauthorized())
        .failNext(Operation.CREATE_DETECTION, FakeError.forbidden("detections:write"))
        .failNext(Operation.CREATE_DETECTION, FakeError.serverError());
    for (int status : new int[] {400, 401, 403, 500}) {
      RawHttp.Response r = RawHttp.post(fake, "/api/detections", detectionJson());
      assertThat(r.status()).isEqualTo(status);
      assertValid("/api/detections", "post", r);
    }
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------------------

  private static String detectionJson() {
    return "{\"name\":\"Privilege escalation via sudoers change\",\"detectionCategory\":\"privilege_escalation\","
        + "\"systemPrompt\":\"Triage sudoers edits.\",\"detectionQuery\":\"index=linux path=/etc/sudoers*\","
        + "\"siemType\":\"splunk\",\"toolNames\":[\"splunk_search\"],\"detectionCadence\":\"hourly\"}";
  }

  private static void assertValid(String path, String method, RawHttp.Response response) {
    String pointer =
        "/paths/"
            + escape(path)
            + "/"
            + method
            + "/responses/"
            + response.status()
            + "/content/application~1json/schema";
    assertValidAgainst(pointer, response.body());
  }

  private static String ref(String component) {
    return "/components/schemas/" + component;
  }

  private static void assertValidAgainst(String pointer, String body) {
    JsonSchema schema =
        SCHEMAS.computeIfAbsent(
            pointer, p -> FACTORY.getSchema(SchemaLocation.of(SPEC.toUri() + "#" + p), CONFIG));
    Set<ValidationMessage> errors = schema.validate(json(body));
    assertThat(errors)
        .as("%s for %s", pointer, body.length() > 400 ? body.substring(0, 400) + "…" : body)
        .isEmpty();
  }

  private static String escape(String path) {
    return path.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }
}
