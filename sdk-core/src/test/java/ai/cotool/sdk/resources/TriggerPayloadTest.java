package ai.cotool.sdk.resources;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertList;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trigger payloads made of the values Java code has at hand, including the SDK's own; the rest
 * refused unsent.
 */
class TriggerPayloadTest extends WireMockClientTestBase {
  private static final String PATH = "/api/trigger/webhook/" + TRIGGER_ID;

  @BeforeEach
  void answerStarted() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("trigger-started.json"))));
  }

  private JsonElement sent(Object payload) {
    client.triggers().invoke(TriggerSource.WEBHOOK, TRIGGER_ID, payload);
    return JsonParser.parseString(onlyRequest().getBodyAsString());
  }

  private static JsonElement json(String text) {
    return JsonParser.parseString(text);
  }

  @Test
  void javaTimeValues_areSentInIso8601() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("detectedAt", Instant.parse("2025-11-21T14:07:12.481Z"));
    payload.put("offset", OffsetDateTime.of(2025, 11, 21, 15, 7, 12, 0, ZoneOffset.ofHours(1)));
    payload.put("zoned", ZonedDateTime.of(2025, 11, 21, 15, 7, 12, 0, ZoneId.of("Europe/Paris")));
    payload.put("day", LocalDate.of(2025, 11, 21));
    payload.put("window", Duration.ofMinutes(90));

    assertThat(sent(payload))
        .isEqualTo(
            json(
                "{\"detectedAt\":\"2025-11-21T14:07:12.481Z\","
                    + "\"offset\":\"2025-11-21T15:07:12+01:00\",\"zoned\":\"2025-11-21T15:07:12+01:00\","
                    + "\"day\":\"2025-11-21\",\"window\":\"PT1H30M\"}"));
  }

  @Test
  void optionals_areSentAsTheirValueOrNull() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("assignee", Optional.of("alice"));
    payload.put("closedAt", Optional.empty());
    payload.put("count", OptionalInt.of(3));

    assertThat(sent(payload))
        .isEqualTo(json("{\"assignee\":\"alice\",\"closedAt\":null,\"count\":3}"));
  }

  @Test
  void sdkEnums_areSentAsTheirWireValue_asValuesAndAsKeys() {
    Map<Object, Object> payload = new LinkedHashMap<>();
    payload.put("severity", AlertSeverity.CRITICAL);
    payload.put("statuses", List.of(AlertStatus.OPEN, AlertStatus.IN_PROGRESS));
    payload.put(AlertSeverity.HIGH, 2);

    assertThat(sent(payload))
        .isEqualTo(
            json("{\"severity\":\"critical\",\"statuses\":[\"open\",\"in_progress\"],\"high\":2}"));
  }

  record Escalation(
      String reason,
      Instant detectedAt,
      Optional<String> owner,
      AlertSeverity severity,
      List<UUID> related) {}

  @Test
  void records_areSentAsObjects_withTheirComponentsConvertedToo() {
    UUID related = UUID.fromString("0d0d0543-acd7-432b-9771-c0d5cd8a7634");
    Escalation escalation =
        new Escalation(
            "sudoers",
            Instant.parse("2025-11-21T14:07:12Z"),
            Optional.empty(),
            AlertSeverity.HIGH,
            List.of(related));

    assertThat(sent(Map.of("escalation", escalation)))
        .isEqualTo(
            json(
                "{\"escalation\":{\"reason\":\"sudoers\","
                    + "\"detectedAt\":\"2025-11-21T14:07:12Z\",\"owner\":null,\"severity\":\"high\","
                    + "\"related\":[\"0d0d0543-acd7-432b-9771-c0d5cd8a7634\"]}}"));
  }

  @Test
  void sdkModels_areSentAsTheirApiJson_notTheirInternals() {
    Alert alert = AlertList.fromJson(fixture("alerts-page.json")).alerts().get(0);
    OutputDestination slack = OutputDestination.fromJson(fixture("destination-slack.json"));

    JsonElement body =
        sent(
            Map.of(
                "alert",
                alert,
                "destination",
                slack,
                "previous",
                new TriggerResult.Started("exec-1")));

    JsonElement sentAlert = body.getAsJsonObject().get("alert");
    assertThat(sentAlert).isEqualTo(json(alert.toJson()));
    assertThat(sentAlert.getAsJsonObject().get("severity").getAsString()).isEqualTo("critical");
    assertThat(sentAlert.getAsJsonObject().has("delegate")).isFalse();
    assertThat(Alert.fromJson(sentAlert.toString())).isEqualTo(alert);
    assertThat(body.getAsJsonObject().get("destination"))
        .isEqualTo(json(fixture("destination-slack.json")));
    assertThat(body.getAsJsonObject().get("previous"))
        .isEqualTo(json("{\"executionId\":\"exec-1\"}"));
  }

  @Test
  void responseModels_toJson_isTheJsonReceived_nullsIncluded() {
    JsonElement page = json(fixture("alerts-page.json"));
    AlertList list = AlertList.fromJson(fixture("alerts-page.json"));
    Alert alert = list.alerts().get(0);
    Detection detection = Detection.fromJson(fixture("detection-accepted.json"));
    TriggerResult skipped = TriggerResult.fromJson(fixture("trigger-skipped.json"));

    assertThat(json(alert.toJson()))
        .isEqualTo(page.getAsJsonObject().getAsJsonArray("alerts").get(0));
    assertThat(json(list.toJson())).isEqualTo(page);
    assertThat(json(detection.toJson())).isEqualTo(json(fixture("detection-accepted.json")));
    assertThat(Alert.fromJson(alert.toJson())).isEqualTo(alert);
    assertThat(Alert.fromJson(alert.toJson()).hasProperty("externalRef")).isTrue();
    assertThat(TriggerResult.fromJson(skipped.toJson())).isEqualTo(skipped);
    assertThat(json(alert.toJson()).getAsJsonObject().get("createdAt").getAsString())
        .isEqualTo("2025-11-21T14:07:12.481Z");
  }

  static final class PlainObject {
    private final String secret = "internal state";
  }

  @Test
  void otherObjects_areRefusedBeforeSending_namingWhereTheyAre() {
    assertThatThrownBy(
            () ->
                client
                    .triggers()
                    .invoke(
                        TriggerSource.WEBHOOK,
                        TRIGGER_ID,
                        Map.of("alert", Map.of("file", new File("/etc/passwd")))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("payload.alert.file a java.io.File has no JSON form")
        .extracting(e -> ((InvalidParameterException) e).field())
        .isEqualTo("payload");
    assertThatThrownBy(
            () ->
                client
                    .triggers()
                    .invoke(TriggerSource.WEBHOOK, TRIGGER_ID, List.of("ok", new PlainObject())))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("payload[1] a " + PlainObject.class.getName());

    verifyNothingSent();
  }

  @Test
  void unsendableValues_areRefusedBeforeSending() {
    Map<String, Object> cycle = new HashMap<>();
    cycle.put("self", cycle);
    List<Object> list = new ArrayList<>();
    list.add(list);

    for (Object payload :
        List.of(
            cycle,
            list,
            Map.of("score", Double.NaN),
            Map.of("s", AlertSeverity.UNKNOWN),
            Map.of(1, "numeric key"))) {
      assertThatThrownBy(() -> client.triggers().invoke(TriggerSource.WEBHOOK, TRIGGER_ID, payload))
          .as("%s", payload.getClass())
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageStartingWith("payload");
    }
    verifyNothingSent();
  }

  @Test
  void theSameValueTwice_isNoCycle() {
    Map<String, Object> shared = Map.of("host", "prod-bastion-02");

    assertThat(sent(List.of(shared, shared)))
        .isEqualTo(json("[{\"host\":\"prod-bastion-02\"}," + "{\"host\":\"prod-bastion-02\"}]"));
  }
}
