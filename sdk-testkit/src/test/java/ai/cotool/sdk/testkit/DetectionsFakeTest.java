package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.errors.BadRequestException;
import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.DetectionCadence;
import ai.cotool.sdk.models.DetectionCategory;
import ai.cotool.sdk.models.DetectionOutputSendMode;
import ai.cotool.sdk.models.DetectionOutputSettings;
import ai.cotool.sdk.models.DetectionOutputs;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.UpdateDetectionOutputsParams;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DetectionsFakeTest {
  @RegisterExtension static final CotoolFakeExtension cotool = new CotoolFakeExtension();

  private static final CreateDetectionParams SUDOERS =
      CreateDetectionParams.builder()
          .name("Privilege escalation via sudoers change")
          .description("A NOPASSWD rule added outside a change window")
          .detectionCategory(DetectionCategory.PRIVILEGE_ESCALATION)
          .systemPrompt("Triage every sudoers modification.")
          .detectionQuery("index=linux_audit path=/etc/sudoers*")
          .siemType("splunk")
          .toolNames("splunk_search", "okta_get_user")
          .detectionCadence(DetectionCadence.HOURLY)
          .build();

  @Test
  void create_returnsTheDetectionWithAFreshId(CotoolClient client) {
    Detection first = client.detections().create(SUDOERS);
    Detection second = client.detections().create(SUDOERS);

    assertThat(UUID.fromString(first.id())).isNotEqualTo(UUID.fromString(second.id()));
    assertThat(first.name()).hasValue(SUDOERS.name());
    assertThat(first.detectionCategory()).hasValue(DetectionCategory.PRIVILEGE_ESCALATION);
    assertThat(first.detectionQuery()).hasValue(SUDOERS.detectionQuery());
    assertThat(first.toolNames()).containsExactly("splunk_search", "okta_get_user");
    assertThat(first.detectionCadence()).hasValue(DetectionCadence.HOURLY);
    assertThat(first.activeSystemPrompt())
        .get()
        .extracting(p -> p.prompt().orElseThrow())
        .isEqualTo(SUDOERS.systemPrompt());
    assertThat(first.isSuggestion()).isTrue();
    assertThat(first.enabled()).hasValue(false);
  }

  @Test
  void list_returnsEveryDetectionInCreationOrder_acceptedOnesWithTheirNewState(
      CotoolClient client) {
    assertThat(client.detections().list().detections()).isEmpty();
    Detection first = client.detections().create(SUDOERS);
    Detection second = client.detections().create(SUDOERS.toBuilder().name("Second").build());
    Detection accepted = client.detections().accept(second.id());

    assertThat(client.detections().list().detections())
        .containsExactly(first, accepted)
        .extracting(Detection::isSuggestion)
        .containsExactly(true, false);
  }

  @Test
  void outputs_areDisabledUntilUpdated_thenReadBackWithTheDestinationsCreated(CotoolClient client) {
    Detection detection = client.detections().create(SUDOERS);
    assertThat(client.detections().getOutputs(detection.id()).settings().enabled()).hasValue(false);
    OutputDestination teams =
        client
            .outputDestinations()
            .create(
                OutputDestinationParams.teams()
                    .name("SOC channel")
                    .url("https://example.com/hook")
                    .build());

    DetectionOutputSettings updated =
        client
            .detections()
            .updateOutputs(
                detection.id(),
                UpdateDetectionOutputsParams.builder()
                    .enabled(true)
                    .destinationIds(teams.id())
                    .sendMode(DetectionOutputSendMode.ALL_ENTITIES)
                    .build());

    assertThat(updated.enabled()).hasValue(true);
    assertThat(updated.destinationIds()).containsExactly(teams.id());
    DetectionOutputs read = client.detections().getOutputs(detection.id());
    assertThat(read.settings().destinationId()).hasValue(teams.id());
    assertThat(read.destinations())
        .extracting(d -> d.id().orElseThrow())
        .containsExactly(teams.id());
    assertThatThrownBy(() -> client.detections().getOutputs(UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void accept_enablesTheDetectionOnItsCadence(CotoolFake fake, CotoolClient client) {
    Detection created = client.detections().create(SUDOERS);

    Detection accepted = client.detections().accept(created.id());

    assertThat(accepted.id()).isEqualTo(created.id());
    assertThat(accepted.isSuggestion()).isFalse();
    assertThat(accepted.enabled()).hasValue(true);
    assertThat(accepted.cronSchedule()).hasValue("0 * * * *");
    assertThat(fake.detections()).singleElement().isEqualTo(accepted);
  }

  @Test
  void accept_unknownId_isNotFoundWithTheApiErrorShape(CotoolClient client) {
    String unknown = UUID.randomUUID().toString();

    assertThatThrownBy(() -> client.detections().accept(unknown))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.errorMessage()).hasValue("Detection " + unknown + " not found");
            });
  }

  @Test
  void accept_malformedId_isABadRequestWithIssues(CotoolFake fake) {
    RawHttp.Response response = RawHttp.post(fake, "/api/detections/42/accept", "");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("\"issues\"").contains("\"path\":[\"id\"]");
  }

  @Test
  void create_invalidBody_isABadRequestNamingEachField(CotoolFake fake) {
    RawHttp.Response response =
        RawHttp.post(
            fake,
            "/api/detections",
            "{\"name\":\"\",\"detectionCategory\":\"privilege_escalation\",\"systemPrompt\":\"p\","
                + "\"detectionQuery\":\"q\",\"detectionCadence\":\"every_5_minutes\",\"toolNames\":[\"a\",2]}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body())
        .contains(
            "\"path\":[\"name\"]", "\"path\":[\"detectionCadence\"]", "\"path\":[\"toolNames\",1]");
    assertThat(fake.createdDetections()).isEmpty();
  }

  @Test
  void createdDetections_keepPropertiesNewerThanTheSdk(CotoolFake fake, CotoolClient client) {
    CreateDetectionParams sent =
        SUDOERS.toBuilder()
            .putAdditionalBodyProperty("labels", List.of("linux", "sudo"))
            .putAdditionalBodyProperty("owner", null)
            .putAdditionalBodyProperty("priority", 3)
            .putAdditionalBodyProperty("weights", List.of(2.5, 7L, new BigDecimal("1e3")))
            .build();

    client.detections().create(sent);

    assertThat(fake.createdDetections()).containsExactly(sent);
  }

  @Test
  void createdDetections_areTheParamsAsSent(CotoolFake fake, CotoolClient client) {
    client.detections().create(SUDOERS);

    assertThat(fake.createdDetections()).containsExactly(SUDOERS);
    assertThat(fake.requestCount(Operation.CREATE_DETECTION)).isEqualTo(1);
  }

  @Test
  void badRequestScenario_reachesTheCallerAsBadRequestException(
      CotoolFake fake, CotoolClient client) {
    fake.failNext(
        Operation.CREATE_DETECTION,
        FakeError.badRequest(FakeError.issue("detectionQuery", "Too short")));

    assertThatThrownBy(() -> client.detections().create(SUDOERS))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e ->
                assertThat(e.issues())
                    .singleElement()
                    .satisfies(issue -> assertThat(issue).containsEntry("message", "Too short")));
    assertThat(fake.createdDetections()).isEmpty();
    assertThat(client.detections().create(SUDOERS).id()).isNotBlank();
  }
}
