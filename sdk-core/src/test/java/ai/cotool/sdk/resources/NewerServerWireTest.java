package ai.cotool.sdk.resources;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.BadRequestException;
import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.errors.PermissionDeniedException;
import ai.cotool.sdk.errors.UnauthorizedException;
import ai.cotool.sdk.models.AgentOrigin;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertCreator;
import ai.cotool.sdk.models.AlertDetectionKind;
import ai.cotool.sdk.models.AlertDisposition;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertSourceCategory;
import ai.cotool.sdk.models.AlertSourceName;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.models.AlertTriggerType;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.DetectionCadence;
import ai.cotool.sdk.models.DetectionCategory;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.PagerDutySeverity;
import ai.cotool.sdk.models.PlanningMode;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.models.WebhookAuthType;
import ai.cotool.sdk.paging.AlertPage;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The newer-server fixtures (unknown properties, unknown enumeration values, nulls where the
 * rendered pages say "required") through the full client: nothing throws while decoding, and the
 * new values are readable.
 */
class NewerServerWireTest extends WireMockClientTestBase {

  private void respond(String fixture) {
    server.stubFor(any(anyUrl()).willReturn(okJson(fixture("newer-server/" + fixture))));
  }

  private OutputDestination createDestination(String fixture) {
    respond(fixture);
    return client
        .outputDestinations()
        .create(OutputDestinationParams.pagerDuty().name("p").build());
  }

