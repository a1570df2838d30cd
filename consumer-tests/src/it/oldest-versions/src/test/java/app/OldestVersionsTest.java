package app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.resources.AlertsResource;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.DetectionCategory;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.testkit.CotoolFake;
import ai.cotool.sdk.testkit.CotoolFakeExtension;
import com.google.gson.Gson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OldestVersionsTest {
  private static final String TRIGGER = "53299c66-de36-4390-9afe-ef219223b44c";

  @RegisterExtension
  static final CotoolFakeExtension cotool = new CotoolFakeExtension();

  record Escalation(String reason, Instant detectedAt, Optional<String> owner, AlertSeverity severity) {}

  @Test
  void readmeMockingRecipe_stubsTheShortOverloadsToo() {
    AlertPage page = new AlertPage(List.of(), 0, AlertListParams.builder().build());
    AlertListParams params = AlertListParams.builder().limit(5).build();
    AlertsResource alerts = mock(AlertsResource.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
    doReturn(page).when(alerts).list(any(AlertListParams.class), any(RequestOptions.class));

    assertThat(alerts.list(params)).isSameAs(page);
    assertThat(alerts.list(params, RequestOptions.none())).isSameAs(page);
  }

  @Test
  void runsOnThePinnedVersions() {
    assertThat(Gson.class.getProtectionDomain().getCodeSource().getLocation().getPath())
        .endsWith("gson-" + System.getProperty("expected.gson") + ".jar");
    assertThat(okhttp3.OkHttp.VERSION).isEqualTo(System.getProperty("expected.okhttp"));
  }

  @Test
  void everyOperation(CotoolFake fake, CotoolClient client) {
    List<Alert> critical = client.alerts().listAutoPaging(AlertListParams.builder()
        .severities(AlertSeverity.CRITICAL).limit(5).build()).stream().limit(12).toList();
    Detection created = client.detections().create(CreateDetectionParams.builder().name("sudoers")
        .detectionCategory(DetectionCategory.PRIVILEGE_ESCALATION).systemPrompt("triage").detectionQuery("q").build());
    Detection accepted = client.detections().accept(created.id());
    OutputDestination slack = client.outputDestinations().create(
        OutputDestinationParams.slack().name("SOC").channelIds("C024BE91L").build());
    TriggerResult raw = client.triggers().invokeWithJson(TriggerSource.WEBHOOK, TRIGGER, "{\"a\":[1,2]}");

    assertThat(critical).isNotEmpty().allSatisfy(a -> assertThat(a.severity()).contains(AlertSeverity.CRITICAL));
    assertThat(accepted.enabled()).contains(true);
    assertThat(slack).isInstanceOf(OutputDestination.Slack.class);
    assertThat(raw).isInstanceOf(TriggerResult.Started.class);
  }

  @Test
  void aPayloadOfOrdinaryJavaValues(CotoolFake fake, CotoolClient client) {
    Alert alert = client.alerts().list(AlertListParams.builder().limit(1).build()).alerts().get(0);
    Instant now = Instant.parse("2026-01-02T03:04:05Z");

    client.triggers().invoke(TriggerSource.WEBHOOK, TRIGGER, Map.of(
        "detectedAt", now,
        "owner", Optional.empty(),
        "severity", AlertSeverity.CRITICAL,
        "escalation", new Escalation("sudoers", now, Optional.of("alice"), AlertSeverity.HIGH),
        "alert", alert));

    Map<String, Object> sent = fake.triggerInvocations().get(0).payloadObject();
    assertThat(sent).containsEntry("detectedAt", "2026-01-02T03:04:05Z").containsEntry("owner", null)
        .containsEntry("severity", "critical")
        .containsEntry("escalation", Map.of("reason", "sudoers", "detectedAt", "2026-01-02T03:04:05Z",
            "owner", "alice", "severity", "high"));
    @SuppressWarnings("unchecked")
    Map<String, Object> sentAlert = (Map<String, Object>) sent.get("alert");
    assertThat(sentAlert).containsEntry("id", alert.id()).containsKey("severity").doesNotContainKey("delegate");
  }
}
