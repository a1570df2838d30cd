package ai.cotool.sdk.resources;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.PagerDutySeverity;
import ai.cotool.sdk.models.WebhookAuthType;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /api/output-destinations}: each of the six kinds, full and minimal, and each response
 * kind.
 */
class OutputDestinationsWireTest extends WireMockClientTestBase {
  private static final String PATH = "/api/output-destinations";
  private static final String TEAMS_URL =
      "https://prod-47.westus.logic.azure.com:443/workflows/3f1c9a2e8b7d4e60a5c2f19d8e7b6a41"
          + "/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0"
          + "&sig=Zk3xQ9mTrW2bN7cYp4LhVd8sJ1fGe6uA0oRiEq5KtMw";

  /**
   * params, the exact body expected on the wire, the response fixture, the variant it must decode
   * to.
   */
  static Stream<Arguments> everyKindFullAndMinimal() {
    return Stream.of(
        Arguments.of(
            "webhook full",
            OutputDestinationParams.webhook()
                .name("SOAR intake webhook")
                .url("https://soar.acme-corp.com/api/v2/intake/cotool")
                .authType(WebhookAuthType.HEADER)
                .headerName("X-API-Key")
                .token("whk_live_7Qm2vX9pR4tL8sNc")
                .build(),
            "{\"type\":\"webhook\",\"name\":\"SOAR intake webhook\","
                + "\"url\":\"https://soar.acme-corp.com/api/v2/intake/cotool\",\"authType\":\"header\","
                + "\"headerName\":\"X-API-Key\",\"token\":\"whk_live_7Qm2vX9pR4tL8sNc\"}",
            "destination-webhook.json",
            OutputDestination.Webhook.class),
        Arguments.of(
            "webhook minimal",
            OutputDestinationParams.webhook()
                .name("w")
                .url("http://10.0.0.5:8080/hook")
                .authType(WebhookAuthType.BEARER)
                .build(),
            "{\"type\":\"webhook\",\"name\":\"w\",\"url\":\"http://10.0.0.5:8080/hook\",\"authType\":\"bearer\"}",
            "destination-webhook.json",
            OutputDestination.Webhook.class),
        Arguments.of(
            "teams",
            OutputDestinationParams.teams().name("SOC Teams channel").url(TEAMS_URL).build(),
            "{\"type\":\"teams\",\"name\":\"SOC Teams channel\",\"url\":\"" + TEAMS_URL + "\"}",
            "destination-teams.json",
            OutputDestination.Teams.class),
        Arguments.of(
            "slack full",
            OutputDestinationParams.slack()
                .name("SOC alerts (Slack)")
                .channelIds("C04QZ8K1M2P", "C05B7N3TQ9X")
                .build(),
            "{\"type\":\"slack\",\"name\":\"SOC alerts (Slack)\",\"channelIds\":[\"C04QZ8K1M2P\",\"C05B7N3TQ9X\"]}",
            "destination-slack.json",
            OutputDestination.Slack.class),
        Arguments.of(
            "slack minimal",
            OutputDestinationParams.slack().name("s").channelIds(List.of("C1")).build(),
            "{\"type\":\"slack\",\"name\":\"s\",\"channelIds\":[\"C1\"]}",
            "destination-slack.json",
            OutputDestination.Slack.class),
        Arguments.of(
            "pagerduty full",
            OutputDestinationParams.pagerDuty()
                .name("PagerDuty: Security on-call")
                .severity(PagerDutySeverity.ERROR)
                .source("cotool-detections")
                .build(),
            "{\"type\":\"pagerduty\",\"name\":\"PagerDuty: Security on-call\",\"severity\":\"error\","
                + "\"source\":\"cotool-detections\"}",
            "destination-pagerduty.json",
            OutputDestination.PagerDuty.class),
        Arguments.of(
            "pagerduty minimal",
            OutputDestinationParams.pagerDuty().name("p").build(),
            "{\"type\":\"pagerduty\",\"name\":\"p\"}",
            "destination-pagerduty.json",
            OutputDestination.PagerDuty.class),
        Arguments.of(
            "linear full",
            OutputDestinationParams.linear()
                .name("Linear: Security Engineering triage")
                .teamId("9cfb482a-81e3-4154-b5b9-2c805e70a02d")
                .teamName("Security Engineering")
                .build(),
            "{\"type\":\"linear\",\"name\":\"Linear: Security Engineering triage\","
                + "\"teamId\":\"9cfb482a-81e3-4154-b5b9-2c805e70a02d\",\"teamName\":\"Security Engineering\"}",
            "destination-linear.json",
            OutputDestination.Linear.class),
        Arguments.of(
            "linear minimal",
            OutputDestinationParams.linear().name("l").teamId("T").build(),
            "{\"type\":\"linear\",\"name\":\"l\",\"teamId\":\"T\"}",
            "destination-linear.json",
            OutputDestination.Linear.class),
        Arguments.of(
            "tines full",
            OutputDestinationParams.tines()
                .name("Tines: SOC case management")
                .teamId("4812")
                .teamName("SOC Automation")
                .build(),
            "{\"type\":\"tines\",\"name\":\"Tines: SOC case management\",\"teamId\":\"4812\","
                + "\"teamName\":\"SOC Automation\"}",
            "destination-tines.json",
            OutputDestination.Tines.class),
        Arguments.of(
            "tines minimal",
            OutputDestinationParams.tines().name("t").teamId("0").build(),
            "{\"type\":\"tines\",\"name\":\"t\",\"teamId\":\"0\"}",
            "destination-tines.json",
            OutputDestination.Tines.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKindFullAndMinimal")
  void create_sendsExactlyTheKindsFields_andDecodesTheMatchingVariant(
      String label,
      OutputDestinationParams params,
      String expectedBody,
      String fixture,
      Class<? extends OutputDestination> variant) {
    server.stubFor(post(PATH).willReturn(okJson(fixture(fixture))));

    OutputDestination created = client.outputDestinations().create(params);

    server.verify(
        exactly(1),
        withJsonBodyHeaders(postRequestedFor(urlEqualTo(PATH)))
            .withRequestBody(equalToJson(expectedBody, false, false)));
    assertThat(created).isExactlyInstanceOf(variant);
    assertThat(created.type()).isEqualTo(params.type());
    assertThat(created.id())
        .isEqualTo(
            JsonParser.parseString(fixture(fixture)).getAsJsonObject().get("id").getAsString());
    assertThat(created.organizationId()).isEqualTo("7c67f3c6-cb58-481b-8978-bd41e0c84856");
    assertThat(created.additionalProperties()).isEmpty();
  }

  @Test
  void webhookResponse_decodesConfigAndToken_butToStringHidesTheToken() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("destination-webhook.json"))));

