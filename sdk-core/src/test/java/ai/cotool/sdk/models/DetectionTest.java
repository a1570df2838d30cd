package ai.cotool.sdk.models;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetectionTest {

  @Test
  void fromJson_readsTheCreateResponse() {
    Detection d = Detection.fromJson(fixture("detection-created.json"));

    assertThat(d.id()).isEqualTo("bba60bbb-cfcd-484b-b936-d253779243a8");
    assertThat(d.organizationId()).contains("7c67f3c6-cb58-481b-8978-bd41e0c84856");
    assertThat(d.name()).contains("Privilege escalation via sudoers change");
    assertThat(d.description())
        .get()
        .asString()
        .startsWith("Alerts when a file under /etc/sudoers");
    assertThat(d.createdAt()).contains("2025-11-21T10:15:03.219Z");
    assertThat(d.updatedAt()).contains("2025-11-21T10:15:03.219Z");
    assertThat(d.deletedAt()).isEmpty();
    assertThat(d.isDeleted()).isFalse();
    assertThat(d.toolNames())
        .containsExactly(
            "splunk_search", "okta_get_user", "crowdstrike_get_host_details", "slack_send_message");
    assertThat(d.inputs()).hasSize(2);
    Detection.AgentInput first = d.inputs().get(0);
    assertThat(first.type()).contains("text");
    assertThat(first.name()).contains("hostname");
    assertThat(first.description()).contains("Host on which the sudoers change was observed");
    assertThat(first.required()).contains(true);
    assertThat(d.inputs().get(1).required()).contains(false);
    assertThat(d.modelAlias()).contains("claude-sonnet-4-5");
    assertThat(d.planningMode()).contains(PlanningMode.AUTO);
    assertThat(d.agentType()).contains(AgentType.DETECTION);
    assertThat(d.isBuiltIn()).contains(false);
    assertThat(d.builtInAgentType()).contains(BuiltInAgentType.THREAT_RESEARCH);
    assertThat(d.tinesStoryImportId()).isEmpty();
    assertThat(d.hasProperty("tinesStoryImportId")).isTrue();
    assertThat(d.triggerSummary())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.id()).contains("85b1f3a4-6c02-4d7e-9a51-0f2c6e8d4b17");
              assertThat(t.source()).contains("cron");
              assertThat(t.name()).contains("Hourly sudoers sweep");
              assertThat(t.enabled()).contains(true);
            });
    assertThat(d.detectionCategory()).contains(DetectionCategory.PRIVILEGE_ESCALATION);
    assertThat(d.detectionQuery()).get().asString().startsWith("index=linux_audit");
    assertThat(d.siemType()).contains("splunk");
    assertThat(d.detectionCadence()).contains(DetectionCadence.HOURLY);
    assertThat(d.detectionCadenceAsString()).contains("hourly");
    assertThat(d.isSuggestion()).isFalse();
    assertThat(d.lastDetectionRunAt()).isEmpty();
    assertThat(d.activeSystemPrompt())
        .get()
        .satisfies(
            p -> {
              assertThat(p.id()).contains("8ca425cf-e921-43fc-ad5c-9cb6fc008ebe");
              assertThat(p.prompt())
                  .get()
                  .asString()
                  .startsWith("You are a Linux privilege-escalation analyst");
              assertThat(p.description()).contains("Initial prompt");
            });
    assertThat(d.structuredOutputSchema()).isEmpty();
    assertThat(d.contextDocs()).isEmpty();
    assertThat(d.additionalProperties()).isEmpty();
  }

  @Test
  void fromJson_leavesAcceptOnlyPropertiesEmptyForTheCreateShape() {
    Detection d = Detection.fromJson(fixture("detection-created.json"));

    assertThat(d.origin()).isEmpty();
    assertThat(d.cronSchedule()).isEmpty();
    assertThat(d.enabled()).isEmpty();
    assertThat(d.toolActionConfigs()).isEmpty();
    assertThat(d.cliNames()).isEmpty();
    assertThat(d.tags()).isEmpty();
    assertThat(d.skills()).isEmpty();
    assertThat(d.acceptanceCriteria()).isEmpty();
    assertThat(d.runs30d()).isEmpty();
    assertThat(d.runningRuns30d()).isEmpty();
    assertThat(d.hits30d()).isEmpty();
    assertThat(d.avgEvalScore30d()).isEmpty();
    assertThat(d.threatModelSnippet()).isEmpty();
    assertThat(d.threatModelVersion()).isEmpty();
    assertThat(d.hasProperty("origin")).isFalse();
  }

  @Test
  void fromJson_readsTheAcceptResponse() {
    Detection d = Detection.fromJson(fixture("detection-accepted.json"));

    assertThat(d.id()).isEqualTo("e4eb7910-b6be-49a4-bf00-963618b7c587");
    assertThat(d.toolActionConfigs())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type()).contains("slack_send_message");
              assertThat(c.allowedChannels())
                  .extracting(ch -> ch.id().orElseThrow(), ch -> ch.name().orElseThrow())
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("C04QZ8K1M2P", "#soc-alerts"),
                      org.assertj.core.groups.Tuple.tuple("C05B7N3TQ9X", "#identity-oncall"));
            });
    assertThat(d.planningMode()).contains(PlanningMode.ALWAYS);
    assertThat(d.origin()).contains(AgentOrigin.ORCHESTRATOR);
    assertThat(d.builtInAgentType()).contains(BuiltInAgentType.THREAT_RELEVANCY);
    assertThat(d.cronSchedule()).contains("0 * * * *");
    assertThat(d.enabled()).contains(true);
    assertThat(d.cliNames()).containsExactly("aws", "gcloud");
    assertThat(d.contextDocs())
        .singleElement()
        .satisfies(
            doc -> {
              assertThat(doc.provider()).contains("googleDocs");
              assertThat(doc.id()).contains("1xQ7mZr4b9TfVwLkP2sN8aYdE3uHcJ6gR0oBvKtWq5Is");
              assertThat(doc.name()).contains("Identity Incident Response Runbook");
              assertThat(doc.mimeType()).contains("application/vnd.google-apps.document");
            });
    assertThat(d.tinesStoryImportId()).contains("tines-story-40217");
    assertThat(d.tags()).containsExactly("identity", "okta", "m365");
    assertThat(d.skills())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.skillId()).contains("f8944644-6448-430f-90ab-9bacd499154e");
              assertThat(s.skillVersionId()).contains("685adceb-dce2-4777-bfaf-4819713172e9");
              assertThat(s.invocationCount30d()).contains(BigInteger.valueOf(214));
              assertThat(s.skill())
                  .get()
                  .satisfies(
                      info -> {
                        assertThat(info.name()).contains("Okta session investigation");
                        assertThat(info.requiredTools())
                            .containsExactly("okta_get_user", "okta_list_system_log");
                      });
            });
    assertThat(d.acceptanceCriteria()).hasSize(2);
    assertThat(d.detectionCategory()).contains(DetectionCategory.SEQUENCE_PATTERN);
    assertThat(d.siemType()).contains("elastic");
    assertThat(d.lastDetectionRunAt()).contains("2025-11-21T15:00:04.118Z");
    assertThat(d.runs30d()).contains(BigInteger.valueOf(216));
    assertThat(d.runningRuns30d()).contains(BigInteger.valueOf(1));
    assertThat(d.hits30d()).contains(BigInteger.valueOf(3));
    assertThat(d.avgEvalScore30d())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("87.5")));
    assertThat(d.threatModelSnippet()).get().asString().startsWith("Attackers who phish");
    assertThat(d.threatModelVersion())
        .get()
        .satisfies(
            v -> {
              assertThat(v.id()).contains("0e5b7a2c-9d41-4f63-8b1e-3c7d2a9f6e05");
              assertThat(v.version()).contains(BigInteger.valueOf(4));
              assertThat(v.isCurrent()).contains(true);
            });
    // the accept shape has no detectionCadence
    assertThat(d.detectionCadence()).isEmpty();
    assertThat(d.additionalProperties()).isEmpty();
  }

  @Test
  void structuredOutputSchema_exposesKeywordsPresetAndTheAdditionalPropertiesKeyword() {
    Detection.StructuredOutputSchema schema =
        Detection.fromJson(fixture("detection-accepted.json"))
            .structuredOutputSchema()
            .orElseThrow();

    assertThat(schema.type()).contains("object");
    assertThat(schema.title()).contains("Detection verdict");
    assertThat(schema.description()).contains("Classification emitted for every hit");
    assertThat(schema.properties())
        .get()
        .satisfies(
            props -> {
              assertThat(props).containsOnlyKeys("verdict", "confidence");
              assertThat(props.get("confidence")).isEqualTo(Map.of("type", "number"));
            });
    assertThat(schema.items()).isEmpty();
    assertThat(schema.hasProperty("items")).isTrue();
    assertThat(schema.required()).containsExactly("verdict", "confidence");
    assertThat(schema.enumValues())
        .containsExactly("true_positive", "false_positive", "needs_review");
    assertThat(schema.allowsAdditionalProperties()).contains(false);
    assertThat(schema.hasProperty("additionalProperties")).isTrue();
    assertThat(schema.presetId()).contains("classification");
    assertThat(schema.additionalProperties()).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked") // the enum list of a schema read as plain maps
  void structuredOutputSchema_isUnmodifiableAtEveryLevel() {
    Detection.StructuredOutputSchema schema =
        Detection.fromJson(fixture("detection-accepted.json"))
            .structuredOutputSchema()
            .orElseThrow();

    Map<String, Object> props = schema.properties().orElseThrow();
    assertThatThrownBy(() -> props.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> verdict = (Map<String, Object>) props.get("verdict");
    assertThatThrownBy(() -> ((List<Object>) verdict.get("enum")).add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void unknownEnumValues_readAsUnknownAndKeepTheRawString() {
    Detection d =
        Detection.fromJson(
            """
        {"id": "a1", "planningMode": "sometimes", "agentType": "triage", "origin": "api",
         "builtInAgentType": "threat-hunt", "detectionCategory": "lateral_movement", "detectionCadence": "monthly"}
        """);

    assertThat(d.planningMode()).contains(PlanningMode.UNKNOWN);
    assertThat(d.planningModeAsString()).contains("sometimes");
    assertThat(d.agentType()).contains(AgentType.UNKNOWN);
    assertThat(d.agentTypeAsString()).contains("triage");
    assertThat(d.origin()).contains(AgentOrigin.UNKNOWN);
    assertThat(d.originAsString()).contains("api");
    assertThat(d.builtInAgentType()).contains(BuiltInAgentType.UNKNOWN);
    assertThat(d.builtInAgentTypeAsString()).contains("threat-hunt");
    assertThat(d.detectionCategory()).contains(DetectionCategory.UNKNOWN);
    assertThat(d.detectionCategoryAsString()).contains("lateral_movement");
    assertThat(d.detectionCadence()).contains(DetectionCadence.UNKNOWN);
    assertThat(d.detectionCadenceAsString()).contains("monthly");
  }

  @Test
  void hasProperty_tellsNullFromAbsent() {
    Detection d =
        Detection.fromJson("{\"id\": \"a1\", \"deletedAt\": null, \"detectionCadence\": null}");

    assertThat(d.deletedAt()).isEmpty();
    assertThat(d.hasProperty("deletedAt")).isTrue();
    assertThat(d.hasProperty("lastDetectionRunAt")).isFalse();
    assertThat(d.detectionCadence()).isEmpty();
    assertThat(d.hasProperty("detectionCadence")).isTrue();
    assertThat(d.hasProperty("siemType")).isFalse();
  }

  @Test
  void requiredPropertiesOfTheRenderedPages_tolerateNullAndAbsence() {
    Detection d =
        Detection.fromJson(
            """
        {"id": "a1", "organizationId": null, "name": null, "toolNames": null, "inputs": null,
         "modelAlias": null, "planningMode": null, "isBuiltIn": null}
        """);

    assertThat(d.organizationId()).isEmpty();
    assertThat(d.name()).isEmpty();
    assertThat(d.description()).isEmpty();
    assertThat(d.toolNames()).isEmpty();
    assertThat(d.inputs()).isEmpty();
    assertThat(d.toolActionConfigs()).isEmpty();
    assertThat(d.modelAlias()).isEmpty();
    assertThat(d.planningMode()).isEmpty();
    assertThat(d.isBuiltIn()).isEmpty();
    assertThat(d.agentType()).isEmpty();
  }

  @Test
  void id_missingOrNull_throwsOnAccessOnly() {
    Detection absent = Detection.fromJson("{\"name\": \"x\"}");
    Detection nulled = Detection.fromJson("{\"id\": null}");

    assertThat(absent.name()).contains("x");
    assertThatThrownBy(absent::id)
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessage("Detection.id is missing from the response");
    assertThatThrownBy(nulled::id).isInstanceOf(CotoolInvalidDataException.class);
    assertThat(absent.toString()).contains("id=null");
  }

  @Test
  @SuppressWarnings("unchecked")
  void modelAlias_keepsAnyJsonValue() {
    Object alias =
        Detection.fromJson("{\"modelAlias\": {\"provider\": \"anthropic\", \"tier\": [1, 2.5]}}")
            .modelAlias()
            .orElseThrow();

    assertThat(alias).isInstanceOf(Map.class);
    Map<?, ?> map = (Map<?, ?>) alias;
    assertThat(map.get("provider")).isEqualTo("anthropic");
    assertThat((List<?>) map.get("tier"))
        .extracting(n -> ((Number) n).doubleValue())
        .containsExactly(1.0, 2.5);
    assertThatThrownBy(() -> ((Map<Object, Object>) map).put("k", "v"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Detection.fromJson("{\"modelAlias\": true}").modelAlias()).contains(true);
  }

  @Test
  void unknownProperties_areKeptAtEveryLevel() {
    Detection d =
        Detection.fromJson(
            """
        {"id": "a1", "riskScore": 7, "owner": {"team": "soc"},
         "inputs": [{"name": "host", "format": "fqdn"}],
         "structuredOutputSchema": {"type": "object", "$schema": "https://json-schema.org/draft/2020-12/schema",
                                    "x-cotool": {"presetId": "triage", "version": 2}}}
        """);

    assertThat(d.additionalProperties()).containsOnlyKeys("riskScore", "owner");
    assertThat(((Number) d.additionalProperties().get("riskScore")).intValue()).isEqualTo(7);
    assertThat(d.additionalProperties().get("owner")).isEqualTo(Map.of("team", "soc"));
    assertThat(d.hasProperty("riskScore")).isTrue();
    assertThat(d.inputs().get(0).additionalProperties()).containsEntry("format", "fqdn");
    Detection.StructuredOutputSchema schema = d.structuredOutputSchema().orElseThrow();
    assertThat(schema.additionalProperties())
        .containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.presetId()).contains("triage");
    assertThat(schema.cotoolAdditionalProperties()).containsOnlyKeys("version");
    assertThatThrownBy(() -> d.additionalProperties().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isSuggestionAndIsDeleted_followTheJson() {
    Detection suggestion =
        Detection.fromJson(
            "{\"id\": \"a1\", \"isSuggestion\": true, \"deletedAt\": \"2025-12-01T00:00:00Z\"}");

    assertThat(suggestion.isSuggestion()).isTrue();
    assertThat(suggestion.isDeleted()).isTrue();
    assertThat(suggestion.deletedAt()).contains("2025-12-01T00:00:00Z");
    assertThat(Detection.fromJson("{\"id\": \"a1\"}").isSuggestion()).isFalse();
  }

  @Test
  void equalsAndHashCode_byValue() {
    String json = fixture("detection-accepted.json");

    assertThat(Detection.fromJson(json)).isEqualTo(Detection.fromJson(json));
    assertThat(Detection.fromJson(json)).hasSameHashCodeAs(Detection.fromJson(json));
    assertThat(Detection.fromJson(json))
        .isNotEqualTo(Detection.fromJson(fixture("detection-created.json")));
    assertThat(Detection.fromJson(json).skills()).isEqualTo(Detection.fromJson(json).skills());
  }

  @Test
  void toString_isConcise() {
    String text = Detection.fromJson(fixture("detection-created.json")).toString();

    assertThat(text)
        .startsWith("Detection{id=bba60bbb-cfcd-484b-b936-d253779243a8")
        .contains("name=Privilege escalation via sudoers change")
        .doesNotContain("You are a Linux privilege-escalation analyst");
  }

  @Test
  void fromJson_rejectsWhatIsNotADetection() {
    assertThatThrownBy(() -> Detection.fromJson("not json"))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> Detection.fromJson("[1, 2]"))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> Detection.fromJson("{\"inputs\": \"text\"}"))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> Detection.fromJson("{\"id\": \"a1\""))
        .isInstanceOf(CotoolInvalidDataException.class);
  }

  @Test
  void newerServer_createResponse() {
    Detection d = Detection.fromJson(fixture("newer-server/detection-created.json"));

    assertThat(d.id()).isEqualTo("b3f7a1d2-6c48-4e95-9a0b-7d2e5f8c1a64");
    assertThat(d.description()).isEmpty();
    assertThat(d.hasProperty("description")).isTrue();
    assertThat(d.deletedAt()).isEmpty();
    assertThat(d.hasProperty("deletedAt")).isFalse();
    assertThat(d.inputs()).isEmpty();
    assertThat(d.hasProperty("modelAlias")).isFalse();
    assertThat(d.planningMode()).contains(PlanningMode.UNKNOWN);
    assertThat(d.planningModeAsString()).contains("adaptive");
    assertThat(d.builtInAgentType()).isEmpty();
    assertThat(d.detectionCategory()).contains(DetectionCategory.UNKNOWN);
    assertThat(d.detectionCategoryAsString()).contains("lateral_movement");
    assertThat(d.detectionCadence()).contains(DetectionCadence.UNKNOWN);
    assertThat(d.detectionCadenceAsString()).contains("every_15_minutes");
    assertThat(d.detectionQuery()).get().asString().contains("\\\\ADMIN$\\\\");
    assertThat(d.triggerSummary())
        .singleElement()
        .satisfies(t -> assertThat(t.additionalProperties()).containsOnlyKeys("lastFiredAt"));
    Detection.SystemPrompt prompt = d.activeSystemPrompt().orElseThrow();
    assertThat(prompt.additionalProperties()).containsOnlyKeys("version", "author");
    assertThat(prompt.additionalProperties().get("author"))
        .isEqualTo(Map.of("kind", "user", "email", "s.ramirez@acme-corp.com"));
    assertThat(d.additionalProperties()).containsOnlyKeys("riskTier", "mitreTechniques");
    assertThat(d.additionalProperties().get("mitreTechniques"))
        .isEqualTo(List.of("T1021.002", "T1569.002"));
  }

  @Test
  void newerServer_acceptResponse() {
    Detection d = Detection.fromJson(fixture("newer-server/detection-accepted.json"));

    assertThat(d.modelAlias())
        .contains(Map.of("provider", "anthropic", "model", "claude-sonnet-4-5"));
    assertThat(d.origin()).contains(AgentOrigin.UNKNOWN);
    assertThat(d.originAsString()).contains("api");
    assertThat(d.builtInAgentType()).isEmpty();
    assertThat(d.hasProperty("builtInAgentType")).isTrue();
    assertThat(d.toolActionConfigs()).isEmpty();
    assertThat(d.cronSchedule()).contains("*/30 * * * *");
    assertThat(d.detectionCategoryAsString()).contains("identity_compromise");
    assertThat(d.avgEvalScore30d()).isEmpty();
    assertThat(d.hasProperty("avgEvalScore30d")).isTrue();
    assertThat(d.runs30d()).contains(BigInteger.valueOf(240));
    Detection.StructuredOutputSchema schema = d.structuredOutputSchema().orElseThrow();
    assertThat(schema.presetId()).contains("classification-v2");
    assertThat(schema.cotoolAdditionalProperties()).containsOnly(Map.entry("renderer", "badge"));
    assertThat(schema.allowsAdditionalProperties()).contains(false);
    assertThat(schema.additionalProperties())
        .containsOnly(Map.entry("$schema", "https://json-schema.org/draft/2020-12/schema"));
    Detection.Skill skill = d.skills().get(0);
    assertThat(skill.additionalProperties()).containsOnly(Map.entry("pinned", true));
    assertThat(skill.skill().orElseThrow().additionalProperties())
        .containsOnly(Map.entry("owner", "platform-security"));
    assertThat(d.threatModelVersion().orElseThrow().additionalProperties())
        .containsOnlyKeys("publishedAt");
    assertThat(d.additionalProperties()).containsOnlyKeys("toolActionConfigsV2", "ownerTeam");
  }

  @Test
  void structuredOutputSchema_nullAndAbsentKeywords() {
    Detection.StructuredOutputSchema schema =
        Detection.fromJson(
                """
        {"id": "a1", "structuredOutputSchema": {"additionalProperties": null, "x-cotool": null, "required": null}}
        """)
            .structuredOutputSchema()
            .orElseThrow();

    assertThat(schema.allowsAdditionalProperties()).isEmpty();
    assertThat(schema.hasProperty("additionalProperties")).isTrue();
    assertThat(schema.presetId()).isEmpty();
    assertThat(schema.hasProperty("x-cotool")).isTrue();
    assertThat(schema.required()).isEmpty();
    assertThat(schema.hasProperty("title")).isFalse();
    assertThat(schema.properties()).isEmpty();
  }

  @Test
  void structuredOutputSchema_ofTheWrongShape_isInvalidData() {
    assertThatThrownBy(
            () -> Detection.fromJson("{\"id\": \"a1\", \"structuredOutputSchema\": \"object\"}"))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(
            () ->
                Detection.fromJson(
                    "{\"id\": \"a1\", \"structuredOutputSchema\": {\"required\": \"verdict\"}}"))
        .isInstanceOf(CotoolInvalidDataException.class);
    Detection odd =
        Detection.fromJson("{\"id\": \"a1\", \"structuredOutputSchema\": {\"properties\": [1]}}");
    assertThatThrownBy(() -> odd.structuredOutputSchema().orElseThrow().properties())
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessage("Detection.StructuredOutputSchema.properties is not an object");
  }
}
