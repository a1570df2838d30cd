package ai.cotool.sdk.internal.generated;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ai.cotool.sdk.internal.generated.client.JSON;
import ai.cotool.sdk.internal.generated.model.AcceptDetectionResponseJson;
import ai.cotool.sdk.internal.generated.model.AcceptedStructuredOutputSchemaJson;
import ai.cotool.sdk.internal.generated.model.AlertDetectionJson;
import ai.cotool.sdk.internal.generated.model.AlertJson;
import ai.cotool.sdk.internal.generated.model.AlertListJson;
import ai.cotool.sdk.internal.generated.model.AlertSourceJson;
import ai.cotool.sdk.internal.generated.model.CreateDetectionResponseJson;
import ai.cotool.sdk.internal.generated.model.ErrorBodyJson;
import ai.cotool.sdk.internal.generated.model.LinearDestinationJson;
import ai.cotool.sdk.internal.generated.model.OutputDestinationJson;
import ai.cotool.sdk.internal.generated.model.PagerDutyDestinationConfigJson;
import ai.cotool.sdk.internal.generated.model.PagerDutyDestinationJson;
import ai.cotool.sdk.internal.generated.model.PermissionError;
import ai.cotool.sdk.internal.generated.model.SlackDestinationJson;
import ai.cotool.sdk.internal.generated.model.TeamsDestinationJson;
import ai.cotool.sdk.internal.generated.model.TinesDestinationJson;
import ai.cotool.sdk.internal.generated.model.TriggerFailedJson;
import ai.cotool.sdk.internal.generated.model.TriggerInvocationResultJson;
import ai.cotool.sdk.internal.generated.model.TriggerSkippedJson;
import ai.cotool.sdk.internal.generated.model.TriggerStartedJson;
import ai.cotool.sdk.internal.generated.model.ValidationError;
import ai.cotool.sdk.internal.generated.model.WebhookDestinationConfigJson;
import ai.cotool.sdk.internal.generated.model.WebhookDestinationJson;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decodes the JSON fixtures under {@code src/test/resources/fixtures} with the generated layer's
 * own Gson ({@link JSON#getGson()}) and pins what the generated models do with spec-valid bodies
 * and with bodies a newer server might send ({@code fixtures/newer-server}).
 *
 * <p>The generated oneOf/anyOf wrappers still choose a variant by trying each one; two tests pin
 * that, because it is why sdk-core reads the discriminator itself and never uses them.
 */
class GeneratedModelsDecodeTest {

  private static final Gson GSON = JSON.getGson();

  private static final String MODEL_PACKAGE = "ai.cotool.sdk.internal.generated.model";

  /**
   * The presence bitmask is one {@code long}; properties use bits 1..n, so 63 is the most a model
   * may declare.
   */
  private static final int MAX_PRESENCE_BITS = 63;

  // ---------------------------------------------------------------------------------------------------------------
  // helpers

  private static <T> T decode(String name, Class<T> type) {
    return GSON.fromJson(fixture(name), type);
  }

  private static JsonObject tree(String json) {
    return JsonParser.parseString(json).getAsJsonObject();
  }

  /**
   * Re-encodes a decoded model with the same Gson and parses the result, for asserting what is
   * written back.
   */
  private static JsonObject reencoded(Object model) {
    return tree(GSON.toJson(model));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // spec-valid: alerts

  @Test
  void alertsPage_decodesEveryStatusSeverityAndSourceShape() {
    AlertListJson page = decode("alerts-page.json", AlertListJson.class);

    assertThat(page.getTotalCount()).isEqualTo(java.math.BigInteger.valueOf(57));
    assertThat(page.getAlerts()).hasSize(6);
    assertThat(page.getAdditionalProperties()).isNull();

    List<AlertJson> alerts = page.getAlerts();
    assertThat(alerts)
        .extracting(AlertJson::getDisplayId)
        .containsExactly("COT-1042", "COT-1041", "COT-1038", "COT-1031", "COT-1027", "COT-1019");
    // every documented status, each a known constant
    assertThat(alerts)
        .extracting(AlertJson::getStatus)
        .containsExactlyInAnyOrderElementsOf(AlertJson.StatusEnum.values());
    assertThat(alerts).allSatisfy(a -> assertThat(a.getStatus().isKnown()).isTrue());
    // every documented severity plus null
    assertThat(alerts)
        .extracting(AlertJson::getSeverity)
        .containsAll(AlertJson.SeverityEnum.values())
        .containsOnlyOnce((AlertJson.SeverityEnum) null);
    assertThat(alerts).allSatisfy(a -> assertThat(a.getAdditionalProperties()).isNull());
    assertThat(alerts)
        .extracting(AlertJson::getOrganizationId)
        .containsOnly("7c67f3c6-cb58-481b-8978-bd41e0c84856");
    assertThat(alerts).extracting(AlertJson::getOrganizationName).containsOnly("acme-corp");
  }

  @Test
  void detectionCreatedAlert_carriesCotoolDetectionAttribution() {
    AlertJson alert = decode("alerts-page.json", AlertListJson.class).getAlerts().get(0);

    assertThat(alert.getId()).isEqualTo("6d82846b-8f25-4fbf-8360-7c383fb3c77d");
    assertThat(alert.getTitle())
        .isEqualTo("Privilege escalation via sudoers change on prod-bastion-02");
    assertThat(alert.getDescription())
        .startsWith("User `deploy-svc` appended `ALL=(ALL) NOPASSWD: ALL`");
    assertThat(alert.getSeverity()).isSameAs(AlertJson.SeverityEnum.CRITICAL);
    assertThat(alert.getStatus()).isSameAs(AlertJson.StatusEnum.OPEN);
    assertThat(alert.getCreatedBy()).isSameAs(AlertJson.CreatedByEnum.AGENT);

    AlertSourceJson source = alert.getSource();
    assertThat(source.getCategory()).isSameAs(AlertSourceJson.CategoryEnum.DETECTION);
    assertThat(source.getName()).isSameAs(AlertSourceJson.NameEnum.COTOOL_DETECTION);
    assertThat(source.getTriggerType()).isNull();
    assertThat(source.isPropertyPresent("triggerType")).isTrue();

    AlertDetectionJson detection = alert.getDetection();
    assertThat(detection.getId()).isEqualTo("0d0d0543-acd7-432b-9771-c0d5cd8a7634");
    assertThat(detection.getAgentId()).isEqualTo("bba60bbb-cfcd-484b-b936-d253779243a8");
    assertThat(detection.getName()).isEqualTo("Privilege escalation via sudoers change");
    assertThat(detection.getKind()).isSameAs(AlertDetectionJson.KindEnum.COTOOL);

    assertThat(alert.getOriginAgentId()).isEqualTo(detection.getAgentId());
    assertThat(alert.getOriginDetectionHitId()).isEqualTo("1ffc985e-990f-41ce-8801-718fc88dcf31");
    assertThat(alert.getOriginTriggerId()).isNull();
    assertThat(alert.getDedupeKey())
        .isEqualTo("detection:0d0d0543-acd7-432b-9771-c0d5cd8a7634:prod-bastion-02:2025-11-21T14");
    assertThat(alert.getCreatedAt()).isEqualTo("2025-11-21T14:07:12.481Z");
    assertThat(alert.getFirstTriagedAt()).isNull();
    assertThat(alert.getDerivedDisposition()).isNull();
    assertThat(alert.getTriggerSource()).isNull();
  }

  @Test
  void triggerCreatedAlert_withExternalDetectionWhoseIdIsNull_decodes() {
    AlertJson alert = decode("alerts-page.json", AlertListJson.class).getAlerts().get(1);

    assertThat(alert.getStatus()).isSameAs(AlertJson.StatusEnum.IN_PROGRESS);
    assertThat(alert.getSeverity()).isSameAs(AlertJson.SeverityEnum.HIGH);
    assertThat(alert.getCreatedBy()).isSameAs(AlertJson.CreatedByEnum.TRIGGER);
    assertThat(alert.getSource().getCategory()).isSameAs(AlertSourceJson.CategoryEnum.TRIGGER);
    assertThat(alert.getSource().getName()).isSameAs(AlertSourceJson.NameEnum.JIRA);
    assertThat(alert.getSource().getTriggerType()).isSameAs(AlertSourceJson.TriggerTypeEnum.JIRA);

    AlertDetectionJson detection = alert.getDetection();
    assertThat(detection.getId()).isNull();
    assertThat(detection.isPropertyPresent("id")).isTrue();
    assertThat(detection.getAgentId()).isNull();
    assertThat(detection.getName()).isEqualTo("Suspicious PowerShell Encoded Command");
    assertThat(detection.getKind()).isSameAs(AlertDetectionJson.KindEnum.EXTERNAL);

    assertThat(alert.getExternalProvider()).isSameAs(AlertJson.ExternalProviderEnum.JIRA);
    assertThat(alert.getExternalRef()).isEqualTo("SEC-4821");
    assertThat(alert.getExternalUrl()).isEqualTo("https://acme-corp.atlassian.net/browse/SEC-4821");
    assertThat(alert.getTriggerSource()).isSameAs(AlertJson.TriggerSourceEnum.JIRA);
    assertThat(alert.getOriginTriggerId()).isEqualTo("53299c66-de36-4390-9afe-ef219223b44c");
    assertThat(alert.getAssignedAgentName()).isEqualTo("Endpoint Triage");
    assertThat(alert.getFirstTriagedAt()).isEqualTo("2025-11-21T13:51:44.020Z");
  }

  @Test
  void alertsWithNullDetectionNullSeverityAndClosedDispositions_decode() {
    List<AlertJson> alerts = decode("alerts-page.json", AlertListJson.class).getAlerts();

    AlertJson escalated = alerts.get(2);
    assertThat(escalated.getStatus()).isSameAs(AlertJson.StatusEnum.ESCALATED);
    assertThat(escalated.getDetection()).isNull();
    assertThat(escalated.isPropertyPresent("detection")).isTrue();
    assertThat(escalated.getSource().getName()).isSameAs(AlertSourceJson.NameEnum.WEBHOOK);

    AlertJson reportedPhish = alerts.get(4);
    assertThat(reportedPhish.getSeverity()).isNull();
    assertThat(reportedPhish.isPropertyPresent("severity")).isTrue();
    assertThat(reportedPhish.getStatus()).isSameAs(AlertJson.StatusEnum.CLOSED_FALSE_POSITIVE);
    assertThat(reportedPhish.getCreatedBy()).isSameAs(AlertJson.CreatedByEnum.SYSTEM);
    assertThat(reportedPhish.getExternalRef()).isEqualTo("<CAJ8x+Qn2v3@mail.acme-corp.co>");
    assertThat(reportedPhish.getDedupeKey()).isNull();

    assertThat(alerts)
        .extracting(
            AlertJson::getStatus, AlertJson::getDerivedDisposition, AlertJson::getResolvedAt)
        .containsExactly(
            tuple(AlertJson.StatusEnum.OPEN, null, null),
            tuple(AlertJson.StatusEnum.IN_PROGRESS, null, null),
            tuple(AlertJson.StatusEnum.ESCALATED, null, null),
            tuple(
                AlertJson.StatusEnum.CLOSED_TRUE_POSITIVE,
                AlertJson.DerivedDispositionEnum.TRUE_POSITIVE,
                "2025-11-20T08:15:44.318Z"),
            tuple(
                AlertJson.StatusEnum.CLOSED_FALSE_POSITIVE,
                AlertJson.DerivedDispositionEnum.FALSE_POSITIVE,
                "2025-11-18T17:02:10.448Z"),
            tuple(
                AlertJson.StatusEnum.CLOSED_TRUE_POSITIVE_BENIGN,
                AlertJson.DerivedDispositionEnum.TRUE_POSITIVE_BENIGN,
                "2025-11-17T10:21:37.660Z"));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // spec-valid: detections

  @Test
  void detectionCreated_decodes() {
    CreateDetectionResponseJson detection =
        decode("detection-created.json", CreateDetectionResponseJson.class);

    assertThat(detection.getId()).isEqualTo("bba60bbb-cfcd-484b-b936-d253779243a8");
    assertThat(detection.getName()).isEqualTo("Privilege escalation via sudoers change");
    assertThat(detection.getDeletedAt()).isNull();
    assertThat(detection.isPropertyPresent("deletedAt")).isTrue();
    assertThat(detection.getToolNames())
        .containsExactly(
            "splunk_search", "okta_get_user", "crowdstrike_get_host_details", "slack_send_message");
    assertThat(detection.getInputs())
        .extracting("name", "required")
        .containsExactly(tuple("hostname", true), tuple("changeTicket", false));
    assertThat(detection.getModelAlias()).isEqualTo("claude-sonnet-4-5");
    assertThat(detection.getPlanningMode())
        .isSameAs(CreateDetectionResponseJson.PlanningModeEnum.AUTO);
    assertThat(detection.getAgentType())
        .isSameAs(CreateDetectionResponseJson.AgentTypeEnum.DETECTION);
    assertThat(detection.getIsBuiltIn()).isFalse();
    // the spec makes builtInAgentType required and non-null even for a user-created detection
    assertThat(detection.getBuiltInAgentType())
        .isSameAs(CreateDetectionResponseJson.BuiltInAgentTypeEnum.THREAT_RESEARCH);
    assertThat(detection.getDetectionCategory())
        .isSameAs(CreateDetectionResponseJson.DetectionCategoryEnum.PRIVILEGE_ESCALATION);
    assertThat(detection.getDetectionCadence())
        .isSameAs(CreateDetectionResponseJson.DetectionCadenceEnum.HOURLY);
    assertThat(detection.getDetectionQuery())
        .startsWith("index=linux_audit sourcetype=linux:audit")
        .contains("path=\"/etc/sudoers.d/*\"");
    assertThat(detection.getSiemType()).isEqualTo("splunk");
    assertThat(detection.getTriggerSummary())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.getSource()).isEqualTo("cron");
              assertThat(t.getName()).isEqualTo("Hourly sudoers sweep");
              assertThat(t.getEnabled()).isTrue();
            });
    assertThat(detection.getActiveSystemPrompt().getId())
        .isEqualTo("8ca425cf-e921-43fc-ad5c-9cb6fc008ebe");
    assertThat(detection.getActiveSystemPrompt().getPrompt())
        .startsWith("You are a Linux privilege-escalation analyst.");
    assertThat(detection.getTinesStoryImportId()).isNull();
    assertThat(detection.isPropertyPresent("tinesStoryImportId")).isTrue();
    // contextDocs and structuredOutputSchema are optional and absent from this fixture
    // looks wrong: an absent optional array reads as [] (getContextDocs()) and is re-encoded as
    // "contextDocs": []
    assertThat(detection.isPropertyPresent("contextDocs")).isFalse();
    assertThat(detection.isPropertyPresent("structuredOutputSchema")).isFalse();
    assertThat(detection.getStructuredOutputSchema()).isNull();
    assertThat(detection.getAdditionalProperties()).isNull();
  }

  @Test
  void detectionAccepted_decodesEveryProperty() {
    AcceptDetectionResponseJson accepted =
        decode("detection-accepted.json", AcceptDetectionResponseJson.class);

    assertThat(accepted.getId()).isEqualTo("e4eb7910-b6be-49a4-bf00-963618b7c587");
    assertThat(accepted.getName()).isEqualTo("Sequence: MFA reset followed by OAuth app consent");
    assertThat(accepted.getDeletedAt()).isNull();
    assertThat(accepted.getToolNames())
        .containsExactly(
            "okta_get_user", "okta_list_system_log", "m365_list_oauth_grants", "jira_create_issue");
    assertThat(accepted.getToolActionConfigs())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getType()).isEqualTo("slack_send_message");
              assertThat(c.getAllowedChannels())
                  .extracting("id", "name")
                  .containsExactly(
                      tuple("C04QZ8K1M2P", "#soc-alerts"),
                      tuple("C05B7N3TQ9X", "#identity-oncall"));
            });
    assertThat(accepted.getInputs())
        .singleElement()
        .extracting("name")
        .isEqualTo("userPrincipalName");
    assertThat(accepted.getModelAlias()).isEqualTo("claude-sonnet-4-5");
    assertThat(accepted.getPlanningMode())
        .isSameAs(AcceptDetectionResponseJson.PlanningModeEnum.ALWAYS);
    assertThat(accepted.getAgentType())
        .isSameAs(AcceptDetectionResponseJson.AgentTypeEnum.DETECTION);
    assertThat(accepted.getOrigin()).isSameAs(AcceptDetectionResponseJson.OriginEnum.ORCHESTRATOR);
    assertThat(accepted.getIsBuiltIn()).isFalse();
    assertThat(accepted.getBuiltInAgentType())
        .isSameAs(AcceptDetectionResponseJson.BuiltInAgentTypeEnum.THREAT_RELEVANCY);
    assertThat(accepted.getCronSchedule()).isEqualTo("0 * * * *");
    assertThat(accepted.getEnabled()).isTrue();
    assertThat(accepted.getCliNames()).containsExactly("aws", "gcloud");
    assertThat(accepted.getContextDocs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.getProvider()).isEqualTo("googleDocs");
              assertThat(d.getName()).isEqualTo("Identity Incident Response Runbook");
              assertThat(d.getMimeType()).isEqualTo("application/vnd.google-apps.document");
            });
    assertThat(accepted.getTinesStoryImportId()).isEqualTo("tines-story-40217");
    assertThat(accepted.getTriggerSummary())
        .singleElement()
        .extracting("name")
        .isEqualTo("Hourly identity sweep");

    AcceptedStructuredOutputSchemaJson schema = accepted.getStructuredOutputSchema();
    assertThat(schema.getType()).isEqualTo("object");
    assertThat(schema.getTitle()).isEqualTo("Detection verdict");
    assertThat(schema.getRequired()).containsExactly("verdict", "confidence");
    assertThat(schema.getEnum()).containsExactly("true_positive", "false_positive", "needs_review");
    assertThat(schema.getProperties())
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsOnlyKeys("verdict", "confidence");
    assertThat(schema.getItems()).isNull();
    assertThat(schema.getAllowsAdditionalProperties()).isFalse();
    assertThat(schema.getxCotool().getPresetId()).isEqualTo("classification");

    assertThat(accepted.getTags()).containsExactly("identity", "okta", "m365");
    assertThat(accepted.getSkills())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getSkillId()).isEqualTo("f8944644-6448-430f-90ab-9bacd499154e");
              assertThat(s.getSkill().getName()).isEqualTo("Okta session investigation");
              assertThat(s.getSkill().getRequiredTools())
                  .containsExactly("okta_get_user", "okta_list_system_log");
              assertThat(s.getSkillVersionId()).isEqualTo("685adceb-dce2-4777-bfaf-4819713172e9");
              assertThat(s.getInvocationCount30d()).isEqualTo(214);
            });
    assertThat(accepted.getAcceptanceCriteria())
        .hasSize(2)
        .first()
        .isEqualTo("Cites the Okta system log event id of the MFA reset");
    assertThat(accepted.getDetectionCategory())
        .isSameAs(AcceptDetectionResponseJson.DetectionCategoryEnum.SEQUENCE_PATTERN);
    assertThat(accepted.getDetectionQuery()).startsWith("from logs-okta.system*, logs-o365.audit*");
    assertThat(accepted.getSiemType()).isEqualTo("elastic");
    assertThat(accepted.getIsSuggestion()).isFalse();
    assertThat(accepted.getLastDetectionRunAt()).isEqualTo("2025-11-21T15:00:04.118Z");
    assertThat(accepted.getActiveSystemPrompt().getDescription())
        .isEqualTo("Accepted from orchestrator suggestion");
    assertThat(accepted.getRuns30d()).isEqualTo(216);
    assertThat(accepted.getRunningRuns30d()).isEqualTo(1);
    assertThat(accepted.getHits30d()).isEqualTo(3);
    assertThat(accepted.getAvgEvalScore30d()).isEqualByComparingTo("87.5");
    assertThat(accepted.getThreatModelSnippet()).startsWith("Attackers who phish help-desk staff");
    assertThat(accepted.getThreatModelVersion().getId())
        .isEqualTo("0e5b7a2c-9d41-4f63-8b1e-3c7d2a9f6e05");
    assertThat(accepted.getThreatModelVersion().getVersion()).isEqualTo(4);
    assertThat(accepted.getThreatModelVersion().getIsCurrent()).isTrue();
    assertThat(accepted.getAdditionalProperties()).isNull();

    // the property named "additionalProperties" must survive re-encoding (the write template
    // removes that key)
    assertThat(
            reencoded(accepted)
                .getAsJsonObject("structuredOutputSchema")
                .get("additionalProperties"))
        .isEqualTo(JsonParser.parseString("false"));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // spec-valid: output destinations (oneOf)

  static Stream<Arguments> destinations() {
    return Stream.of(
        Arguments.of("destination-webhook.json", WebhookDestinationJson.class),
        Arguments.of("destination-teams.json", TeamsDestinationJson.class),
        Arguments.of("destination-slack.json", SlackDestinationJson.class),
        Arguments.of("destination-pagerduty.json", PagerDutyDestinationJson.class),
        Arguments.of("destination-linear.json", LinearDestinationJson.class),
        Arguments.of("destination-tines.json", TinesDestinationJson.class));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("destinations")
  void outputDestinationWrapper_selectsTheVariantNamedByType(String file, Class<?> variant)
      throws Exception {
    OutputDestinationJson destination = decode(file, OutputDestinationJson.class);
    JsonObject expected = tree(fixture(file));

    assertThat(destination.getActualInstance()).isExactlyInstanceOf(variant);
    Object instance = destination.getActualInstance();
    assertThat(call(instance, "getId")).isEqualTo(expected.get("id").getAsString());
    assertThat(call(instance, "getName")).isEqualTo(expected.get("name").getAsString());
    assertThat(String.valueOf(call(instance, "getType")))
        .isEqualTo(expected.get("type").getAsString());
    // the wrapper writes the selected variant back as it was read (these fixtures hold no nulls)
    assertThat(reencoded(destination)).isEqualTo(expected);
  }

  @Test
  void destinationVariants_decodeDirectlyWithConcreteConfig() {
    WebhookDestinationJson webhook =
        decode("destination-webhook.json", WebhookDestinationJson.class);
    assertThat(webhook.getType()).isSameAs(WebhookDestinationJson.TypeEnum.WEBHOOK);
    assertThat(webhook.getConfig().getUrl())
        .isEqualTo("https://soar.acme-corp.com/api/v2/intake/cotool");
    assertThat(webhook.getConfig().getAuthType())
        .isSameAs(WebhookDestinationConfigJson.AuthTypeEnum.HEADER);
    assertThat(webhook.getConfig().getHeaderName()).isEqualTo("X-API-Key");
    assertThat(webhook.getToken()).isEqualTo("whk_live_7Qm2vX9pR4tL8sNc");
    assertThat(webhook.getHasToken()).isTrue();

    TeamsDestinationJson teams = decode("destination-teams.json", TeamsDestinationJson.class);
    assertThat(teams.getConfig().getUrl())
        .startsWith("https://prod-47.westus.logic.azure.com:443/workflows/")
        .contains("api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun");
    assertThat(teams.getUpdatedAt()).isEqualTo("2025-11-20T11:02:55.640Z");

    SlackDestinationJson slack = decode("destination-slack.json", SlackDestinationJson.class);
    assertThat(slack.getConfig().getChannelIds()).containsExactly("C04QZ8K1M2P", "C05B7N3TQ9X");
    assertThat(slack.getName()).isEqualTo("SOC alerts (Slack)");

    PagerDutyDestinationJson pagerDuty =
        decode("destination-pagerduty.json", PagerDutyDestinationJson.class);
    assertThat(pagerDuty.getConfig().getSeverity())
        .isSameAs(PagerDutyDestinationConfigJson.SeverityEnum.ERROR);
    assertThat(pagerDuty.getConfig().getSource()).isEqualTo("cotool-detections");

    LinearDestinationJson linear = decode("destination-linear.json", LinearDestinationJson.class);
    assertThat(linear.getConfig().getTeamId()).isEqualTo("9cfb482a-81e3-4154-b5b9-2c805e70a02d");
    assertThat(linear.getConfig().getTeamName()).isEqualTo("Security Engineering");

    TinesDestinationJson tines = decode("destination-tines.json", TinesDestinationJson.class);
    assertThat(tines.getConfig().getTeamId()).isEqualTo("4812");
    assertThat(tines.getConfig().getTeamName()).isEqualTo("SOC Automation");
    assertThat(tines.getOrganizationId()).isEqualTo("7c67f3c6-cb58-481b-8978-bd41e0c84856");
  }

  @Test
  void constEnumOfADestinationType_staysStrict() {
    assertThat(WebhookDestinationJson.TypeEnum.fromValue("webhook"))
        .isSameAs(WebhookDestinationJson.TypeEnum.WEBHOOK);
    assertThatThrownBy(() -> WebhookDestinationJson.TypeEnum.fromValue("opsgenie"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("opsgenie");
    assertThatThrownBy(
            () ->
                TriggerSkippedJson.ExecutionIdEnum.fromValue(
                    "3e8f1a6c-7d24-4b9e-a510-c62f9d8b4e17"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // spec-valid: trigger invocation (anyOf)

  @Test
  void triggerStarted_decodesThroughTheAnyOfWrapper() {
    TriggerInvocationResultJson result =
        decode("trigger-started.json", TriggerInvocationResultJson.class);

    assertThat(result.getActualInstance()).isExactlyInstanceOf(TriggerStartedJson.class);
    assertThat(result.getTriggerStartedJson().getExecutionId())
        .isEqualTo("3e8f1a6c-7d24-4b9e-a510-c62f9d8b4e17");
  }

  @Test
  void triggerFailed_decodesThroughTheAnyOfWrapper() {
    TriggerInvocationResultJson result =
        decode("trigger-failed.json", TriggerInvocationResultJson.class);

    assertThat(result.getActualInstance()).isExactlyInstanceOf(TriggerFailedJson.class);
    assertThat(result.getTriggerFailedJson().getError())
        .isEqualTo("Trigger 53299c66-de36-4390-9afe-ef219223b44c is disabled");
  }

  @Test
  void triggerSkipped_decodesDirectly() {
    TriggerSkippedJson skipped = decode("trigger-skipped.json", TriggerSkippedJson.class);

    assertThat(skipped.getExecutionId()).isSameAs(TriggerSkippedJson.ExecutionIdEnum.SKIPPED);
    assertThat(skipped.getMessage()).startsWith("Event did not match the trigger filter");
    assertThat(skipped.getAction()).isEqualTo("jira:issue_updated");
  }

  /**
   * The generated anyOf wrapper takes the first variant that validates, and TriggerStartedJson (any
   * executionId string) also accepts a skipped response. This is why sdk-core's TriggerResult never
   * uses the wrapper: it reads the documented markers (executionId "skipped", error) and binds the
   * variant itself.
   */
  @Test
  void anyOfWrapper_readsSkippedAsStarted() {
    TriggerInvocationResultJson result =
        decode("trigger-skipped.json", TriggerInvocationResultJson.class);

    assertThat(result.getActualInstance()).isExactlyInstanceOf(TriggerStartedJson.class);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // spec-valid: error bodies

  @Test
  void validationError_keepsZodIssuesAsMaps() {
    ValidationError error = decode("error-400.json", ValidationError.class);

    assertThat(error.getError()).isEqualTo("Invalid request body");
    assertThat(error.getIssues()).hasSize(3);
    assertThat(error.getIssues())
        .extracting(i -> i.get("code"))
        .containsExactly("too_small", "invalid_enum_value", "invalid_type");
    assertThat(error.getIssues().get(0))
        .containsEntry("path", List.of("detectionQuery"))
        .containsEntry("message", "String must contain at least 1 character(s)")
        .containsEntry("inclusive", true);
    assertThat(error.getIssues().get(1).get("options"))
        .isEqualTo(List.of("hourly", "daily", "weekly"));
    List<?> path = (List<?>) error.getIssues().get(2).get("path");
    assertThat(path.get(0)).isEqualTo("toolNames");
    assertThat(((Number) path.get(1)).intValue()).isEqualTo(2);
    assertThat(error.getAdditionalProperties()).isNull();
  }

  @Test
  void errorBodies_decode() {
    assertThat(decode("error-401.json", ErrorBodyJson.class).getError())
        .isEqualTo("Unauthorized: invalid or revoked API key");
    assertThat(decode("error-500.json", ErrorBodyJson.class).getError())
        .isEqualTo("Internal server error");

    PermissionError forbidden = decode("error-403.json", PermissionError.class);
    assertThat(forbidden.getError()).startsWith("Forbidden: your API key lacks the permissions");
    assertThat(forbidden.getMissingPerms()).containsExactly("detections:write", "agents:manage");
    assertThat(forbidden.isPropertyPresent("missingPerms")).isTrue();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // newer server: unknown enum values

  @Test
  void openEnum_keepsAnUnknownRawValue() {
    AlertJson.StatusEnum snoozed = AlertJson.StatusEnum.fromValue("snoozed");
    assertThat(snoozed.getValue()).isEqualTo("snoozed");
    assertThat(snoozed.isKnown()).isFalse();
    assertThat(snoozed)
        .isEqualTo(AlertJson.StatusEnum.fromValue("snoozed"))
        .isNotIn(AlertJson.StatusEnum.values());

    assertThat(AlertJson.StatusEnum.fromValue("open")).isSameAs(AlertJson.StatusEnum.OPEN);
    assertThat(AlertJson.StatusEnum.OPEN.isKnown()).isTrue();
    assertThat(AlertJson.StatusEnum.fromValue(null)).isNull();
    assertThat(CreateDetectionResponseJson.PlanningModeEnum.fromValue("adaptive").getValue())
        .isEqualTo("adaptive");
  }

  @Test
  void unknownEnumValuesInAlerts_decodeRaw_andAreWrittenBackUnchanged() {
    AlertListJson page = decode("newer-server/alerts-page.json", AlertListJson.class);
    AlertJson alert = page.getAlerts().get(0);

    assertThat(alert.getStatus().getValue()).isEqualTo("snoozed");
    assertThat(alert.getStatus().isKnown()).isFalse();
    assertThat(alert.getSeverity().getValue()).isEqualTo("informational");
    assertThat(alert.getSeverity().isKnown()).isFalse();
    assertThat(alert.getSource().getCategory().getValue()).isEqualTo("edr");
    assertThat(alert.getSource().getName().getValue()).isEqualTo("crowdstrike");
    assertThat(alert.getSource().getName().isKnown()).isFalse();
    assertThat(alert.getSource().getTriggerType().getValue()).isEqualTo("crowdstrike");
    assertThat(alert.getDetection().getKind().getValue()).isEqualTo("sigma");
    assertThat(alert.getCreatedBy().getValue()).isEqualTo("integration");
    assertThat(alert.getExternalProvider().getValue()).isEqualTo("crowdstrike");
    assertThat(alert.getDerivedDisposition().getValue()).isEqualTo("duplicate");
    assertThat(alert.getTriggerSource().getValue()).isEqualTo("crowdstrike");

    // looks wrong: gson.toJson omits every null, so "description": null is not written back
    // although it was present
    JsonObject written = reencoded(page).getAsJsonArray("alerts").get(0).getAsJsonObject();
    JsonObject read =
        tree(fixture("newer-server/alerts-page.json"))
            .getAsJsonArray("alerts")
            .get(0)
            .getAsJsonObject();
    for (String property :
        List.of(
            "status",
            "severity",
            "createdBy",
            "externalProvider",
            "derivedDisposition",
            "triggerSource")) {
      assertThat(written.get(property)).as(property).isEqualTo(read.get(property));
    }
    assertThat(written.getAsJsonObject("source")).isEqualTo(read.getAsJsonObject("source"));
    assertThat(written.getAsJsonObject("detection").get("kind").getAsString()).isEqualTo("sigma");
  }

  @Test
  void unknownEnumValuesInADetection_areWrittenBackUnchanged() {
    CreateDetectionResponseJson detection =
        decode("newer-server/detection-created.json", CreateDetectionResponseJson.class);

    assertThat(detection.getPlanningMode().getValue()).isEqualTo("adaptive");
    assertThat(detection.getPlanningMode().isKnown()).isFalse();
    assertThat(detection.getDetectionCategory().getValue()).isEqualTo("lateral_movement");
    assertThat(detection.getDetectionCadence().getValue()).isEqualTo("every_15_minutes");
    assertThat(detection.getAgentType())
        .isSameAs(CreateDetectionResponseJson.AgentTypeEnum.DETECTION);

    JsonObject written = reencoded(detection);
    assertThat(written.get("planningMode").getAsString()).isEqualTo("adaptive");
    assertThat(written.get("detectionCategory").getAsString()).isEqualTo("lateral_movement");
    assertThat(written.get("detectionCadence").getAsString()).isEqualTo("every_15_minutes");
  }

  @Test
  void unknownEnumValuesInsideOutputDestinationVariants_keepTheVariantSelectable() {
    OutputDestinationJson webhook =
        decode("newer-server/destination-webhook.json", OutputDestinationJson.class);
    assertThat(webhook.getActualInstance()).isExactlyInstanceOf(WebhookDestinationJson.class);
    WebhookDestinationConfigJson config = webhook.getWebhookDestinationJson().getConfig();
    assertThat(config.getAuthType().getValue()).isEqualTo("hmac_sha256");
    assertThat(config.getAuthType().isKnown()).isFalse();
    assertThat(config.getUrl()).isEqualTo("https://soar.acme-corp.com/api/v2/intake/cotool");
    // nested config objects keep their unknown properties even through the wrapper
    assertThat(config.getAdditionalProperties())
        .containsEntry("signatureHeader", "X-Cotool-Signature")
        .containsKey("retryPolicy");
    assertThat(reencoded(webhook).getAsJsonObject("config").get("authType").getAsString())
        .isEqualTo("hmac_sha256");

    OutputDestinationJson pagerDuty =
        decode("newer-server/destination-pagerduty.json", OutputDestinationJson.class);
    assertThat(pagerDuty.getActualInstance()).isExactlyInstanceOf(PagerDutyDestinationJson.class);
    assertThat(pagerDuty.getPagerDutyDestinationJson().getConfig().getSeverity().getValue())
        .isEqualTo("fatal");
    assertThat(reencoded(pagerDuty).getAsJsonObject("config").get("severity").getAsString())
        .isEqualTo("fatal");
  }

  @Test
  void unknownDestinationType_isRejectedByTheStrictOneOfWrapper() {
    // intended at this layer: one-value enums stay strict so no variant claims an unknown type; the
    // SDK above must
    // map this failure (or the raw JSON) to its own "unknown destination" value
    assertThatThrownBy(
            () -> decode("newer-server/destination-opsgenie.json", OutputDestinationJson.class))
        .isInstanceOf(JsonSyntaxException.class)
        .hasCauseInstanceOf(IOException.class)
        .hasMessageContaining("0 classes match")
        .hasMessageContaining("Unexpected value 'opsgenie'");
    assertThatThrownBy(
            () -> decode("newer-server/destination-opsgenie.json", WebhookDestinationJson.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("opsgenie");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // newer server: presence (null vs absent)

  @Test
  void isPropertyPresent_tellsExplicitNullFromAbsent() {
    List<AlertJson> newer =
        decode("newer-server/alerts-page.json", AlertListJson.class).getAlerts();

    AlertJson nullDescription = newer.get(0);
    assertThat(nullDescription.getDescription()).isNull();
    assertThat(nullDescription.isPropertyPresent("description")).isTrue();

    AlertJson missingDescription = newer.get(1);
    assertThat(missingDescription.getDescription()).isNull();
    assertThat(missingDescription.isPropertyPresent("description")).isFalse();
    assertThat(missingDescription.isPropertyPresent("title")).isTrue();
    assertThat(missingDescription.getSource().isPropertyPresent("triggerType")).isFalse();
    assertThat(missingDescription.getSource().isPropertyPresent("name")).isTrue();

    // the same distinction in a spec-valid page, and for names the model does not declare
    AlertJson specValid = decode("alerts-page.json", AlertListJson.class).getAlerts().get(2);
    assertThat(specValid.isPropertyPresent("description")).isTrue();
    assertThat(specValid.isPropertyPresent("snoozedUntil")).isFalse();
    assertThat(nullDescription.isPropertyPresent("snoozedUntil")).isTrue();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // newer server: unknown properties

  @Test
  void unknownProperties_areKeptAtEveryLevelOfAnAlertsPage() {
    AlertListJson page = decode("newer-server/alerts-page.json", AlertListJson.class);

    assertThat(page.getTotalCount()).isEqualTo(java.math.BigInteger.valueOf(58));
    assertThat(page.getAdditionalProperties())
        .containsEntry(
            "nextCursor",
            "eyJjcmVhdGVkQXQiOiIyMDI1LTEyLTAyVDA1OjA3OjQ0LjkwMloiLCJpZCI6IjdlMmI0ZDE5In0")
        .containsKey("facets");

    AlertJson alert = page.getAlerts().get(0);
    assertThat(alert.getAdditionalProperties())
        .containsOnlyKeys("snoozedUntil", "riskScore", "mitreTechniques", "assignee")
        .containsEntry("snoozedUntil", "2025-12-02T18:00:00.000Z")
        .containsEntry("mitreTechniques", List.of("T1003.001", "T1218.011"))
        .containsEntry("assignee", Map.of("type", "user", "email", "m.chen@acme-corp.com"));
    assertThat(((Number) alert.getAdditionalProperty("riskScore")).doubleValue()).isEqualTo(82.5);
    assertThat(alert.getSource().getAdditionalProperties())
        .containsExactly(Map.entry("vendorEventId", "ldt:8a1f2e7c9b3d4e50:38654705921"));
    assertThat(alert.getDetection().getAdditionalProperties())
        .containsOnlyKeys("ruleVersion", "mitre")
        .containsEntry("mitre", Map.of("tactic", "TA0006", "technique", "T1003.001"));
    assertThat(((Number) alert.getDetection().getAdditionalProperty("ruleVersion")).intValue())
        .isEqualTo(7);
    assertThat(page.getAlerts().get(1).getAdditionalProperties()).isNull();

    // and they are written back
    JsonObject written = reencoded(page);
    assertThat(written.get("nextCursor"))
        .isEqualTo(tree(fixture("newer-server/alerts-page.json")).get("nextCursor"));
    JsonObject writtenAlert = written.getAsJsonArray("alerts").get(0).getAsJsonObject();
    assertThat(writtenAlert.getAsJsonObject("assignee").get("email").getAsString())
        .isEqualTo("m.chen@acme-corp.com");
    assertThat(writtenAlert.getAsJsonObject("source").get("vendorEventId").getAsString())
        .isEqualTo("ldt:8a1f2e7c9b3d4e50:38654705921");
    assertThat(
            writtenAlert
                .getAsJsonObject("detection")
                .getAsJsonObject("mitre")
                .get("technique")
                .getAsString())
        .isEqualTo("T1003.001");
  }

  @Test
  void unknownProperties_areKeptInADetectionAndItsNestedObjects() {
    CreateDetectionResponseJson detection =
        decode("newer-server/detection-created.json", CreateDetectionResponseJson.class);

    assertThat(detection.getAdditionalProperties())
        .containsOnlyKeys("riskTier", "mitreTechniques")
        .containsEntry("riskTier", "tier-1")
        .containsEntry("mitreTechniques", List.of("T1021.002", "T1569.002"));
    assertThat(detection.getActiveSystemPrompt().getAdditionalProperties())
        .containsOnlyKeys("version", "author")
        .containsEntry("author", Map.of("kind", "user", "email", "s.ramirez@acme-corp.com"));
    assertThat(detection.getTriggerSummary())
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.getAdditionalProperties())
                    .containsExactly(Map.entry("lastFiredAt", "2025-12-02T07:30:00.000Z")));
  }

  @Test
  void unknownProperties_areKeptWhenADestinationVariantIsDecodedDirectly() {
    WebhookDestinationJson webhook =
        decode("newer-server/destination-webhook.json", WebhookDestinationJson.class);

    assertThat(webhook.getAdditionalProperties())
        .containsOnlyKeys("lastDeliveryStatus", "deliveryStats")
        .containsEntry("lastDeliveryStatus", "succeeded");
    assertThat(webhook.getConfig().getAdditionalProperties())
        .containsOnlyKeys("signatureHeader", "retryPolicy");
    assertThat(webhook.isPropertyPresent("token")).isFalse();
    assertThat(webhook.getHasToken()).isTrue();
    // looks wrong: numbers nested inside unknown objects/arrays are bound as Double and re-encoded
    // as 2.0, not 2
    assertThat(reencoded(webhook).getAsJsonObject("deliveryStats").get("failed24h").getAsInt())
        .isEqualTo(2);
  }

  @Test
  void unknownTopLevelProperties_surviveTheUnionWrappers() {
    OutputDestinationJson webhook =
        decode("newer-server/destination-webhook.json", OutputDestinationJson.class);
    assertThat(webhook.getWebhookDestinationJson().getAdditionalProperties())
        .containsOnlyKeys("lastDeliveryStatus", "deliveryStats");
    assertThat(webhook.getWebhookDestinationJson().isPropertyPresent("name")).isTrue();
    assertThat(reencoded(webhook).get("lastDeliveryStatus").getAsString()).isEqualTo("succeeded");

    OutputDestinationJson pagerDuty =
        decode("newer-server/destination-pagerduty.json", OutputDestinationJson.class);
    assertThat(pagerDuty.getPagerDutyDestinationJson().getAdditionalProperties())
        .containsEntry("serviceName", "Security Incident Response");

    TriggerInvocationResultJson started =
        decode("newer-server/trigger-started.json", TriggerInvocationResultJson.class);
    assertThat(started.getTriggerStartedJson().getAdditionalProperties())
        .containsEntry("status", "queued")
        .containsEntry("pollUrl", "/api/executions/9a4c7e12-5b3d-4f80-b6a1-e2d8c0f4793b");
  }

  @Test
  void newerServer_triggerResults_decode() {
    // TriggerFailedJson is bound by its own adapter through the wrapper, so its extras survive
    TriggerInvocationResultJson failed =
        decode("newer-server/trigger-failed.json", TriggerInvocationResultJson.class);
    assertThat(failed.getActualInstance()).isExactlyInstanceOf(TriggerFailedJson.class);
    assertThat(failed.getTriggerFailedJson().getError())
        .isEqualTo("Trigger payload exceeded 1 MiB");
    assertThat(failed.getTriggerFailedJson().getAdditionalProperties())
        .containsEntry("code", "PAYLOAD_TOO_LARGE")
        .containsEntry("retryable", false);

    // looks wrong: through the wrapper TriggerStartedJson loses status/pollUrl (see the disabled
    // test above)
    TriggerInvocationResultJson started =
        decode("newer-server/trigger-started.json", TriggerInvocationResultJson.class);
    assertThat(started.getActualInstance()).isExactlyInstanceOf(TriggerStartedJson.class);
    assertThat(started.getTriggerStartedJson().getExecutionId())
        .isEqualTo("9a4c7e12-5b3d-4f80-b6a1-e2d8c0f4793b");

    TriggerStartedJson startedDirect =
        decode("newer-server/trigger-started.json", TriggerStartedJson.class);
    assertThat(startedDirect.getAdditionalProperties()).containsOnlyKeys("status", "pollUrl");

    TriggerSkippedJson skipped =
        decode("newer-server/trigger-skipped.json", TriggerSkippedJson.class);
    assertThat(skipped.getExecutionId()).isSameAs(TriggerSkippedJson.ExecutionIdEnum.SKIPPED);
    assertThat(skipped.getMessage()).startsWith("Duplicate event");
    assertThat(skipped.getAdditionalProperties())
        .containsEntry("reason", "dedupe_window")
        .containsEntry("existingExecutionId", "3e8f1a6c-7d24-4b9e-a510-c62f9d8b4e17");
  }

  @Test
  void newerServer_errorBodies_decode() {
    ValidationError validation = decode("newer-server/error-400.json", ValidationError.class);
    assertThat(validation.getError()).isEqualTo("Invalid query parameters");
    assertThat(validation.getIssues())
        .singleElement()
        .satisfies(
            i ->
                assertThat(i)
                    .containsEntry("code", "too_big")
                    .containsEntry("path", List.of("limit")));
    assertThat(validation.getAdditionalProperties())
        .containsEntry("requestId", "req_01JBX7Q2M9TZ4R8K3WAV6N5PDE")
        .containsEntry("docsUrl", "https://docs.cotool.ai/api-reference/errors#validation");

    // required "error" missing entirely: decodes, absent, extras kept
    ErrorBodyJson unauthorized = decode("newer-server/error-401.json", ErrorBodyJson.class);
    assertThat(unauthorized.getError()).isNull();
    assertThat(unauthorized.isPropertyPresent("error")).isFalse();
    assertThat(unauthorized.getAdditionalProperties())
        .containsEntry("message", "API key expired on 2025-11-30")
        .containsEntry("code", "API_KEY_EXPIRED");

    PermissionError forbidden = decode("newer-server/error-403.json", PermissionError.class);
    assertThat(forbidden.getError()).isEqualTo("Forbidden");
    assertThat(forbidden.getMissingPerms()).isNull();
    assertThat(forbidden.isPropertyPresent("missingPerms")).isTrue();
    assertThat(forbidden.getAdditionalProperties())
        .containsEntry("requiredRole", "detection-admin");

    // required "error" explicitly null
    ErrorBodyJson internal = decode("newer-server/error-500.json", ErrorBodyJson.class);
    assertThat(internal.getError()).isNull();
    assertThat(internal.isPropertyPresent("error")).isTrue();
    assertThat(internal.getAdditionalProperties())
        .containsEntry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // newer server: null or missing required properties

  @Test
  void nullAndMissingRequiredProperties_decodeInADetection() {
    CreateDetectionResponseJson detection =
        decode("newer-server/detection-created.json", CreateDetectionResponseJson.class);

    assertThat(detection.getBuiltInAgentType()).isNull();
    assertThat(detection.isPropertyPresent("builtInAgentType")).isTrue();
    assertThat(detection.getDescription()).isNull();
    assertThat(detection.isPropertyPresent("description")).isTrue();
    assertThat(detection.getInputs()).isNull();
    assertThat(detection.isPropertyPresent("inputs")).isTrue();
    // required modelAlias and deletedAt are missing entirely
    assertThat(detection.getModelAlias()).isNull();
    assertThat(detection.isPropertyPresent("modelAlias")).isFalse();
    assertThat(detection.getDeletedAt()).isNull();
    assertThat(detection.isPropertyPresent("deletedAt")).isFalse();
    assertThat(detection.getName()).isEqualTo("Lateral movement via PsExec service install");
    assertThat(detection.getToolNames()).containsExactly("sentinel_query", "defender_get_device");
  }

  @Test
  void nullAndMissingRequiredProperties_decodeInAnAlert() {
    AlertJson alert =
        decode("newer-server/alerts-page.json", AlertListJson.class).getAlerts().get(1);

    assertThat(alert.getOrganizationName()).isNull();
    assertThat(alert.isPropertyPresent("organizationName")).isTrue();
    for (String missing :
        List.of(
            "description",
            "originTriggerId",
            "externalProvider",
            "externalRef",
            "externalUrl",
            "assignedAgentId",
            "triageRunId",
            "dedupeKey",
            "firstTriagedAt",
            "resolvedAt",
            "derivedDisposition",
            "originAgentName",
            "assignedAgentName",
            "triggerSource")) {
      assertThat(alert.isPropertyPresent(missing)).as(missing).isFalse();
    }
    assertThat(alert.getExternalUrl()).isNull();
    assertThat(alert.getDisplayId()).isEqualTo("COT-1076");
    assertThat(alert.getStatus()).isSameAs(AlertJson.StatusEnum.OPEN);
    assertThat(alert.getSource().getTriggerType()).isNull();
  }

  @Test
  void nullAndMissingRequiredProperties_decodeWhenADestinationVariantIsDecodedDirectly() {
    LinearDestinationJson linear =
        decode("newer-server/destination-linear.json", LinearDestinationJson.class);
    assertThat(linear.isPropertyPresent("updatedAt")).isFalse();
    assertThat(linear.getConfig().getTeamName()).isNull();
    assertThat(linear.getConfig().isPropertyPresent("teamName")).isTrue();
    assertThat(linear.getConfig().getAdditionalProperties())
        .containsEntry("labelIds", List.of("5d1b0c8e-2f47-4a9d-b6e3-8c7a1f9e0d52"));
    assertThat(linear.getAdditionalProperties()).containsEntry("workspaceSlug", "acme-corp");

    TeamsDestinationJson teams =
        decode("newer-server/destination-teams.json", TeamsDestinationJson.class);
    assertThat(teams.getName()).isNull();
    assertThat(teams.isPropertyPresent("name")).isTrue();
    assertThat(teams.getAdditionalProperties()).containsEntry("displayName", "SOC Teams channel");
    assertThat(teams.getConfig().getAdditionalProperties())
        .containsEntry("cardFormat", "adaptive-card-1.5");
  }

  /**
   * The generated oneOf wrapper selects its variant with validateJsonElement, which enforces
   * required properties, so a destination missing one fails as a whole. sdk-core's
   * OutputDestinationJson never uses the wrapper: it reads the type discriminator and binds the
   * variant, which tolerates a missing property until it is asked for.
   */
  @Test
  void oneOfWrapper_rejectsADestinationMissingARequiredProperty() {
    assertThatThrownBy(
            () -> decode("newer-server/destination-linear.json", OutputDestinationJson.class))
        .isInstanceOf(com.google.gson.JsonParseException.class);
    LinearDestinationJson linear =
        decode("newer-server/destination-linear.json", LinearDestinationJson.class);
    assertThat(linear.isPropertyPresent("updatedAt")).isFalse();
  }

  @Test
  void newerServer_acceptedDetection_decodes() {
    AcceptDetectionResponseJson accepted =
        decode("newer-server/detection-accepted.json", AcceptDetectionResponseJson.class);

    assertThat(accepted.getDescription()).isNull();
    assertThat(accepted.isPropertyPresent("description")).isTrue();
    assertThat(accepted.getInputs()).isNull();
    assertThat(accepted.isPropertyPresent("inputs")).isTrue();
    assertThat(accepted.getBuiltInAgentType()).isNull();
    assertThat(accepted.isPropertyPresent("builtInAgentType")).isTrue();
    assertThat(accepted.isPropertyPresent("toolActionConfigs")).isFalse();
    assertThat(accepted.getModelAlias())
        .isEqualTo(Map.of("provider", "anthropic", "model", "claude-sonnet-4-5"));
    assertThat(accepted.getPlanningMode().getValue()).isEqualTo("adaptive");
    assertThat(accepted.getOrigin().getValue()).isEqualTo("api");
    assertThat(accepted.getDetectionCategory().getValue()).isEqualTo("identity_compromise");
    assertThat(accepted.getAdditionalProperties())
        .containsOnlyKeys("toolActionConfigsV2", "ownerTeam");
    assertThat(accepted.getStructuredOutputSchema().getAllowsAdditionalProperties()).isFalse();
    assertThat(accepted.getStructuredOutputSchema().getAdditionalProperties())
        .containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema");
    assertThat(accepted.getStructuredOutputSchema().getxCotool().getAdditionalProperties())
        .containsEntry("renderer", "badge");
    assertThat(accepted.getSkills())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getAdditionalProperties()).containsEntry("pinned", true);
              assertThat(s.getSkill().getAdditionalProperties())
                  .containsEntry("owner", "platform-security");
            });
    assertThat(accepted.getThreatModelVersion().getAdditionalProperties())
        .containsEntry("publishedAt", "2025-12-01T00:00:00.000Z");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // whole-package checks

  @Test
  void everyGeneratedModel_fitsThePresenceBitmask() throws Exception {
    List<Class<?>> models = modelClassesWithOpenapiFields();
    assertThat(models)
        .as("generated model classes found on the classpath")
        .hasSizeGreaterThanOrEqualTo(40)
        .contains(
            AlertJson.class, AcceptDetectionResponseJson.class, CreateDetectionResponseJson.class);

    List<String> tooWide = new ArrayList<>();
    for (Class<?> model : models) {
      int count = openapiFields(model).size();
      if (count > MAX_PRESENCE_BITS) {
        tooWide.add(model.getName() + " declares " + count + " properties");
      }
    }
    assertThat(tooWide)
        .as(
            "model classes with more than %d properties: isPropertyPresent keeps one bit per property in a long, "
                + "so these would alias bits and report wrong presence",
            MAX_PRESENCE_BITS)
        .isEmpty();
  }

  /**
   * Classes known not to get a Gson adapter; see {@link #detectionAccepted_decodesEveryProperty()}.
   */
  private static final Set<Class<?>> KNOWN_BROKEN_ADAPTERS =
      Set.of(AcceptDetectionResponseJson.class, AcceptedStructuredOutputSchemaJson.class);

  @Test
  void everyOtherGeneratedModel_hasAGsonAdapter() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Class<?> model : modelClassesWithOpenapiFields()) {
      if (KNOWN_BROKEN_ADAPTERS.contains(model)) {
        continue;
      }
      try {
        Object unused = GSON.getAdapter(model);
      } catch (RuntimeException e) {
        failures.add(model.getSimpleName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).as("model classes Gson cannot build an adapter for").isEmpty();
  }

  private static Set<?> openapiFields(Class<?> model) throws ReflectiveOperationException {
    return (Set<?>) model.getField("openapiFields").get(null);
  }

  private static List<Class<?>> modelClassesWithOpenapiFields() throws Exception {
    Set<String> names = new TreeSet<>();
    String dir = MODEL_PACKAGE.replace('.', '/');
    Enumeration<URL> roots = GeneratedModelsDecodeTest.class.getClassLoader().getResources(dir);
    while (roots.hasMoreElements()) {
      URL root = roots.nextElement();
      if ("jar".equals(root.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          jar.stream()
              .map(JarEntry::getName)
              .filter(
                  n ->
                      n.startsWith(dir + "/")
                          && n.endsWith(".class")
                          && n.indexOf('/', dir.length() + 1) < 0)
              .forEach(
                  n -> names.add(n.substring(dir.length() + 1, n.length() - ".class".length())));
        }
      } else if ("file".equals(root.getProtocol())) {
        try (Stream<Path> files = Files.list(toPath(root))) {
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".class"))
              .forEach(n -> names.add(n.substring(0, n.length() - ".class".length())));
        }
      }
    }
    List<Class<?>> models = new ArrayList<>();
    for (String name : names) {
      if (name.contains("$")) {
        continue; // nested enums and adapter factories
      }
      Class<?> type = Class.forName(MODEL_PACKAGE + "." + name);
      Field field;
      try {
        field = type.getField("openapiFields");
      } catch (NoSuchFieldException e) {
        continue; // unions and AbstractOpenApiSchema
      }
      if (Modifier.isStatic(field.getModifiers()) && Set.class.isAssignableFrom(field.getType())) {
        models.add(type);
      }
    }
    return models;
  }

  private static Path toPath(URL url) {
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object call(Object target, String getter) throws ReflectiveOperationException {
    Method method = target.getClass().getMethod(getter);
    return method.invoke(target);
  }
}
