package ai.cotool.sdk.resources;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.AgentOrigin;
import ai.cotool.sdk.models.AgentType;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.DetectionCadence;
import ai.cotool.sdk.models.DetectionCategory;
import ai.cotool.sdk.models.PlanningMode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /api/detections} and {@code POST /api/detections/{id}/accept}, as they appear on the
 * wire.
 */
class DetectionsWireTest extends WireMockClientTestBase {

  private static final String SYSTEM_PROMPT =
      "You are a Linux privilege-escalation analyst. For every hit, identify"
          + " the account that changed sudoers and decide whether it grants passwordless root.";
  private static final String QUERY =
      "index=linux_audit sourcetype=linux:audit (path=\"/etc/sudoers\" OR"
          + " path=\"/etc/sudoers.d/*\") perm=w | stats count by host, auid";

  @Test
  void create_fullInput_sendsEveryFieldAndDecodesTheCreatedDetection() {
    server.stubFor(post("/api/detections").willReturn(okJson(fixture("detection-created.json"))));

    Detection created =
        client
            .detections()
            .create(
                CreateDetectionParams.builder()
                    .name("Privilege escalation via sudoers change")
                    .detectionCategory(DetectionCategory.PRIVILEGE_ESCALATION)
                    .systemPrompt(SYSTEM_PROMPT)
                    .detectionQuery(QUERY)
                    .description(
                        "Alerts when /etc/sudoers changes outside a change window <b>&</b> 'quotes' \u00e9\u2603")
                    .siemType("splunk")
                    .toolNames("splunk_search", "okta_get_user", "slack_send_message")
                    .detectionCadence(DetectionCadence.HOURLY)
                    .build());

    server.verify(
        exactly(1),
        withJsonBodyHeaders(postRequestedFor(urlEqualTo("/api/detections")))
            .withRequestBody(
                equalToJson(
                    "{"
                        + "\"name\":\"Privilege escalation via sudoers change\","
                        + "\"detectionCategory\":\"privilege_escalation\","
                        + "\"systemPrompt\":"
                        + jsonString(SYSTEM_PROMPT)
                        + ","
                        + "\"detectionQuery\":"
                        + jsonString(QUERY)
                        + ","
                        + "\"description\":\"Alerts when /etc/sudoers changes outside a change window <b>&</b> 'quotes'"
                        + " \u00e9\u2603\","
                        + "\"siemType\":\"splunk\","
                        + "\"toolNames\":[\"splunk_search\",\"okta_get_user\",\"slack_send_message\"],"
                        + "\"detectionCadence\":\"hourly\"}",
                    false,
                    false)));

    assertThat(created.id()).isEqualTo("bba60bbb-cfcd-484b-b936-d253779243a8");
    assertThat(created.name()).contains("Privilege escalation via sudoers change");
    assertThat(created.organizationId()).contains("7c67f3c6-cb58-481b-8978-bd41e0c84856");
    assertThat(created.detectionCategory()).contains(DetectionCategory.PRIVILEGE_ESCALATION);
    assertThat(created.detectionCadence()).contains(DetectionCadence.HOURLY);
    assertThat(created.planningMode()).contains(PlanningMode.AUTO);
    assertThat(created.agentType()).contains(AgentType.DETECTION);
    assertThat(created.siemType()).contains("splunk");
    assertThat(created.toolNames())
        .containsExactly(
            "splunk_search", "okta_get_user", "crowdstrike_get_host_details", "slack_send_message");
    assertThat(created.inputs()).hasSize(2);
    assertThat(created.inputs().get(1).name()).contains("changeTicket");
    assertThat(created.inputs().get(1).required()).contains(false);
    assertThat(created.triggerSummary())
        .singleElement()
        .satisfies(t -> assertThat(t.name()).contains("Hourly sudoers sweep"));
    assertThat(created.activeSystemPrompt())
        .hasValueSatisfying(p -> assertThat(p.description()).contains("Initial prompt"));
    assertThat(created.isDeleted()).isFalse();
    assertThat(created.hasProperty("deletedAt")).isTrue();
    assertThat(created.lastDetectionRunAt()).isEmpty();
    assertThat(created.isSuggestion()).isFalse();
  }

