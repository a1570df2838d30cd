package ai.cotool.sdk.models;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputDestinationTest {

  /** Names the kind, to check that {@code accept} calls the right method. */
  private static final OutputDestination.Visitor<String> KIND =
      new OutputDestination.Visitor<>() {
        @Override
        public String visitWebhook(OutputDestination.Webhook d) {
          return "webhook";
        }

        @Override
        public String visitTeams(OutputDestination.Teams d) {
          return "teams";
        }

        @Override
        public String visitSlack(OutputDestination.Slack d) {
          return "slack";
        }

        @Override
        public String visitPagerDuty(OutputDestination.PagerDuty d) {
          return "pagerduty";
        }

        @Override
        public String visitLinear(OutputDestination.Linear d) {
          return "linear";
        }

        @Override
        public String visitTines(OutputDestination.Tines d) {
          return "tines";
        }

        @Override
        public String visitUnknown(OutputDestination.Unknown d) {
          return "unknown:" + d.type();
        }
      };

  @ParameterizedTest
  @CsvSource({
    "destination-webhook.json, Webhook, webhook",
    "destination-teams.json, Teams, teams",
    "destination-slack.json, Slack, slack",
    "destination-pagerduty.json, PagerDuty, pagerduty",
    "destination-linear.json, Linear, linear",
    "destination-tines.json, Tines, tines",
    "newer-server/destination-opsgenie.json, Unknown, unknown:opsgenie",
  })
  void fromJson_choosesTheKindByType(String file, String className, String visited) {
    OutputDestination d = OutputDestination.fromJson(fixture(file));

    assertThat(d.getClass().getSimpleName()).isEqualTo(className);
    assertThat(d.accept(KIND)).isEqualTo(visited);
  }

  @Test
  void webhook_fromJson_readsEveryProperty() {
    OutputDestination.Webhook d =
        (OutputDestination.Webhook) OutputDestination.fromJson(fixture("destination-webhook.json"));

    assertThat(d.id()).isEqualTo("2b7e4c91-5a3f-4d8e-9c12-7f6a0b3d8e54");
    assertThat(d.organizationId()).isEqualTo("7c67f3c6-cb58-481b-8978-bd41e0c84856");
    assertThat(d.name()).isEqualTo("SOAR intake webhook");
    assertThat(d.createdAt()).isEqualTo("2025-11-20T09:41:17.302Z");
    assertThat(d.updatedAt()).isEqualTo("2025-11-20T09:41:17.302Z");
    assertThat(d.type()).isEqualTo("webhook");
    assertThat(d.config().url()).isEqualTo("https://soar.acme-corp.com/api/v2/intake/cotool");
    assertThat(d.config().authType()).isEqualTo(WebhookAuthType.HEADER);
    assertThat(d.config().authTypeAsString()).isEqualTo("header");
    assertThat(d.config().headerName()).contains("X-API-Key");
    assertThat(d.token()).contains("whk_live_7Qm2vX9pR4tL8sNc");
    assertThat(d.hasToken()).isTrue();
    assertThat(d.additionalProperties()).isEmpty();
  }

  @Test
  void webhookToken_neverAppearsInToString() {
    OutputDestination d = OutputDestination.fromJson(fixture("destination-webhook.json"));

    assertThat(d.toString())
        .doesNotContain("whk_live_7Qm2vX9pR4tL8sNc")
        .contains("SOAR intake webhook")
        .contains("hasToken=true");
    assertThat(((OutputDestination.Webhook) d).config().toString()).doesNotContain("whk_live");
  }

  @Test
  void teamsUrlSignature_neverAppearsInToString() {
    OutputDestination.Teams d =
        (OutputDestination.Teams) OutputDestination.fromJson(fixture("destination-teams.json"));

    assertThat(d.config().url()).contains("sig=Zk3xQ9mTrW2bN7cYp4LhVd8sJ1fGe6uA0oRiEq5KtMw");
    assertThat(d.toString())
        .doesNotContain("Zk3xQ9mTrW2bN7cYp4LhVd8sJ1fGe6uA0oRiEq5KtMw")
        .contains("prod-47.westus.logic.azure.com");
    assertThat(d.name()).isEqualTo("SOC Teams channel");
    assertThat(d.updatedAt()).isEqualTo("2025-11-20T11:02:55.640Z");
  }

  @Test
  void slack_fromJson_readsAnUnmodifiableChannelList() {
    OutputDestination.Slack d =
        (OutputDestination.Slack) OutputDestination.fromJson(fixture("destination-slack.json"));

    assertThat(d.name()).isEqualTo("SOC alerts (Slack)");
    assertThat(d.config().channelIds()).containsExactly("C04QZ8K1M2P", "C05B7N3TQ9X");
    assertThatThrownBy(() -> d.config().channelIds().add("C1"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void pagerDuty_fromJson_readsSeverityAndSource() {
    OutputDestination.PagerDuty d =
        (OutputDestination.PagerDuty)
            OutputDestination.fromJson(fixture("destination-pagerduty.json"));

    assertThat(d.config().severity()).isEqualTo(PagerDutySeverity.ERROR);
    assertThat(d.config().severityAsString()).isEqualTo("error");
    assertThat(d.config().source()).contains("cotool-detections");
  }

  @Test
  void linear_fromJson_readsTheTeam() {
    OutputDestination.Linear d =
        (OutputDestination.Linear) OutputDestination.fromJson(fixture("destination-linear.json"));

    assertThat(d.config().teamId()).isEqualTo("9cfb482a-81e3-4154-b5b9-2c805e70a02d");
    assertThat(d.config().teamName()).contains("Security Engineering");
  }

  @Test
  void tines_fromJson_readsTheTeamAndName() {
    OutputDestination.Tines d =
        (OutputDestination.Tines) OutputDestination.fromJson(fixture("destination-tines.json"));

    assertThat(d.config().teamId()).isEqualTo("4812");
    assertThat(d.config().teamName()).contains("SOC Automation");
    assertThat(d.name()).isEqualTo("Tines: SOC case management");
  }

  @Test
  void unknownType_keepsTheJsonIntact() {
    String json = fixture("newer-server/destination-opsgenie.json");
    OutputDestination.Unknown d = (OutputDestination.Unknown) OutputDestination.fromJson(json);

    assertThat(d.rawJson()).isEqualTo(json);
    assertThat(d.type()).isEqualTo("opsgenie");
    assertThat(d.id()).isEqualTo("0f4a8c27-93d1-4e6b-b250-7c1e9d3a5f86");
    assertThat(d.organizationId()).isEqualTo("7c67f3c6-cb58-481b-8978-bd41e0c84856");
    assertThat(d.name()).isEqualTo("Opsgenie: Security on-call (EU)");
    assertThat(d.createdAt()).isEqualTo("2025-12-02T08:20:45.117Z");
    assertThat(d.updatedAt()).isEqualTo("2025-12-02T08:20:45.117Z");
    assertThat(d.config()).containsEntry("region", "eu").containsEntry("priority", "P2");
    assertThat(d.config().get("responders"))
        .isEqualTo(List.of(Map.of("type", "team", "name", "security-oncall")));
    assertThat(d.additionalProperties()).containsOnly(Map.entry("hasToken", true));
    assertThat(d.hasProperty("hasToken")).isTrue();
    assertThat(d.hasProperty("token")).isFalse();
  }

  @Test
  void missingOrNonStringType_givesUnknownWithEmptyType() {
    OutputDestination missing =
        OutputDestination.fromJson("{\"id\": \"d1\", \"config\": {\"url\": \"https://x\"}}");
    OutputDestination nulled = OutputDestination.fromJson("{\"id\": \"d1\", \"type\": null}");
    OutputDestination object =
        OutputDestination.fromJson("{\"id\": \"d1\", \"type\": {\"kind\": \"webhook\"}}");

    assertThat(missing).isInstanceOf(OutputDestination.Unknown.class);
    assertThat(missing.type()).isEmpty();
    assertThat(missing.hasProperty("type")).isFalse();
    assertThat(nulled).isInstanceOf(OutputDestination.Unknown.class);
    assertThat(nulled.hasProperty("type")).isTrue();
    assertThat(object).isInstanceOf(OutputDestination.Unknown.class);
    assertThat(object.type()).isEmpty();
  }

  @Test
  void unknown_toStringShowsNoConfigOrSecrets() {
    OutputDestination d =
        OutputDestination.fromJson(
            "{\"id\": \"d1\", \"name\": \"n\", \"type\": \"opsgenie\", \"apiKey\": \"sk-secret\", \"config\": {\"k\": \"v\"}}");

    assertThat(d.toString()).isEqualTo("OutputDestination.Unknown{id=d1, name=n, type=opsgenie}");
    assertThat(d.additionalProperties()).containsEntry("apiKey", "sk-secret");
  }

  @Test
  void unknown_missingCommonProperty_throwsOnAccess() {
    OutputDestination d = OutputDestination.fromJson("{\"type\": \"opsgenie\"}");

    assertThatThrownBy(d::id)
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessage("OutputDestination.id is missing from the response");
    assertThat(((OutputDestination.Unknown) d).config()).isEmpty();
  }

  @Test
  void unknown_equalsByJsonValue() {
    OutputDestination a = OutputDestination.fromJson("{\"type\": \"x\", \"id\": \"1\"}");
    OutputDestination b = OutputDestination.fromJson("{ \"id\" : \"1\" , \"type\" : \"x\" }");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(OutputDestination.fromJson("{\"type\": \"x\", \"id\": \"2\"}"));
  }

  @Test
  void newerServer_unknownEnumValues_readAsUnknownAndKeepTheRawString() {
    OutputDestination.PagerDuty pagerDuty =
        (OutputDestination.PagerDuty)
            OutputDestination.fromJson(fixture("newer-server/destination-pagerduty.json"));
    OutputDestination.Webhook webhook =
        (OutputDestination.Webhook)
            OutputDestination.fromJson(fixture("newer-server/destination-webhook.json"));

    assertThat(pagerDuty.config().severity()).isEqualTo(PagerDutySeverity.UNKNOWN);
    assertThat(pagerDuty.config().severityAsString()).isEqualTo("fatal");
    assertThat(pagerDuty.config().additionalProperties()).containsOnlyKeys("dedupWindowMinutes");
    assertThat(pagerDuty.additionalProperties())
        .containsEntry("serviceName", "Security Incident Response");
    assertThat(webhook.config().authType()).isEqualTo(WebhookAuthType.UNKNOWN);
    assertThat(webhook.config().authTypeAsString()).isEqualTo("hmac_sha256");
    assertThat(webhook.config().headerName()).isEmpty();
    assertThat(webhook.config().additionalProperties())
        .containsOnlyKeys("signatureHeader", "retryPolicy");
    assertThat(webhook.token()).isEmpty();
    assertThat(webhook.hasToken()).isTrue();
    assertThat(webhook.additionalProperties())
        .containsOnlyKeys("lastDeliveryStatus", "deliveryStats");
  }

  @Test
  void newerServer_requiredNullOrAbsent_throwsOnAccessOnly_andHasPropertyTellsWhich() {
    OutputDestination teams =
        OutputDestination.fromJson(fixture("newer-server/destination-teams.json"));
    OutputDestination.Linear linear =
        (OutputDestination.Linear)
            OutputDestination.fromJson(fixture("newer-server/destination-linear.json"));

    assertThatThrownBy(teams::name)
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessage("OutputDestination.Teams.name is missing from the response");
    assertThat(teams.hasProperty("name")).isTrue();
    assertThat(teams.additionalProperties()).containsEntry("displayName", "SOC Teams channel");
    assertThat(teams.toString()).contains("name=null");

    assertThatThrownBy(linear::updatedAt).isInstanceOf(CotoolInvalidDataException.class);
    assertThat(linear.hasProperty("updatedAt")).isFalse();
    assertThat(linear.config().teamName()).isEmpty();
    assertThat(linear.config().hasProperty("teamName")).isTrue();
    assertThat(linear.config().additionalProperties()).containsOnlyKeys("labelIds");
    assertThat(linear.additionalProperties()).containsEntry("workspaceSlug", "acme-corp");
  }

  @Test
  void missingConfigOrChannelIds_throwOnAccess() {
    OutputDestination.Slack noConfig =
        (OutputDestination.Slack)
            OutputDestination.fromJson("{\"id\": \"d1\", \"type\": \"slack\"}");
    OutputDestination.Slack noChannels =
        (OutputDestination.Slack)
            OutputDestination.fromJson("{\"id\": \"d1\", \"type\": \"slack\", \"config\": {}}");

    assertThatThrownBy(noConfig::config)
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessage("OutputDestination.Slack.config is missing from the response");
    assertThatThrownBy(() -> noChannels.config().channelIds())
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessage("OutputDestination.SlackConfig.channelIds is missing from the response");
  }

  @Test
  void knownTypeWithTheWrongShape_isInvalidData() {
    assertThatThrownBy(
            () -> OutputDestination.fromJson("{\"type\": \"webhook\", \"config\": \"https://x\"}"))
        .isInstanceOf(CotoolInvalidDataException.class);
  }

  @Test
  void fromJson_rejectsWhatIsNotAnObject() {
    assertThatThrownBy(() -> OutputDestination.fromJson("[]"))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> OutputDestination.fromJson("\"webhook\""))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> OutputDestination.fromJson("{"))
        .isInstanceOf(CotoolInvalidDataException.class);
  }

  @Test
  void equalsAndHashCode_byValue() {
    for (String file :
        List.of(
            "destination-webhook.json",
            "destination-teams.json",
            "destination-slack.json",
            "destination-pagerduty.json",
            "destination-linear.json",
            "destination-tines.json")) {
      OutputDestination a = OutputDestination.fromJson(fixture(file));
      OutputDestination b = OutputDestination.fromJson(fixture(file));
      assertThat(a).as(file).isEqualTo(b).hasSameHashCodeAs(b);
    }
    assertThat(OutputDestination.fromJson(fixture("destination-linear.json")))
        .isNotEqualTo(OutputDestination.fromJson(fixture("newer-server/destination-linear.json")));
  }

  @Test
  void rawJsonOfUnknown_parsesToTheSameTree() {
    String json = fixture("newer-server/destination-opsgenie.json");
    OutputDestination.Unknown d = (OutputDestination.Unknown) OutputDestination.fromJson(json);

    assertThat(JsonParser.parseString(d.rawJson())).isEqualTo(JsonParser.parseString(json));
  }
}
