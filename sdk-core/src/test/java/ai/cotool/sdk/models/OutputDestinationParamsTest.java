package ai.cotool.sdk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.InvalidParameterException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class OutputDestinationParamsTest {

  private static final String EMOJI = "\uD83D\uDCE3";
  private static final String TOKEN = "whk_live_7Qm2vX9pR4tL8sNc";

  private static void assertSameJson(String actual, String expected) {
    assertThat(JsonParser.parseString(actual)).isEqualTo(JsonParser.parseString(expected));
  }

  private static void assertRejected(Supplier<?> build, String field) {
    assertThatThrownBy(build::get)
        .isInstanceOf(InvalidParameterException.class)
        .satisfies(e -> assertThat(((InvalidParameterException) e).field()).isEqualTo(field));
  }

  private static OutputDestinationParams.Webhook.Builder webhook() {
    return OutputDestinationParams.webhook()
        .name("SOAR intake")
        .url("https://soar.example.com/intake")
        .authType(WebhookAuthType.BEARER);
  }

  // ---- webhook

  @Test
  void webhook_toJson_minimal() {
    assertSameJson(
        webhook().build().toJson(),
        """
        {"type": "webhook", "name": "SOAR intake", "url": "https://soar.example.com/intake", "authType": "bearer"}
        """);
  }

  @Test
  void webhook_toJson_full() {
    OutputDestinationParams params =
        webhook().authType(WebhookAuthType.HEADER).headerName("X-API-Key").token(TOKEN).build();

    assertSameJson(
        params.toJson(),
        """
        {"type": "webhook", "name": "SOAR intake", "url": "https://soar.example.com/intake", "authType": "header",
         "headerName": "X-API-Key", "token": "whk_live_7Qm2vX9pR4tL8sNc"}
        """);
    assertThat(params.type()).isEqualTo("webhook");
  }

  @Test
  void webhook_tokenNeverInToString() {
    OutputDestinationParams.Webhook params = webhook().token(TOKEN).build();

    assertThat(params.toString()).doesNotContain(TOKEN).contains("token=***");
    assertThat(params.token()).contains(TOKEN);
    assertThat(webhook().build().toString()).contains("token=null");
  }

  @Test
  void webhook_rules() {
    assertRejected(() -> webhook().url(null).build(), "url");
    assertRejected(() -> webhook().url("soar.example.com/intake").build(), "url");
    assertRejected(() -> webhook().url("ftp://soar.example.com/intake").build(), "url");
    assertRejected(() -> webhook().url("https://").build(), "url");
    assertThat(webhook().url("http://localhost:8080/hook").build().url())
        .isEqualTo("http://localhost:8080/hook");
    assertRejected(() -> webhook().authType(null).build(), "authType");
    assertRejected(() -> webhook().authType(WebhookAuthType.UNKNOWN).build(), "authType");
    // the spec ties headerName to authType only in prose: both combinations are accepted
    assertThat(webhook().authType(WebhookAuthType.BEARER).headerName("X-Key").build().headerName())
        .contains("X-Key");
    assertThat(webhook().authType(WebhookAuthType.HEADER).build().headerName()).isEmpty();
  }

  // ---- name, common to every kind

  @Test
  void name_isRequired_1To255CodePoints_forEveryKind() {
    List<java.util.function.Function<String, OutputDestinationParams>> kinds =
        List.of(
            name -> webhook().name(name).build(),
            name -> OutputDestinationParams.teams().name(name).url("https://example.com/x").build(),
            name -> OutputDestinationParams.slack().name(name).channelIds("C1").build(),
            name -> OutputDestinationParams.pagerDuty().name(name).build(),
            name -> OutputDestinationParams.linear().name(name).teamId("t").build(),
            name -> OutputDestinationParams.tines().name(name).teamId("1").build());

    for (java.util.function.Function<String, OutputDestinationParams> kind : kinds) {
      assertRejected(() -> kind.apply(null), "name");
      assertRejected(() -> kind.apply(""), "name");
      assertThat(kind.apply("n").name()).isEqualTo("n");
      assertThat(kind.apply("a".repeat(255)).name()).hasSize(255);
      assertRejected(() -> kind.apply("a".repeat(256)), "name");
      assertThat(kind.apply(EMOJI.repeat(255)).name()).hasSize(510);
      assertRejected(() -> kind.apply(EMOJI.repeat(256)), "name");
    }
  }

  // ---- teams

  @Test
  void teams_sendsItsRequiredUrl_andHidesItFromToString() {
    OutputDestinationParams.Teams params =
        OutputDestinationParams.teams()
            .name("SOC Teams")
            .url("https://prod-47.westus.logic.azure.com/workflows/abc/invoke?sig=secret123")
            .build();

    assertSameJson(
        params.toJson(),
        """
        {"type": "teams", "name": "SOC Teams",
         "url": "https://prod-47.westus.logic.azure.com/workflows/abc/invoke?sig=secret123"}
        """);
    assertThat(params.toString()).doesNotContain("secret123");
    assertRejected(() -> OutputDestinationParams.teams().name("n").build(), "url");
    assertRejected(() -> OutputDestinationParams.teams().name("n").url("not a url").build(), "url");
  }

  // ---- slack

  @Test
  void slack_toJson_fromVarargsOrAList() {
    assertSameJson(
        OutputDestinationParams.slack().name("SOC").channelIds("C1", "C2").build().toJson(),
        """
        {"type": "slack", "name": "SOC", "channelIds": ["C1", "C2"]}
        """);
    assertSameJson(
        OutputDestinationParams.slack().name("SOC").channelIds(List.of("C1")).build().toJson(),
        """
        {"type": "slack", "name": "SOC", "channelIds": ["C1"]}
        """);
  }

  @Test
  void slack_rules() {
    assertRejected(() -> OutputDestinationParams.slack().name("n").build(), "channelIds");
    assertRejected(
        () -> OutputDestinationParams.slack().name("n").channelIds().build(), "channelIds");
    assertRejected(
        () -> OutputDestinationParams.slack().name("n").channelIds(List.of()).build(),
        "channelIds");
    assertRejected(
        () ->
            OutputDestinationParams.slack().name("n").channelIds(Arrays.asList("C1", null)).build(),
        "channelIds");
  }

  @Test
  void slack_copiesTheList() {
    List<String> ids = new ArrayList<>(List.of("C1"));
    OutputDestinationParams.Slack params =
        OutputDestinationParams.slack().name("n").channelIds(ids).build();
    ids.add("C2");

    assertThat(params.channelIds()).containsExactly("C1");
    assertThatThrownBy(() -> params.channelIds().add("C3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ---- pagerduty

  @Test
  void pagerDuty_toJson_minimalAndFull_rejectsAnUnknownSeverity() {
    assertSameJson(
        OutputDestinationParams.pagerDuty().name("On-call").build().toJson(),
        """
        {"type": "pagerduty", "name": "On-call"}
        """);
    assertSameJson(
        OutputDestinationParams.pagerDuty()
            .name("On-call")
            .severity(PagerDutySeverity.CRITICAL)
            .source("cotool")
            .build()
            .toJson(),
        """
        {"type": "pagerduty", "name": "On-call", "severity": "critical", "source": "cotool"}
        """);
    assertRejected(
        () ->
            OutputDestinationParams.pagerDuty()
                .name("n")
                .severity(PagerDutySeverity.UNKNOWN)
                .build(),
        "severity");
  }

  // ---- linear

  @Test
  void linear_toJson_minimalAndFull_requiresATeamId() {
    assertSameJson(
        OutputDestinationParams.linear().name("Triage").teamId("team-1").build().toJson(),
        """
        {"type": "linear", "name": "Triage", "teamId": "team-1"}
        """);
    assertSameJson(
        OutputDestinationParams.linear()
            .name("Triage")
            .teamId("t")
            .teamName("Security")
            .build()
            .toJson(),
        """
        {"type": "linear", "name": "Triage", "teamId": "t", "teamName": "Security"}
        """);
    assertRejected(() -> OutputDestinationParams.linear().name("n").build(), "teamId");
    assertRejected(() -> OutputDestinationParams.linear().name("n").teamId("").build(), "teamId");
  }

  // ---- tines

  @Test
  void tines_toJson_minimalAndFull() {
    assertSameJson(
        OutputDestinationParams.tines().name("Cases").teamId("4812").build().toJson(),
        """
        {"type": "tines", "name": "Cases", "teamId": "4812"}
        """);
    assertSameJson(
        OutputDestinationParams.tines().name("Cases").teamId("0").teamName("SOC").build().toJson(),
        """
        {"type": "tines", "name": "Cases", "teamId": "0", "teamName": "SOC"}
        """);
  }

  @Test
  void tines_teamIdIsDigitsOnly() {
    for (String bad : List.of("", "12a", "a12", "-1", "1 ", " 1", "1\n", "4.5", "\u0664\u0668")) {
      assertRejected(() -> OutputDestinationParams.tines().name("n").teamId(bad).build(), "teamId");
    }
    assertRejected(() -> OutputDestinationParams.tines().name("n").build(), "teamId");
    assertThat(
            OutputDestinationParams.tines()
                .name("n")
                .teamId("0012345678901234567890")
                .build()
                .teamId())
        .isEqualTo("0012345678901234567890");
  }

  // ---- value semantics

  @Test
  void toBuilder_roundTrips_forEveryKind() {
    List<OutputDestinationParams> all =
        List.of(
            webhook().headerName("X").token(TOKEN).build(),
            OutputDestinationParams.teams().name("n").url("https://example.com").build(),
            OutputDestinationParams.slack().name("n").channelIds("C1").build(),
            OutputDestinationParams.pagerDuty()
                .name("n")
                .severity(PagerDutySeverity.INFO)
                .source("s")
                .build(),
            OutputDestinationParams.linear().name("n").teamId("t").teamName("tn").build(),
            OutputDestinationParams.tines().name("n").teamId("1").teamName("tn").build());

    for (OutputDestinationParams params : all) {
      OutputDestinationParams copy = rebuild(params);
      assertThat(copy).as(params.type()).isEqualTo(params).hasSameHashCodeAs(params);
      assertSameJson(copy.toJson(), params.toJson());
    }
  }

  private static OutputDestinationParams rebuild(OutputDestinationParams params) {
    if (params instanceof OutputDestinationParams.Webhook p) {
      return p.toBuilder().build();
    } else if (params instanceof OutputDestinationParams.Teams p) {
      return p.toBuilder().build();
    } else if (params instanceof OutputDestinationParams.Slack p) {
      return p.toBuilder().build();
    } else if (params instanceof OutputDestinationParams.PagerDuty p) {
      return p.toBuilder().build();
    } else if (params instanceof OutputDestinationParams.Linear p) {
      return p.toBuilder().build();
    } else {
      return ((OutputDestinationParams.Tines) params).toBuilder().build();
    }
  }

  @Test
  void differentKinds_areNotEqual() {
    assertThat(OutputDestinationParams.linear().name("n").teamId("1").build())
        .isNotEqualTo(OutputDestinationParams.tines().name("n").teamId("1").build());
  }
}