  @Test
  void create_minimalInput_sendsOnlyTheRequiredFields() {
    server.stubFor(post("/api/detections").willReturn(okJson(fixture("detection-created.json"))));

    client
        .detections()
        .create(
            CreateDetectionParams.builder()
                .name("x")
                .detectionCategory(DetectionCategory.CUSTOM)
                .systemPrompt("p")
                .detectionQuery("q")
                .build());

    // strict: no null, no empty list, no default for anything left unset
    server.verify(
        exactly(1),
        withJsonBodyHeaders(postRequestedFor(urlEqualTo("/api/detections")))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"x\",\"detectionCategory\":\"custom\",\"systemPrompt\":\"p\",\"detectionQuery\":\"q\"}",
                    false,
                    false)));
  }

  @Test
  void create_optionalValuesSetToNull_areLeftOut() {
    server.stubFor(post("/api/detections").willReturn(okJson(fixture("detection-created.json"))));

    client
        .detections()
        .create(
            CreateDetectionParams.builder()
                .name("x")
                .detectionCategory(DetectionCategory.BASELINE_ANOMALY)
                .systemPrompt("p")
                .detectionQuery("q")
                .description(null)
                .siemType(null)
                .toolNames((java.util.List<String>) null)
                .detectionCadence(null)
                .build());

    server.verify(
        exactly(1),
        postRequestedFor(urlEqualTo("/api/detections"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"x\",\"detectionCategory\":\"baseline_anomaly\",\"systemPrompt\":\"p\",\"detectionQuery\":\"q\"}",
                    false,
                    false)));
  }

  @Test
  void create_emptyToolNames_areSentAsAnEmptyArray() {
    server.stubFor(post("/api/detections").willReturn(okJson(fixture("detection-created.json"))));

    client
        .detections()
        .create(
            CreateDetectionParams.builder()
                .name("x")
                .detectionCategory(DetectionCategory.FIRST_OCCURRENCE)
                .systemPrompt("p")
                .detectionQuery("q")
                .toolNames(java.util.List.of())
                .detectionCadence(DetectionCadence.WEEKLY)
                .build());

    server.verify(
        exactly(1),
        postRequestedFor(urlEqualTo("/api/detections"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"x\",\"detectionCategory\":\"first_occurrence\",\"systemPrompt\":\"p\",\"detectionQuery\":\"q\","
                        + "\"toolNames\":[],\"detectionCadence\":\"weekly\"}",
                    false,
                    false)));
  }

  @Test
  void create_boundaryLengths_areAcceptedAndSentUnchanged() {
    server.stubFor(post("/api/detections").willReturn(okJson(fixture("detection-created.json"))));
    String name255 = "\uD83D\uDD25".repeat(255); // 255 code points, 510 UTF-16 units
    String description1000 = "d".repeat(1000);

    client
        .detections()
        .create(
            CreateDetectionParams.builder()
                .name(name255)
                .detectionCategory(DetectionCategory.SEQUENCE_PATTERN)
                .systemPrompt("p")
                .detectionQuery("q")
                .description(description1000)
                .build());

    server.verify(
        exactly(1),
        postRequestedFor(urlEqualTo("/api/detections"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\""
                        + name255
                        + "\",\"detectionCategory\":\"sequence_pattern\",\"systemPrompt\":\"p\","
                        + "\"detectionQuery\":\"q\",\"description\":\""
                        + description1000
                        + "\"}",
                    false,
                    false)));
  }

  @Test
  void accept_postsToThePathOfTheIdWithNoBody_andDecodesTheAcceptedDetection() {
    String id = "e4eb7910-b6be-49a4-bf00-963618b7c587";
    server.stubFor(
        post("/api/detections/" + id + "/accept")
            .willReturn(okJson(fixture("detection-accepted.json"))));

    Detection accepted = client.detections().accept(id);

    server.verify(
        exactly(1),
        withCommonHeaders(postRequestedFor(urlEqualTo("/api/detections/" + id + "/accept")))
            .withoutHeader("Content-Type")
            .withHeader("Content-Length", equalTo("0")));
    assertThat(onlyRequest().getBody()).isEmpty();
    assertThat(accepted.id()).isEqualTo(id);
    assertThat(accepted.name()).contains("Sequence: MFA reset followed by OAuth app consent");
    assertThat(accepted.origin()).contains(AgentOrigin.ORCHESTRATOR);
    assertThat(accepted.planningMode()).contains(PlanningMode.ALWAYS);
    assertThat(accepted.detectionCategory()).contains(DetectionCategory.SEQUENCE_PATTERN);
    assertThat(accepted.detectionCadence()).isEmpty();
    assertThat(accepted.cronSchedule()).contains("0 * * * *");
    assertThat(accepted.enabled()).contains(true);
    assertThat(accepted.cliNames()).containsExactly("aws", "gcloud");
    assertThat(accepted.tags()).containsExactly("identity", "okta", "m365");
    assertThat(accepted.toolActionConfigs())
        .singleElement()
        .satisfies(c -> assertThat(c.allowedChannels()).hasSize(2));
    assertThat(accepted.skills())
        .singleElement()
        .satisfies(s -> assertThat(s.invocationCount30d()).contains(BigInteger.valueOf(214)));
    assertThat(accepted.runs30d()).contains(BigInteger.valueOf(216));
    assertThat(accepted.hits30d()).contains(BigInteger.valueOf(3));
    assertThat(accepted.avgEvalScore30d())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("87.5")));
    assertThat(accepted.threatModelVersion())
        .hasValueSatisfying(v -> assertThat(v.version()).contains(BigInteger.valueOf(4)));
    assertThat(accepted.modelAlias()).contains("claude-sonnet-4-5");
  }

  @Test
  void accept_withUuid_usesItsCanonicalText() {
    UUID id = UUID.fromString("E4EB7910-B6BE-49A4-BF00-963618B7C587");
    server.stubFor(
        post("/api/detections/e4eb7910-b6be-49a4-bf00-963618b7c587/accept")
            .willReturn(okJson(fixture("detection-accepted.json"))));

    client.detections().accept(id);

    server.verify(
        exactly(1),
        postRequestedFor(
            urlEqualTo("/api/detections/e4eb7910-b6be-49a4-bf00-963618b7c587/accept")));
  }

  @Test
  void accept_upperCaseUuidText_isSentInLowerCase() {
    server.stubFor(
        post("/api/detections/e4eb7910-b6be-49a4-bf00-963618b7c587/accept")
            .willReturn(okJson(fixture("detection-accepted.json"))));

    client.detections().accept("E4EB7910-B6BE-49A4-BF00-963618B7C587");

    LoggedRequest request = onlyRequest();
    assertThat(request.getUrl())
        .isEqualTo("/api/detections/e4eb7910-b6be-49a4-bf00-963618b7c587/accept");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/cotool", "/cotool/"})
  void baseUrlWithAPathPrefix_keepsThePrefix(String prefix) {
    server.stubFor(
        post("/cotool/api/detections/" + DETECTION_ID + "/accept")
            .willReturn(okJson(fixture("detection-accepted.json"))));

    try (CotoolClient prefixed = clientBuilder().baseUrl(baseUrl() + prefix).build()) {
      prefixed.detections().accept(DETECTION_ID);
    }

    assertThat(onlyRequest().getUrl())
        .isEqualTo("/cotool/api/detections/" + DETECTION_ID + "/accept");
  }

  @Test
  void create_responseWithUnknownContentTypeCharset_isStillReadAsUtf8() {
    server.stubFor(
        post("/api/detections")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":\""
                            + DETECTION_ID
                            + "\",\"name\":\"Caf\u00e9 \u2603 \uD83D\uDD25\"}")));

    Detection created =
        client
            .detections()
            .create(
                CreateDetectionParams.builder()
                    .name("x")
                    .detectionCategory(DetectionCategory.CUSTOM)
                    .systemPrompt("p")
                    .detectionQuery("q")
                    .build());

    assertThat(created.name()).contains("Caf\u00e9 \u2603 \uD83D\uDD25");
  }

  static String jsonString(String s) {
    return new com.google.gson.JsonPrimitive(s).toString();
  }
}
