package ai.cotool.sdk.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ModelEnumsTest {

  @Test
  void wireValues_matchTheSpec() {
    assertThat(values(DetectionCategory.values()))
        .containsExactly(
            "baseline_anomaly",
            "first_occurrence",
            "sequence_pattern",
            "privilege_escalation",
            "custom");
    assertThat(values(DetectionCadence.values())).containsExactly("hourly", "daily", "weekly");
    assertThat(values(PlanningMode.values())).containsExactly("auto", "never", "always");
    assertThat(values(AgentType.values())).containsExactly("response", "detection");
    assertThat(values(AgentOrigin.values())).containsExactly("user", "orchestrator");
    assertThat(values(BuiltInAgentType.values()))
        .containsExactly("threat-relevancy", "threat-research", "test-agent");
    assertThat(values(TriggerSource.values()))
        .containsExactly(
            "jira", "jira-automation", "slack", "linear", "webhook", "bugcrowd", "hackerone");
    assertThat(values(WebhookAuthType.values())).containsExactly("bearer", "header");
    assertThat(values(PagerDutySeverity.values()))
        .containsExactly("critical", "error", "warning", "info");
  }

  @Test
  void fromValue_roundTripsKnownValues_andMapsOthersToUnknown() {
    assertRoundTrip(
        DetectionCategory.values(), DetectionCategory::fromValue, DetectionCategory.UNKNOWN);
    assertRoundTrip(
        DetectionCadence.values(), DetectionCadence::fromValue, DetectionCadence.UNKNOWN);
    assertRoundTrip(PlanningMode.values(), PlanningMode::fromValue, PlanningMode.UNKNOWN);
    assertRoundTrip(AgentType.values(), AgentType::fromValue, AgentType.UNKNOWN);
    assertRoundTrip(AgentOrigin.values(), AgentOrigin::fromValue, AgentOrigin.UNKNOWN);
    assertRoundTrip(
        BuiltInAgentType.values(), BuiltInAgentType::fromValue, BuiltInAgentType.UNKNOWN);
    assertRoundTrip(TriggerSource.values(), TriggerSource::fromValue, TriggerSource.UNKNOWN);
    assertRoundTrip(WebhookAuthType.values(), WebhookAuthType::fromValue, WebhookAuthType.UNKNOWN);
    assertRoundTrip(
        PagerDutySeverity.values(), PagerDutySeverity::fromValue, PagerDutySeverity.UNKNOWN);
  }

  @Test
  void fromValue_isCaseSensitive_andNullStaysNull() {
    assertThat(TriggerSource.fromValue("JIRA")).isEqualTo(TriggerSource.UNKNOWN);
    assertThat(TriggerSource.fromValue(null)).isNull();
  }

  private static List<String> values(ApiEnum[] constants) {
    return java.util.Arrays.stream(constants).map(ApiEnum::value).filter(v -> v != null).toList();
  }

  private static <E extends ApiEnum> void assertRoundTrip(
      E[] constants, Function<String, E> fromValue, E unknown) {
    assertThat(unknown.value()).isNull();
    for (E constant : constants) {
      if (constant != unknown) {
        assertThat(fromValue.apply(constant.value())).isSameAs(constant);
      }
    }
    assertThat(fromValue.apply("a-value-from-a-newer-server")).isSameAs(unknown);
  }
}