  @Test
  void createdDetection_keepsUnknownValuesAndProperties() {
    respond("detection-created.json");

    Detection d =
        client
            .detections()
            .create(
                CreateDetectionParams.builder()
                    .name("n")
                    .detectionCategory(DetectionCategory.CUSTOM)
                    .systemPrompt("p")
                    .detectionQuery("q")
                    .build());

    assertThat(d.id()).isEqualTo("b3f7a1d2-6c48-4e95-9a0b-7d2e5f8c1a64");
    assertThat(d.detectionCategory()).contains(DetectionCategory.UNKNOWN);
    assertThat(d.detectionCategoryAsString()).contains("lateral_movement");
    assertThat(d.detectionCadence()).contains(DetectionCadence.UNKNOWN);
    assertThat(d.detectionCadenceAsString()).contains("every_15_minutes");
    assertThat(d.planningMode()).contains(PlanningMode.UNKNOWN);
    assertThat(d.planningModeAsString()).contains("adaptive");
    assertThat(d.builtInAgentType()).isEmpty();
    assertThat(d.hasProperty("builtInAgentType")).isTrue();
    assertThat(d.description()).isEmpty();
    assertThat(d.hasProperty("description")).isTrue();
    assertThat(d.inputs()).isEmpty();
    assertThat(d.hasProperty("deletedAt")).isFalse();
    assertThat(d.isDeleted()).isFalse();
    assertThat(d.additionalProperties())
        .containsEntry("riskTier", "tier-1")
        .containsEntry("mitreTechniques", List.of("T1021.002", "T1569.002"))
        .doesNotContainKey("detectionCadence");
    assertThat(d.triggerSummary())
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.additionalProperties())
                    .containsEntry("lastFiredAt", "2025-12-02T07:30:00.000Z"));
    assertThat(d.activeSystemPrompt())
        .hasValueSatisfying(
            p ->
                assertThat(p.additionalProperties())
                    .containsEntry(
                        "author", Map.of("kind", "user", "email", "s.ramirez@acme-corp.com")));
  }

  @Test
  void acceptedDetection_keepsUnknownValuesAndProperties() {
    respond("detection-accepted.json");

    Detection d = client.detections().accept("e4eb7910-b6be-49a4-bf00-963618b7c587");

    assertThat(d.origin()).contains(AgentOrigin.UNKNOWN);
    assertThat(d.originAsString()).contains("api");
    assertThat(d.detectionCategoryAsString()).contains("identity_compromise");
    assertThat(d.modelAlias())
        .contains(Map.of("provider", "anthropic", "model", "claude-sonnet-4-5"));
    assertThat(d.avgEvalScore30d()).isEmpty();
    assertThat(d.runs30d()).contains(BigInteger.valueOf(240));
    assertThat(d.threatModelVersion())
        .hasValueSatisfying(
            v -> {
              assertThat(v.version()).contains(BigInteger.valueOf(5));
              assertThat(v.additionalProperties())
                  .containsEntry("publishedAt", "2025-12-01T00:00:00.000Z");
            });
    assertThat(d.skills())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.additionalProperties()).containsEntry("pinned", true);
              assertThat(s.skill())
                  .hasValueSatisfying(
                      info ->
                          assertThat(info.additionalProperties())
                              .containsEntry("owner", "platform-security"));
            });
    assertThat(d.structuredOutputSchema())
        .hasValueSatisfying(
            schema -> {
              assertThat(schema.presetId()).contains("classification-v2");
              assertThat(schema.allowsAdditionalProperties()).contains(false);
            });
    assertThat(d.additionalProperties())
        .containsEntry("ownerTeam", "identity-security")
        .containsKey("toolActionConfigsV2");
  }

  @Test
  void webhookDestination_unknownAuthType_isUnknownWithItsRawString() {
    OutputDestination d = createDestination("destination-webhook.json");

    assertThat(d)
        .isInstanceOfSatisfying(
            OutputDestination.Webhook.class,
            w -> {
              assertThat(w.config().authType()).isEqualTo(WebhookAuthType.UNKNOWN);
              assertThat(w.config().authTypeAsString()).isEqualTo("hmac_sha256");
              assertThat(w.config().headerName()).isEmpty();
              assertThat(w.config().additionalProperties())
                  .containsEntry("signatureHeader", "X-Cotool-Signature")
                  .containsKey("retryPolicy");
              assertThat(w.token()).isEmpty();
              assertThat(w.hasToken()).isTrue();
              assertThat(w.additionalProperties())
                  .containsEntry("lastDeliveryStatus", "succeeded")
                  .containsKey("deliveryStats");
            });
  }

  @Test
  void pagerDutyDestination_unknownSeverity_isUnknownWithItsRawString() {
    OutputDestination d = createDestination("destination-pagerduty.json");

    assertThat(d)
        .isInstanceOfSatisfying(
            OutputDestination.PagerDuty.class,
            pd -> {
              assertThat(pd.config().severity()).isEqualTo(PagerDutySeverity.UNKNOWN);
              assertThat(pd.config().severityAsString()).isEqualTo("fatal");
              assertThat(pd.config().additionalProperties()).containsKey("dedupWindowMinutes");
              assertThat(pd.additionalProperties())
                  .containsEntry("serviceName", "Security Incident Response");
            });
  }

  @Test
  void linearDestination_missingUpdatedAtAndNullTeamName_decode_andOnlyTheRequiredGetterThrows() {
    OutputDestination d = createDestination("destination-linear.json");

    assertThat(d)
        .isInstanceOfSatisfying(
            OutputDestination.Linear.class,
            linear -> {
              assertThat(linear.config().teamId())
                  .isEqualTo("9cfb482a-81e3-4154-b5b9-2c805e70a02d");
              assertThat(linear.config().teamName()).isEmpty();
              assertThat(linear.config().hasProperty("teamName")).isTrue();
              assertThat(linear.config().additionalProperties())
                  .containsEntry("labelIds", List.of("5d1b0c8e-2f47-4a9d-b6e3-8c7a1f9e0d52"));
              assertThat(linear.additionalProperties()).containsEntry("workspaceSlug", "acme-corp");
              assertThat(linear.hasProperty("updatedAt")).isFalse();
              assertThatThrownBy(linear::updatedAt)
                  .isInstanceOf(CotoolInvalidDataException.class)
                  .hasMessageContaining("updatedAt");
              assertThat(linear.toString()).isNotBlank();
            });
  }

  @Test
  void teamsDestination_nullName_decodes_andOnlyTheNameGetterThrows() {
    OutputDestination d = createDestination("destination-teams.json");

    assertThat(d)
        .isInstanceOfSatisfying(
            OutputDestination.Teams.class,
            teams -> {
              assertThat(teams.hasProperty("name")).isTrue();
              assertThatThrownBy(teams::name).isInstanceOf(CotoolInvalidDataException.class);
              assertThat(teams.config().url())
                  .startsWith("https://prod-47.westus.logic.azure.com:443/workflows/");
              assertThat(teams.config().additionalProperties())
                  .containsEntry("cardFormat", "adaptive-card-1.5");
              assertThat(teams.additionalProperties())
                  .containsEntry("displayName", "SOC Teams channel");
              assertThat(teams.toString()).isNotBlank();
            });
  }

  @Test
  void opsgenieDestination_isUnknown_withItsJsonIntact() {
    String body = fixture("newer-server/destination-opsgenie.json");
    OutputDestination d = createDestination("destination-opsgenie.json");

    assertThat(d)
        .isInstanceOfSatisfying(
            OutputDestination.Unknown.class,
            u -> {
              assertThat(u.rawJson()).isEqualTo(body);
              assertThat(u.type()).isEqualTo("opsgenie");
              assertThat(u.updatedAt()).isEqualTo("2025-12-02T08:20:45.117Z");
            });
  }

  @Test
  void alertsPage_keepsUnknownValues_andNullsInRequiredFieldsFailOnlyOnAccess() {
    respond("alerts-page.json");

    AlertPage page = client.alerts().list(AlertListParams.builder().build());

    assertThat(page.totalCount()).isEqualTo(58);
    assertThat(page.alerts()).hasSize(2);
    Alert edr = page.alerts().get(0);
    assertThat(edr.status()).isEqualTo(AlertStatus.UNKNOWN);
    assertThat(edr.statusAsString()).isEqualTo("snoozed");
    assertThat(edr.isClosed()).isFalse();
    assertThat(edr.severity()).contains(AlertSeverity.UNKNOWN);
    assertThat(edr.severityAsString()).contains("informational");
    assertThat(edr.source().category()).isEqualTo(AlertSourceCategory.UNKNOWN);
    assertThat(edr.source().categoryAsString()).isEqualTo("edr");
    assertThat(edr.source().name()).isEqualTo(AlertSourceName.UNKNOWN);
    assertThat(edr.source().nameAsString()).isEqualTo("crowdstrike");
    assertThat(edr.source().triggerType()).contains(AlertTriggerType.UNKNOWN);
    assertThat(edr.source().additionalProperties())
        .containsEntry("vendorEventId", "ldt:8a1f2e7c9b3d4e50:38654705921");
    assertThat(edr.detection())
        .hasValueSatisfying(
            det -> {
              assertThat(det.kind()).isEqualTo(AlertDetectionKind.UNKNOWN);
              assertThat(det.kindAsString()).isEqualTo("sigma");
              assertThat(det.additionalProperties()).containsKey("mitre");
            });
    assertThat(edr.createdBy()).isEqualTo(AlertCreator.UNKNOWN);
    assertThat(edr.createdByAsString()).isEqualTo("integration");
    assertThat(edr.derivedDisposition()).contains(AlertDisposition.UNKNOWN);
    assertThat(edr.derivedDispositionAsString()).contains("duplicate");
    assertThat(edr.externalProvider()).contains(AlertTriggerType.UNKNOWN);
    assertThat(edr.triggerSourceAsString()).contains("crowdstrike");
    assertThat(edr.additionalProperties())
        .containsEntry("snoozedUntil", "2025-12-02T18:00:00.000Z")
        .containsKeys("riskScore", "mitreTechniques", "assignee");

    Alert sparse = page.alerts().get(1);
    assertThat(sparse.title())
        .isEqualTo("Privilege escalation via sudoers change on prod-bastion-03");
    assertThat(sparse.hasProperty("organizationName")).isTrue();
    assertThatThrownBy(sparse::organizationName).isInstanceOf(CotoolInvalidDataException.class);
    assertThat(sparse.description()).isEmpty();
    assertThat(sparse.hasProperty("description")).isFalse();
    assertThat(sparse.source().triggerType()).isEmpty();
    assertThat(sparse.source().hasProperty("triggerType")).isFalse();
    assertThat(sparse.toString()).isNotBlank();
  }

  @Test
  void alertsPage_autoPagesThroughTheClient() {
    respond("alerts-page.json");

    List<String> ids =
        client
            .alerts()
            .listAutoPaging(AlertListParams.builder().limit(2).offset(56).build())
            .stream()
            .map(Alert::id)
            .toList();

    assertThat(ids)
        .containsExactly(
            "5c1e9a37-8f4d-4b2a-9e63-d07b4f8a2c15", "7e2b4d19-c3a8-4f60-8b1d-5a9e0c6f3b72");
  }

  @ParameterizedTest
  @ValueSource(strings = {"trigger-started.json", "trigger-skipped.json", "trigger-failed.json"})
  void triggerResults_withExtraProperties_decodeToTheirVariant(String fixture) {
    respond(fixture);

    TriggerResult result = client.triggers().invoke(TriggerSource.JIRA, TRIGGER_ID, Map.of());

    switch (fixture) {
      case "trigger-started.json" ->
          assertThat(result)
              .isInstanceOfSatisfying(
                  TriggerResult.Started.class,
                  started -> {
                    assertThat(started.executionId())
                        .isEqualTo("9a4c7e12-5b3d-4f80-b6a1-e2d8c0f4793b");
                    assertThat(started.additionalProperties())
                        .containsEntry("status", "queued")
                        .containsEntry(
                            "pollUrl", "/api/executions/9a4c7e12-5b3d-4f80-b6a1-e2d8c0f4793b");
                  });
      case "trigger-skipped.json" ->
          assertThat(result)
              .isInstanceOfSatisfying(
                  TriggerResult.Skipped.class,
                  skipped -> {
                    assertThat(skipped.message())
                        .isEqualTo(
                            "Duplicate event: an execution for SEC-4821 started 14 seconds ago");
                    assertThat(skipped.action()).isEqualTo("jira:issue_updated");
                    assertThat(skipped.additionalProperties())
                        .containsEntry("reason", "dedupe_window");
                  });
      default ->
          assertThat(result)
              .isInstanceOfSatisfying(
                  TriggerResult.Failed.class,
                  failed -> {
                    assertThat(failed.error()).isEqualTo("Trigger payload exceeded 1 MiB");
                    assertThat(failed.additionalProperties())
                        .containsEntry("code", "PAYLOAD_TOO_LARGE")
                        .containsEntry("retryable", false);
                  });
    }
  }

  @Test
  void newerErrorBodies_stillMapToTheirExceptions() {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse().withStatus(400).withBody(fixture("newer-server/error-400.json"))));
    assertThat(catchThrowable(() -> client.alerts().list(AlertListParams.builder().build())))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.issues())
                  .singleElement()
                  .satisfies(i -> assertThat(i).containsEntry("code", "too_big"));
              assertThat(e.errorMessage()).contains("Invalid query parameters");
            });

    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse().withStatus(401).withBody(fixture("newer-server/error-401.json"))));
    assertThat(catchThrowable(() -> client.alerts().list(AlertListParams.builder().build())))
        .isInstanceOfSatisfying(
            UnauthorizedException.class,
            e -> {
              assertThat(e.errorMessage()).isEmpty();
              assertThat(e.getMessage()).contains("401").contains("API key expired on 2025-11-30");
            });

    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse().withStatus(403).withBody(fixture("newer-server/error-403.json"))));
    assertThat(catchThrowable(() -> client.alerts().list(AlertListParams.builder().build())))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class,
            e -> {
              assertThat(e.missingPerms()).isEmpty();
              assertThat(e.errorMessage()).contains("Forbidden");
            });

    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse().withStatus(500).withBody(fixture("newer-server/error-500.json"))));
    assertThat(catchThrowable(() -> client.alerts().list(AlertListParams.builder().build())))
        .isInstanceOfSatisfying(
            InternalServerException.class,
            e -> {
              assertThat(e.errorMessage()).isEmpty();
              assertThat(e.body()).contains("4bf92f3577b34da6a3ce929d0e0e4736");
            });
  }
}
