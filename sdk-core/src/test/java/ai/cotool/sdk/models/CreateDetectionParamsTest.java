package ai.cotool.sdk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.InvalidParameterException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CreateDetectionParamsTest {

  private static final String EMOJI = "\uD83D\uDD12"; // one code point, two UTF-16 chars

  private static CreateDetectionParams.Builder minimal() {
    return CreateDetectionParams.builder()
        .name("Sudoers change")
        .detectionCategory(DetectionCategory.PRIVILEGE_ESCALATION)
        .systemPrompt("Analyse the change.")
        .detectionQuery("index=linux_audit");
  }

  private static void assertRejected(
      UnaryOperator<CreateDetectionParams.Builder> change, String field) {
    assertThatThrownBy(() -> change.apply(minimal()).build())
        .isInstanceOf(InvalidParameterException.class)
        .satisfies(e -> assertThat(((InvalidParameterException) e).field()).isEqualTo(field));
  }

  private static void assertAccepted(UnaryOperator<CreateDetectionParams.Builder> change) {
    assertThat(change.apply(minimal()).build()).isNotNull();
  }

  private static void assertSameJson(String actual, String expected) {
    assertThat(JsonParser.parseString(actual)).isEqualTo(JsonParser.parseString(expected));
  }

  @Test
  void toJson_minimal_sendsOnlyTheRequiredFields() {
    assertSameJson(
        minimal().build().toJson(),
        """
        {"name": "Sudoers change", "detectionCategory": "privilege_escalation",
         "systemPrompt": "Analyse the change.", "detectionQuery": "index=linux_audit"}
        """);
  }

  @Test
  void toJson_full() {
    CreateDetectionParams params =
        minimal()
            .description("Alerts on sudoers edits <outside> change windows & more")
            .siemType("splunk")
            .toolNames("splunk_search", "slack_send_message")
            .detectionCadence(DetectionCadence.HOURLY)
            .build();

    assertSameJson(
        params.toJson(),
        """
        {"name": "Sudoers change", "detectionCategory": "privilege_escalation",
         "systemPrompt": "Analyse the change.", "detectionQuery": "index=linux_audit",
         "description": "Alerts on sudoers edits <outside> change windows & more", "siemType": "splunk",
         "toolNames": ["splunk_search", "slack_send_message"], "detectionCadence": "hourly"}
        """);
  }

  @Test
  void toJson_emptyToolNames_isSentAsAnEmptyArray() {
    assertSameJson(
        minimal().toolNames(List.of()).build().toJson(),
        """
        {"name": "Sudoers change", "detectionCategory": "privilege_escalation",
         "systemPrompt": "Analyse the change.", "detectionQuery": "index=linux_audit", "toolNames": []}
        """);
  }

  @Test
  void toJson_nullOptionals_areLeftOut() {
    String json =
        minimal()
            .description(null)
            .siemType(null)
            .toolNames((List<String>) null)
            .detectionCadence(null)
            .build()
            .toJson();

    assertThat(JsonParser.parseString(json).getAsJsonObject().keySet())
        .containsExactlyInAnyOrder("name", "detectionCategory", "systemPrompt", "detectionQuery");
  }

  @Test
  void name_isRequired_andCountsCodePoints() {
    assertRejected(b -> b.name(null), "name");
    assertRejected(b -> b.name(""), "name");
    assertAccepted(b -> b.name("x"));
    assertAccepted(b -> b.name("a".repeat(255)));
    assertRejected(b -> b.name("a".repeat(256)), "name");
    assertAccepted(b -> b.name(EMOJI.repeat(255)));
    assertRejected(b -> b.name(EMOJI.repeat(256)), "name");
  }

  @Test
  void detectionCategory_isRequired_andKnown() {
    assertRejected(b -> b.detectionCategory(null), "detectionCategory");
    assertRejected(b -> b.detectionCategory(DetectionCategory.UNKNOWN), "detectionCategory");
    for (DetectionCategory category : DetectionCategory.values()) {
      if (category != DetectionCategory.UNKNOWN) {
        assertThat(minimal().detectionCategory(category).build().toJson())
            .contains(category.value());
      }
    }
  }

  @Test
  void systemPrompt_isRequired_andNotEmpty() {
    assertRejected(b -> b.systemPrompt(null), "systemPrompt");
    assertRejected(b -> b.systemPrompt(""), "systemPrompt");
    assertAccepted(b -> b.systemPrompt("x"));
    assertAccepted(b -> b.systemPrompt(" "));
  }

  @Test
  void detectionQuery_isRequired_andNotEmpty() {
    assertRejected(b -> b.detectionQuery(null), "detectionQuery");
    assertRejected(b -> b.detectionQuery(""), "detectionQuery");
    assertAccepted(b -> b.detectionQuery("*"));
  }

  @Test
  void description_isAtMost1000CodePoints() {
    assertAccepted(b -> b.description(""));
    assertAccepted(b -> b.description("d".repeat(1000)));
    assertRejected(b -> b.description("d".repeat(1001)), "description");
    assertAccepted(b -> b.description(EMOJI.repeat(1000)));
    assertRejected(b -> b.description(EMOJI.repeat(1001)), "description");
  }

  @Test
  void toolNames_mustNotContainNull() {
    assertRejected(b -> b.toolNames(Arrays.asList("a", null)), "toolNames");
  }

  @Test
  void detectionCadence_mustBeKnown() {
    assertRejected(b -> b.detectionCadence(DetectionCadence.UNKNOWN), "detectionCadence");
  }

  @Test
  void builderCopiesTheList_andParamsAreUnmodifiable() {
    List<String> tools = new ArrayList<>(List.of("a"));
    CreateDetectionParams params = minimal().toolNames(tools).build();
    tools.add("b");

    assertThat(params.toolNames()).contains(List.of("a"));
    assertThatThrownBy(() -> params.toolNames().orElseThrow().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilder_roundTrips() {
    CreateDetectionParams params =
        minimal()
            .description("d")
            .siemType("elastic")
            .toolNames("t")
            .detectionCadence(DetectionCadence.WEEKLY)
            .build();

    assertThat(params.toBuilder().build()).isEqualTo(params).hasSameHashCodeAs(params);
    assertThat(params.toBuilder().name("other").build()).isNotEqualTo(params);
    assertThat(minimal().build().toBuilder().build()).isEqualTo(minimal().build());
  }

  @Test
  void getters_returnWhatWasSet() {
    CreateDetectionParams params = minimal().siemType("elastic").build();

    assertThat(params.name()).isEqualTo("Sudoers change");
    assertThat(params.detectionCategory()).isEqualTo(DetectionCategory.PRIVILEGE_ESCALATION);
    assertThat(params.systemPrompt()).isEqualTo("Analyse the change.");
    assertThat(params.detectionQuery()).isEqualTo("index=linux_audit");
    assertThat(params.siemType()).contains("elastic");
    assertThat(params.description()).isEmpty();
    assertThat(params.toolNames()).isEmpty();
    assertThat(params.detectionCadence()).isEmpty();
  }

  @Test
  void toString_leavesOutThePromptAndQuery() {
    String text = minimal().build().toString();

    assertThat(text)
        .contains("Sudoers change")
        .contains("privilege_escalation")
        .doesNotContain("Analyse the change.")
        .doesNotContain("index=linux_audit");
  }
}