    OutputDestination created =
        client
            .outputDestinations()
            .create(
                OutputDestinationParams.webhook()
                    .name("SOAR intake webhook")
                    .url("https://soar.acme-corp.com/api/v2/intake/cotool")
                    .authType(WebhookAuthType.HEADER)
                    .headerName("X-API-Key")
                    .token("whk_live_7Qm2vX9pR4tL8sNc")
                    .build());

    assertThat(created)
        .isInstanceOfSatisfying(
            OutputDestination.Webhook.class,
            webhook -> {
              assertThat(webhook.name()).isEqualTo("SOAR intake webhook");
              assertThat(webhook.createdAt()).isEqualTo("2025-11-20T09:41:17.302Z");
              assertThat(webhook.updatedAt()).isEqualTo("2025-11-20T09:41:17.302Z");
              assertThat(webhook.config().url())
                  .isEqualTo("https://soar.acme-corp.com/api/v2/intake/cotool");
              assertThat(webhook.config().authType()).isEqualTo(WebhookAuthType.HEADER);
              assertThat(webhook.config().authTypeAsString()).isEqualTo("header");
              assertThat(webhook.config().headerName()).contains("X-API-Key");
              assertThat(webhook.token()).contains("whk_live_7Qm2vX9pR4tL8sNc");
              assertThat(webhook.hasToken()).isTrue();
              assertThat(webhook.toString()).doesNotContain("whk_live_7Qm2vX9pR4tL8sNc");
              assertThat(webhook.config().toString()).doesNotContain("whk_live_7Qm2vX9pR4tL8sNc");
            });
  }

  @Test
  void webhookParams_toStringHidesTheToken() {
    OutputDestinationParams params =
        OutputDestinationParams.webhook()
            .name("w")
            .url("https://h.example/x")
            .authType(WebhookAuthType.BEARER)
            .token("whk_live_SECRET_42")
            .build();

    assertThat(params.toString()).doesNotContain("whk_live_SECRET_42");
  }

  @Test
  void teamsResponse_decodesTheWorkflowUrl_butToStringHidesItsSignature() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("destination-teams.json"))));

    OutputDestination created =
        client
            .outputDestinations()
            .create(
                OutputDestinationParams.teams().name("SOC Teams channel").url(TEAMS_URL).build());

    assertThat(created)
        .isInstanceOfSatisfying(
            OutputDestination.Teams.class,
            teams -> {
              assertThat(teams.name()).isEqualTo("SOC Teams channel");
              assertThat(teams.updatedAt()).isEqualTo("2025-11-20T11:02:55.640Z");
              assertThat(teams.config().url()).isEqualTo(TEAMS_URL);
              assertThat(teams.toString())
                  .doesNotContain("sig=")
                  .doesNotContain("Zk3xQ9mTrW2bN7cYp4LhVd8sJ1fGe6uA0oRiEq5KtMw");
            });
  }

  @Test
  void slackResponse_decodesTheChannelIds() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("destination-slack.json"))));

    OutputDestination created =
        client
            .outputDestinations()
            .create(
                OutputDestinationParams.slack()
                    .name("SOC alerts (Slack)")
                    .channelIds("C04QZ8K1M2P")
                    .build());

    assertThat(created)
        .isInstanceOfSatisfying(
            OutputDestination.Slack.class,
            slack -> {
              assertThat(slack.name()).isEqualTo("SOC alerts (Slack)");
              assertThat(slack.config().channelIds()).containsExactly("C04QZ8K1M2P", "C05B7N3TQ9X");
            });
  }

  @Test
  void pagerDutyResponse_decodesSeverityAndSource() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("destination-pagerduty.json"))));

    OutputDestination created =
        client.outputDestinations().create(OutputDestinationParams.pagerDuty().name("p").build());

    assertThat(created)
        .isInstanceOfSatisfying(
            OutputDestination.PagerDuty.class,
            pd -> {
              assertThat(pd.name()).isEqualTo("PagerDuty: Security on-call");
              assertThat(pd.config().severity()).isEqualTo(PagerDutySeverity.ERROR);
              assertThat(pd.config().severityAsString()).isEqualTo("error");
              assertThat(pd.config().source()).contains("cotool-detections");
            });
  }

  @Test
  void linearResponse_decodesTheTeam() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("destination-linear.json"))));

    OutputDestination created =
        client
            .outputDestinations()
            .create(
                OutputDestinationParams.linear()
                    .name("l")
                    .teamId("9cfb482a-81e3-4154-b5b9-2c805e70a02d")
                    .build());

    assertThat(created)
        .isInstanceOfSatisfying(
            OutputDestination.Linear.class,
            linear -> {
              assertThat(linear.name()).isEqualTo("Linear: Security Engineering triage");
              assertThat(linear.config().teamId())
                  .isEqualTo("9cfb482a-81e3-4154-b5b9-2c805e70a02d");
              assertThat(linear.config().teamName()).contains("Security Engineering");
            });
  }

  @Test
  void tinesResponse_decodesTheTeam() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("destination-tines.json"))));

    OutputDestination created =
        client
            .outputDestinations()
            .create(OutputDestinationParams.tines().name("t").teamId("4812").build());

    assertThat(created)
        .isInstanceOfSatisfying(
            OutputDestination.Tines.class,
            tines -> {
              assertThat(tines.name()).isEqualTo("Tines: SOC case management");
              assertThat(tines.updatedAt()).isEqualTo("2025-11-20T10:03:14.587Z");
              assertThat(tines.config().teamId()).isEqualTo("4812");
              assertThat(tines.config().teamName()).contains("SOC Automation");
            });
  }

  @Test
  void unknownType_becomesUnknown_withItsJsonIntact() {
    String body = fixture("newer-server/destination-opsgenie.json");
    server.stubFor(post(PATH).willReturn(okJson(body)));

    OutputDestination created =
        client.outputDestinations().create(OutputDestinationParams.pagerDuty().name("p").build());

    assertThat(created)
        .isInstanceOfSatisfying(
            OutputDestination.Unknown.class,
            unknown -> {
              assertThat(unknown.rawJson()).isEqualTo(body);
              assertThat(unknown.type()).isEqualTo("opsgenie");
              assertThat(unknown.id()).isEqualTo("0f4a8c27-93d1-4e6b-b250-7c1e9d3a5f86");
              assertThat(unknown.name()).isEqualTo("Opsgenie: Security on-call (EU)");
              assertThat(unknown.config())
                  .containsEntry("region", "eu")
                  .containsEntry("priority", "P2");
              assertThat(unknown.config().get("responders"))
                  .isEqualTo(List.of(Map.of("type", "team", "name", "security-oncall")));
              assertThat(unknown.additionalProperties()).containsEntry("hasToken", true);
              assertThat(unknown.hasProperty("hasToken")).isTrue();
            });
  }

  @ParameterizedTest(name = "type {0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"\"type\":null,", "", "\"type\":{\"kind\":\"slack\"},", "\"type\":\"Slack\","})
  void missingNullOrMalformedType_becomesUnknown_withItsJsonIntact(String typeProperty) {
    String body =
        "{\"id\":\"d1\",\"organizationId\":\"o1\",\"name\":\"n\",\"createdAt\":\"c\","
            + "\"updatedAt\":\"u\","
            + typeProperty
            + "\"config\":{\"channelIds\":[\"C1\"]}}";
    server.stubFor(post(PATH).willReturn(okJson(body)));

    OutputDestination created =
        client
            .outputDestinations()
            .create(OutputDestinationParams.slack().name("s").channelIds("C1").build());

    assertThat(created)
        .isInstanceOfSatisfying(
            OutputDestination.Unknown.class,
            unknown -> {
              assertThat(unknown.rawJson()).isEqualTo(body);
              assertThat(unknown.id()).isEqualTo("d1");
              assertThat(unknown.config()).containsEntry("channelIds", List.of("C1"));
            });
  }

  @Test
  void knownTypeIsChosenByTheTypeProperty_notByShape() {
    // a Slack-shaped config under type "tines": the type property decides
    server.stubFor(
        post(PATH)
            .willReturn(
                okJson(
                    "{\"id\":\"d1\",\"organizationId\":\"o1\",\"name\":\"n\","
                        + "\"createdAt\":\"c\",\"updatedAt\":\"u\",\"type\":\"tines\",\"config\":{\"teamId\":\"77\","
                        + "\"channelIds\":[\"C1\"]}}")));

    OutputDestination created =
        client
            .outputDestinations()
            .create(OutputDestinationParams.tines().name("t").teamId("77").build());

    assertThat(created)
        .isInstanceOfSatisfying(
            OutputDestination.Tines.class,
            tines -> assertThat(tines.config().teamId()).isEqualTo("77"));
  }

  @Test
  void patternMatching_overTheSealedResponse_coversEveryKind() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("destination-slack.json"))));

    OutputDestination d =
        client
            .outputDestinations()
            .create(OutputDestinationParams.slack().name("s").channelIds("C").build());

    String summary;
    if (d instanceof OutputDestination.Slack slack) {
      summary = "slack:" + String.join(",", slack.config().channelIds());
    } else if (d instanceof OutputDestination.Unknown unknown) {
      summary = "unknown:" + unknown.type();
    } else {
      summary = "other:" + d.type();
    }
    assertThat(summary).isEqualTo("slack:C04QZ8K1M2P,C05B7N3TQ9X");
  }
}
