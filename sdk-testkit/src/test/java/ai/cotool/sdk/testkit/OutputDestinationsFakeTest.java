package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.PagerDutySeverity;
import ai.cotool.sdk.models.WebhookAuthType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutputDestinationsFakeTest {
  @RegisterExtension static final CotoolFakeExtension cotool = new CotoolFakeExtension();

  @Test
  void everyKind_isAnsweredAsItsOwnKindWithItsConfig(CotoolFake fake, CotoolClient client) {
    List<OutputDestinationParams> sent =
        List.of(
            OutputDestinationParams.webhook()
                .name("SOAR intake")
                .url("https://soar.example.com/intake")
                .authType(WebhookAuthType.HEADER)
                .headerName("X-API-Key")
                .token("s3cret")
                .build(),
            OutputDestinationParams.teams()
                .name("SOC Teams")
                .url("https://prod-47.westus.logic.azure.com/wf")
                .build(),
            OutputDestinationParams.slack()
                .name("SOC Slack")
                .channelIds("C04QZ8K1M2P", "C05B7N3TQ9X")
                .putAdditionalBodyProperty("threadReplies", true)
                .build(), // a field newer than the SDK: kept as sent
            OutputDestinationParams.pagerDuty()
                .name("On-call")
                .severity(PagerDutySeverity.CRITICAL)
                .build(),
            OutputDestinationParams.linear()
                .name("Triage")
                .teamId("9cfb482a")
                .teamName("Security")
                .build(),
            OutputDestinationParams.tines().name("Cases").teamId("4812").build());

    List<OutputDestination> created =
        sent.stream().map(p -> client.outputDestinations().create(p)).toList();

    OutputDestination.Webhook webhook = (OutputDestination.Webhook) created.get(0);
    assertThat(webhook.config().url()).isEqualTo("https://soar.example.com/intake");
    assertThat(webhook.config().authType()).isEqualTo(WebhookAuthType.HEADER);
    assertThat(webhook.config().headerName()).hasValue("X-API-Key");
    assertThat(webhook.hasToken()).isTrue();
    assertThat(webhook.token()).as("the token is never echoed").isEmpty();
    assertThat(((OutputDestination.Teams) created.get(1)).config().url()).endsWith("/wf");
    assertThat(((OutputDestination.Slack) created.get(2)).config().channelIds())
        .containsExactly("C04QZ8K1M2P", "C05B7N3TQ9X");
    assertThat(((OutputDestination.PagerDuty) created.get(3)).config().severity())
        .isEqualTo(PagerDutySeverity.CRITICAL);
    assertThat(((OutputDestination.Linear) created.get(4)).config().teamName())
        .hasValue("Security");
    assertThat(((OutputDestination.Tines) created.get(5)).config().teamId()).isEqualTo("4812");
    assertThat(created)
        .extracting(OutputDestination::name)
        .containsExactly("SOAR intake", "SOC Teams", "SOC Slack", "On-call", "Triage", "Cases");
    assertThat(fake.createdOutputDestinations()).isEqualTo(sent);
  }

  @Test
  void pagerDuty_withoutSeverity_defaultsToWarning(CotoolClient client) {
    OutputDestination created =
        client
            .outputDestinations()
            .create(OutputDestinationParams.pagerDuty().name("On-call").build());

    assertThat(((OutputDestination.PagerDuty) created).config().severity())
        .isEqualTo(PagerDutySeverity.WARNING);
  }

  @Test
  void webhook_withoutToken_hasNoToken(CotoolClient client) {
    OutputDestination created =
        client
            .outputDestinations()
            .create(
                OutputDestinationParams.webhook()
                    .name("Plain")
                    .url("https://hooks.example.com/x")
                    .authType(WebhookAuthType.BEARER)
                    .build());

    assertThat(((OutputDestination.Webhook) created).hasToken()).isFalse();
  }
}
