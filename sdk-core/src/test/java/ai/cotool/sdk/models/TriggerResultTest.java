package ai.cotool.sdk.models;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerResultTest {

  private static final TriggerResult.Visitor<String> DESCRIBE =
      new TriggerResult.Visitor<>() {
        @Override
        public String visitStarted(TriggerResult.Started r) {
          return "started " + r.executionId();
        }

        @Override
        public String visitSkipped(TriggerResult.Skipped r) {
          return "skipped " + r.action();
        }

        @Override
        public String visitFailed(TriggerResult.Failed r) {
          return "failed " + r.error();
        }
      };

  @Test
  void started_hasItsExecutionId() {
    TriggerResult r = TriggerResult.fromJson(fixture("trigger-started.json"));

    assertThat(r).isEqualTo(new TriggerResult.Started("3e8f1a6c-7d24-4b9e-a510-c62f9d8b4e17"));
    assertThat(r.accept(DESCRIBE)).isEqualTo("started 3e8f1a6c-7d24-4b9e-a510-c62f9d8b4e17");
  }

  @Test
  void skipped_hasItsMessageAndAction() {
    TriggerResult r = TriggerResult.fromJson(fixture("trigger-skipped.json"));

    assertThat(r).isInstanceOf(TriggerResult.Skipped.class);
    TriggerResult.Skipped skipped = (TriggerResult.Skipped) r;
    assertThat(skipped.message()).startsWith("Event did not match the trigger filter");
    assertThat(skipped.action()).isEqualTo("jira:issue_updated");
    assertThat(r.accept(DESCRIBE)).isEqualTo("skipped jira:issue_updated");
  }

  @Test
  void skipped_withoutMessageOrAction_hasEmptyStrings() {
    assertThat(TriggerResult.fromJson("{\"executionId\": \"skipped\"}"))
        .isEqualTo(new TriggerResult.Skipped("", ""));
    assertThat(
            TriggerResult.fromJson(
                "{\"executionId\": \"skipped\", \"message\": null, \"action\": 3}"))
        .isEqualTo(new TriggerResult.Skipped("", ""));
  }

  @Test
  void failed_hasItsError() {
    TriggerResult r = TriggerResult.fromJson(fixture("trigger-failed.json"));

    assertThat(r)
        .isEqualTo(
            new TriggerResult.Failed("Trigger 53299c66-de36-4390-9afe-ef219223b44c is disabled"));
    assertThat(r.accept(DESCRIBE)).startsWith("failed Trigger");
  }

  @Test
  void executionIdWins_overError() {
    assertThat(TriggerResult.fromJson("{\"executionId\": \"e1\", \"error\": \"partial\"}"))
        .isEqualTo(new TriggerResult.Started("e1", Map.of("error", "partial")));
  }

  @Test
  void nonStringExecutionId_fallsThroughToError() {
    TriggerResult result = TriggerResult.fromJson("{\"executionId\": 42, \"error\": \"bad\"}");

    assertThat(result)
        .isInstanceOfSatisfying(
            TriggerResult.Failed.class, f -> assertThat(f.error()).isEqualTo("bad"));
    assertThat(((Number) result.additionalProperties().get("executionId")).intValue())
        .isEqualTo(42);
  }

  @Test
  void newerServer_unknownPropertiesAreKept_andDoNotChangeTheOutcome() {
    TriggerResult started = TriggerResult.fromJson(fixture("newer-server/trigger-started.json"));
    TriggerResult skipped = TriggerResult.fromJson(fixture("newer-server/trigger-skipped.json"));
    TriggerResult failed = TriggerResult.fromJson(fixture("newer-server/trigger-failed.json"));

    assertThat(started)
        .isInstanceOfSatisfying(
            TriggerResult.Started.class,
            s -> assertThat(s.executionId()).isEqualTo("9a4c7e12-5b3d-4f80-b6a1-e2d8c0f4793b"));
    assertThat(started.additionalProperties())
        .containsOnly(
            Map.entry("status", "queued"),
            Map.entry("pollUrl", "/api/executions/9a4c7e12-5b3d-4f80-b6a1-e2d8c0f4793b"));
    assertThat(skipped)
        .isInstanceOfSatisfying(
            TriggerResult.Skipped.class,
            s -> {
              assertThat(s.message()).startsWith("Duplicate event");
              assertThat(s.action()).isEqualTo("jira:issue_updated");
            });
    assertThat(skipped.additionalProperties()).containsOnlyKeys("reason", "existingExecutionId");
    assertThat(failed)
        .isInstanceOfSatisfying(
            TriggerResult.Failed.class,
            f -> assertThat(f.error()).isEqualTo("Trigger payload exceeded 1 MiB"));
    assertThat(failed.additionalProperties())
        .containsOnly(Map.entry("code", "PAYLOAD_TOO_LARGE"), Map.entry("retryable", false));
    assertThatThrownBy(() -> failed.additionalProperties().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void specShapes_haveNoAdditionalProperties() {
    assertThat(TriggerResult.fromJson(fixture("trigger-started.json")).additionalProperties())
        .isEmpty();
    assertThat(TriggerResult.fromJson(fixture("trigger-skipped.json")).additionalProperties())
        .isEmpty();
    assertThat(TriggerResult.fromJson(fixture("trigger-failed.json")).additionalProperties())
        .isEmpty();
  }

  @Test
  void records_copyTheirMaps() {
    Map<String, Object> extras = new HashMap<>();
    extras.put("k", null);
    TriggerResult.Started started = new TriggerResult.Started("e1", extras);
    extras.put("other", 1);

    assertThat(started.additionalProperties()).containsOnlyKeys("k");
    assertThat(new TriggerResult.Started("e1", null).additionalProperties()).isEmpty();
  }

  @Test
  void noneOfTheShapes_isInvalidData() {
    assertThatThrownBy(() -> TriggerResult.fromJson("{}"))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> TriggerResult.fromJson("{\"executionId\": null}"))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> TriggerResult.fromJson("{\"error\": {\"code\": 1}}"))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> TriggerResult.fromJson("\"skipped\""))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> TriggerResult.fromJson("not json"))
        .isInstanceOf(CotoolInvalidDataException.class);
  }

  @Test
  void records_rejectNull() {
    assertThatThrownBy(() -> new TriggerResult.Started(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new TriggerResult.Skipped(null, ""))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new TriggerResult.Failed(null))
        .isInstanceOf(NullPointerException.class);
  }
}
