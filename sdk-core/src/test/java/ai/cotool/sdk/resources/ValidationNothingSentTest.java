package ai.cotool.sdk.resources;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertSourceName;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.DetectionCadence;
import ai.cotool.sdk.models.DetectionCategory;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.PagerDutySeverity;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.models.WebhookAuthType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every client-side rule of the spec rejects a bad value with an {@link InvalidParameterException}
 * naming the field, and nothing reaches the server. Each case builds its parameters and calls the
 * client in one step, as a user would. (The server answers every request successfully, so a request
 * that slips through fails the test.)
 */
class ValidationNothingSentTest extends WireMockClientTestBase {
  private static final String VALID_UUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

  @BeforeEach
  void answerEverything() {
    server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
  }

  /** A call that should be rejected. */
  interface Call extends Consumer<CotoolClient> {}

  private static Arguments rejects(String field, String label, Call call) {
    return Arguments.of(field, label, call);
  }

  private static CreateDetectionParams.Builder detection() {
    return CreateDetectionParams.builder()
        .name("n")
        .detectionCategory(DetectionCategory.CUSTOM)
        .systemPrompt("p")
        .detectionQuery("q");
  }

  private static Call createDetection(Consumer<CreateDetectionParams.Builder> change) {
    return c -> {
      CreateDetectionParams.Builder b = detection();
      change.accept(b);
      c.detections().create(b.build());
    };
  }

  private static Call listAlerts(Consumer<AlertListParams.Builder> change) {
    return c -> {
      AlertListParams.Builder b = AlertListParams.builder();
      change.accept(b);
      c.alerts().list(b.build());
    };
  }

  private static Call autoPageAlerts(Consumer<AlertListParams.Builder> change) {
    return c -> {
      AlertListParams.Builder b = AlertListParams.builder();
      change.accept(b);
      boolean unused = c.alerts().listAutoPaging(b.build()).iterator().hasNext();
    };
  }

  static Stream<Arguments> detectionRules() {
    return Stream.of(
        rejects("name", "missing name", createDetection(b -> b.name(null))),
        rejects("name", "empty name", createDetection(b -> b.name(""))),
        rejects("name", "256-character name", createDetection(b -> b.name("n".repeat(256)))),
        rejects(
            "name",
            "256-code-point name",
            createDetection(b -> b.name("\uD83D\uDD25".repeat(256)))),
        rejects(
            "description",
            "1001-character description",
            createDetection(b -> b.description("d".repeat(1001)))),
        rejects("systemPrompt", "missing systemPrompt", createDetection(b -> b.systemPrompt(null))),
        rejects("systemPrompt", "empty systemPrompt", createDetection(b -> b.systemPrompt(""))),
        rejects(
            "detectionQuery",
            "missing detectionQuery",
            createDetection(b -> b.detectionQuery(null))),
        rejects(
            "detectionQuery", "empty detectionQuery", createDetection(b -> b.detectionQuery(""))),
        rejects(
            "detectionCategory",
            "missing category",
            createDetection(b -> b.detectionCategory(null))),
        rejects(
            "detectionCategory",
            "UNKNOWN category",
            createDetection(b -> b.detectionCategory(DetectionCategory.UNKNOWN))),
        rejects(
            "detectionCadence",
            "UNKNOWN cadence",
            createDetection(b -> b.detectionCadence(DetectionCadence.UNKNOWN))),
        rejects(
            "toolNames",
            "null tool name",
            createDetection(b -> b.toolNames(Arrays.asList("a", null)))),
        rejects("params", "null params", c -> c.detections().create(null)));
  }

  static Stream<Arguments> acceptRules() {
    return Stream.of(
        rejects("id", "null id", c -> c.detections().accept((String) null)),
        rejects("id", "empty id", c -> c.detections().accept("")),
        rejects("id", "not a UUID", c -> c.detections().accept("not-a-uuid")),
        rejects("id", "path traversal", c -> c.detections().accept("../../admin/users")),
        rejects(
            "id", "UUID followed by a path", c -> c.detections().accept(VALID_UUID + "/../../x")),
        rejects(
            "id",
            "UUID followed by a query",
            c -> c.detections().accept(VALID_UUID + "?force=true")),
        rejects(
            "id", "UUID with an encoded slash", c -> c.detections().accept(VALID_UUID + "%2F..")),
        rejects("id", "UUID with whitespace", c -> c.detections().accept(" " + VALID_UUID)),
        rejects(
            "id", "UUID without hyphens", c -> c.detections().accept(VALID_UUID.replace("-", ""))),
        rejects("id", "UUID in braces", c -> c.detections().accept("{" + VALID_UUID + "}")),
        rejects(
            "id", "UUID with a trailing newline", c -> c.detections().accept(VALID_UUID + "\n")),
        rejects(
            "id",
            "short group",
            c -> c.detections().accept("3c90c3cc-d44-4b50-8888-8dd25736052a")));
  }

  private static OutputDestinationParams.Webhook.Builder webhook() {
    return OutputDestinationParams.webhook()
        .name("w")
        .url("https://soar.example.com/hook")
        .authType(WebhookAuthType.BEARER);
  }

  static Stream<Arguments> destinationRules() {
    List<Arguments> cases =
        new ArrayList<>(
            List.of(
                rejects(
                    "url",
                    "webhook url missing",
                    c -> c.outputDestinations().create(webhook().url(null).build())),
                rejects(
                    "authType",
                    "webhook authType missing",
                    c -> c.outputDestinations().create(webhook().authType(null).build())),
                rejects(
                    "authType",
                    "webhook authType UNKNOWN",
                    c ->
                        c.outputDestinations()
                            .create(webhook().authType(WebhookAuthType.UNKNOWN).build())),
                rejects(
                    "url",
                    "teams url missing",
                    c ->
                        c.outputDestinations()
                            .create(OutputDestinationParams.teams().name("t").build())),
                rejects(
                    "channelIds",
                    "slack without channels",
                    c ->
                        c.outputDestinations()
                            .create(
                                OutputDestinationParams.slack()
                                    .name("s")
                                    .channelIds(List.of())
                                    .build())),
                rejects(
                    "channelIds",
                    "slack with no channel list",
                    c ->
                        c.outputDestinations()
                            .create(OutputDestinationParams.slack().name("s").build())),
                rejects(
                    "channelIds",
                    "slack with a null channel",
                    c ->
                        c.outputDestinations()
                            .create(
                                OutputDestinationParams.slack()
                                    .name("s")
                                    .channelIds("C1", null)
                                    .build())),
                rejects(
                    "severity",
                    "pagerduty UNKNOWN severity",
                    c ->
                        c.outputDestinations()
                            .create(
                                OutputDestinationParams.pagerDuty()
                                    .name("p")
                                    .severity(PagerDutySeverity.UNKNOWN)
                                    .build())),
                rejects(
                    "teamId",
                    "linear without team",
                    c ->
                        c.outputDestinations()
                            .create(OutputDestinationParams.linear().name("l").build())),
                rejects(
                    "teamId",
                    "linear with empty team",
                    c ->
                        c.outputDestinations()
                            .create(OutputDestinationParams.linear().name("l").teamId("").build())),
                rejects(
                    "teamId",
                    "tines without team",
                    c ->
                        c.outputDestinations()
                            .create(OutputDestinationParams.tines().name("t").build())),
                rejects("params", "null params", c -> c.outputDestinations().create(null))));
    for (String teamId :
        List.of(
            "",
            "abc",
            "12a",
            "4812 ",
            " 4812",
            "-1",
            "+1",
            "1.5",
            "4e3",
            "\u0661\u0662\u0663",
            "\uFF14\uFF18",
            "12\n")) {
      cases.add(
          rejects(
              "teamId",
              "tines teamId '" + teamId + "'",
              c ->
                  c.outputDestinations()
                      .create(OutputDestinationParams.tines().name("t").teamId(teamId).build())));
    }
    for (String url :
        List.of(
            "",
            "not a url",
            "soar.example.com/hook",
            "/relative/hook",
            "//soar.example.com/hook",
            "ftp://soar.example.com/hook",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "mailto:soc@example.com",
            "https://",
            "http:///path-only",
            "https://exa mple.com/",
            "https://example.com/a b")) {
      cases.add(
          rejects(
              "url",
              "webhook url '" + url + "'",
              c -> c.outputDestinations().create(webhook().url(url).build())));
      cases.add(
          rejects(
              "url",
              "teams url '" + url + "'",
              c ->
                  c.outputDestinations()
                      .create(OutputDestinationParams.teams().name("t").url(url).build())));
    }
    for (String name : Arrays.asList(null, "", "x".repeat(256))) {
      String label = name == null ? "null" : name.length() + " chars";
      cases.add(
          rejects(
              "name",
              "webhook name " + label,
              c -> c.outputDestinations().create(webhook().name(name).build())));
      cases.add(
          rejects(
              "name",
              "teams name " + label,
              c ->
                  c.outputDestinations()
                      .create(
                          OutputDestinationParams.teams()
                              .name(name)
                              .url("https://t.example/x")
                              .build())));
      cases.add(
          rejects(
              "name",
              "slack name " + label,
              c ->
                  c.outputDestinations()
                      .create(
                          OutputDestinationParams.slack().name(name).channelIds("C1").build())));
      cases.add(
          rejects(
              "name",
              "pagerduty name " + label,
              c ->
                  c.outputDestinations()
                      .create(OutputDestinationParams.pagerDuty().name(name).build())));
      cases.add(
          rejects(
              "name",
              "linear name " + label,
              c ->
                  c.outputDestinations()
                      .create(OutputDestinationParams.linear().name(name).teamId("T").build())));
      cases.add(
          rejects(
              "name",
              "tines name " + label,
              c ->
                  c.outputDestinations()
                      .create(OutputDestinationParams.tines().name(name).teamId("1").build())));
    }
    return cases.stream();
  }

  static Stream<Arguments> triggerRules() {
    return Stream.of(
        rejects(
            "triggerId",
            "null triggerId",
            c -> c.triggers().invoke(TriggerSource.JIRA, null, Map.of())),
        rejects(
            "triggerId",
            "empty triggerId",
            c -> c.triggers().invoke(TriggerSource.JIRA, "", Map.of())),
        rejects(
            "triggerId",
            "not a UUID",
            c -> c.triggers().invoke(TriggerSource.JIRA, "trigger-1", Map.of())),
        rejects(
            "triggerId",
            "path traversal",
            c ->
                c.triggers()
                    .invoke(
                        TriggerSource.JIRA,
                        "../../detections/" + VALID_UUID + "/accept",
                        Map.of())),
        rejects(
            "triggerId",
            "UUID followed by a path",
            c -> c.triggers().invokeWithJson(TriggerSource.JIRA, VALID_UUID + "/x", "{}")),
        rejects(
            "triggerId",
            "UUID followed by a fragment",
            c -> c.triggers().invokeWithJson(TriggerSource.JIRA, VALID_UUID + "#x", "{}")),
        rejects("source", "null source", c -> c.triggers().invoke(null, VALID_UUID, Map.of())),
        rejects(
            "source",
            "UNKNOWN source",
            c -> c.triggers().invoke(TriggerSource.UNKNOWN, VALID_UUID, Map.of())),
        rejects(
            "source",
            "UNKNOWN source, raw JSON",
            c -> c.triggers().invokeWithJson(TriggerSource.UNKNOWN, VALID_UUID, "{}")),
        rejects(
            "body",
            "null raw JSON",
            c -> c.triggers().invokeWithJson(TriggerSource.JIRA, VALID_UUID, null)),
        rejects(
            "body",
            "empty raw JSON",
            c -> c.triggers().invokeWithJson(TriggerSource.JIRA, VALID_UUID, "")),
        rejects(
            "body",
            "truncated raw JSON",
            c -> c.triggers().invokeWithJson(TriggerSource.JIRA, VALID_UUID, "{\"a\":")),
        rejects(
            "body",
            "two JSON values",
            c -> c.triggers().invokeWithJson(TriggerSource.JIRA, VALID_UUID, "{} {}")),
        rejects(
            "body",
            "unquoted text",
            c -> c.triggers().invokeWithJson(TriggerSource.JIRA, VALID_UUID, "hello")),
        rejects(
            "body",
            "single quotes",
            c -> c.triggers().invokeWithJson(TriggerSource.JIRA, VALID_UUID, "{'a':1}")),
        rejects(
            "body", "NaN", c -> c.triggers().invokeWithJson(TriggerSource.JIRA, VALID_UUID, "NaN")),
        // strict where the Gson in use has Strictness.STRICT (2.11+; the SDK builds with 2.13)
        rejects(
            "body",
            "literal in capitals",
            c -> c.triggers().invokeWithJson(TriggerSource.JIRA, VALID_UUID, "{\"a\":NULL}")),
        rejects(
            "body",
            "trailing comma",
            c -> c.triggers().invokeWithJson(TriggerSource.JIRA, VALID_UUID, "[1,]")),
        rejects(
            "payload",
            "NaN payload",
            c -> c.triggers().invoke(TriggerSource.JIRA, VALID_UUID, Double.NaN)),
        rejects(
            "payload",
            "infinite number in a map",
            c ->
                c.triggers()
                    .invoke(
                        TriggerSource.JIRA,
                        VALID_UUID,
                        Map.of("score", Double.POSITIVE_INFINITY))));
  }

  static Stream<Arguments> alertRules() {
    List<Arguments> cases =
        new ArrayList<>(
            List.of(
                rejects("q", "empty q", listAlerts(b -> b.q(""))),
                rejects("q", "501-character q", listAlerts(b -> b.q("q".repeat(501)))),
                rejects("q", "501-code-point q", listAlerts(b -> b.q("\uD83D\uDD25".repeat(501)))),
                rejects("limit", "limit 0", listAlerts(b -> b.limit(0))),
                rejects("limit", "limit -1", listAlerts(b -> b.limit(-1))),
                rejects("limit", "limit 201", listAlerts(b -> b.limit(201))),
                rejects("limit", "limit MAX_VALUE", listAlerts(b -> b.limit(Integer.MAX_VALUE))),
                rejects("offset", "offset -1", listAlerts(b -> b.offset(-1))),
                rejects("offset", "offset MIN_VALUE", listAlerts(b -> b.offset(Long.MIN_VALUE))),
                rejects(
                    "status",
                    "UNKNOWN status",
                    listAlerts(b -> b.statuses(AlertStatus.OPEN, AlertStatus.UNKNOWN))),
                rejects(
                    "severity",
                    "UNKNOWN severity",
                    listAlerts(b -> b.severities(AlertSeverity.UNKNOWN))),
                rejects(
                    "source",
                    "UNKNOWN source",
                    listAlerts(b -> b.sources(AlertSourceName.UNKNOWN))),
                rejects(
                    "status",
                    "null status",
                    listAlerts(b -> b.statuses(Arrays.asList(AlertStatus.OPEN, null)))),
                rejects(
                    "status",
                    "raw status with a comma",
                    listAlerts(b -> b.statusValues("open,closed"))),
                rejects("status", "blank raw status", listAlerts(b -> b.statusValues(" "))),
                rejects(
                    "severity",
                    "raw severity with a comma",
                    listAlerts(b -> b.severityValues("high,low"))),
                rejects(
                    "source",
                    "raw source with a comma",
                    listAlerts(b -> b.sourceValues("jira,slack"))),
                rejects("detection", "empty detection key", listAlerts(b -> b.detection(""))),
                rejects("limit", "auto-paging with limit 0", autoPageAlerts(b -> b.limit(0))),
                rejects("q", "auto-paging with empty q", autoPageAlerts(b -> b.q(""))),
                rejects("params", "null params", c -> c.alerts().list(null)),
                rejects(
                    "params",
                    "null params for auto-paging",
                    c -> c.alerts().listAutoPaging(null))));
    for (String bad :
        List.of(
            "",
            "x",
            "../",
            VALID_UUID + "&limit=1",
            VALID_UUID.substring(1),
            "g" + VALID_UUID.substring(1))) {
      cases.add(
          rejects(
              "assignedAgentId",
              "assignedAgentId '" + bad + "'",
              listAlerts(b -> b.assignedAgentId(bad))));
      cases.add(
          rejects("detectionId", "detectionId '" + bad + "'", listAlerts(b -> b.detectionId(bad))));
      cases.add(
          rejects(
              "originAgentId",
              "originAgentId '" + bad + "'",
              listAlerts(b -> b.originAgentId(bad))));
      cases.add(
          rejects(
              "originDetectionHitId",
              "originDetectionHitId '" + bad + "'",
              listAlerts(b -> b.originDetectionHitId(bad))));
    }
    return cases.stream();
  }

  private void assertRejectedWithNothingSent(String field, Call call) {
    Throwable thrown = catchThrowable(() -> call.accept(client));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).startsWith(field);
              assertThat(e).isInstanceOf(IllegalArgumentException.class);
            });
    verifyNothingSent();
  }

  @ParameterizedTest(name = "{1} -> {0}")
  @MethodSource("detectionRules")
  void createDetection_rejects(String field, String label, Call call) {
    assertRejectedWithNothingSent(field, call);
  }

  @ParameterizedTest(name = "{1} -> {0}")
  @MethodSource("acceptRules")
  void acceptDetection_rejects(String field, String label, Call call) {
    assertRejectedWithNothingSent(field, call);
  }

  @ParameterizedTest(name = "{1} -> {0}")
  @MethodSource("destinationRules")
  void createOutputDestination_rejects(String field, String label, Call call) {
    assertRejectedWithNothingSent(field, call);
  }

  @ParameterizedTest(name = "{1} -> {0}")
  @MethodSource("triggerRules")
  void invokeTrigger_rejects(String field, String label, Call call) {
    assertRejectedWithNothingSent(field, call);
  }

  @ParameterizedTest(name = "{1} -> {0}")
  @MethodSource("alertRules")
  void listAlerts_rejects(String field, String label, Call call) {
    assertRejectedWithNothingSent(field, call);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "header [{0}: {1}]")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "X Bad        | v",
        "Authorization x | v",
        "X-Note | caf\u00e9",
        "X-Emoji | \uD83D\uDD25",
        "X-Nul | a\u0000b"
      })
  void requestOptionsHeader_rejectsWhatHttpCannotCarry_atTheBuilder(String name, String value) {
    Throwable thrown = catchThrowable(() -> RequestOptions.builder().header(name, value));

    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    verifyNothingSent();
  }

  static Stream<Arguments> boundaryValuesThatAreAllowed() {
    return Stream.of(
        Arguments.of("255-character name", createDetection(b -> b.name("n".repeat(255)))),
        Arguments.of(
            "1000-character description", createDetection(b -> b.description("d".repeat(1000)))),
        Arguments.of("empty description", createDetection(b -> b.description(""))),
        Arguments.of(
            "one-character prompt and query",
            createDetection(b -> b.systemPrompt("p").detectionQuery("q"))),
        Arguments.of("q of 1", listAlerts(b -> b.q("x"))),
        Arguments.of("q of 500", listAlerts(b -> b.q("x".repeat(500)))),
        Arguments.of("limit 1", listAlerts(b -> b.limit(1))),
        Arguments.of("limit 200", listAlerts(b -> b.limit(200))),
        Arguments.of("offset 0", listAlerts(b -> b.offset(0))),
        Arguments.of(
            "tines teamId 0",
            (Call)
                c ->
                    c.outputDestinations()
                        .create(OutputDestinationParams.tines().name("t").teamId("0").build())),
        Arguments.of(
            "tines long teamId",
            (Call)
                c ->
                    c.outputDestinations()
                        .create(
                            OutputDestinationParams.tines()
                                .name("t")
                                .teamId("98765432109876543210")
                                .build())),
        Arguments.of(
            "webhook http URL with port and query",
            (Call)
                c ->
                    c.outputDestinations()
                        .create(webhook().url("http://10.0.0.5:8080/hook?x=1").build())),
        Arguments.of(
            "webhook upper-case scheme",
            (Call)
                c ->
                    c.outputDestinations()
                        .create(webhook().url("HTTPS://SOAR.EXAMPLE.COM/hook").build())),
        Arguments.of(
            "slack one channel",
            (Call)
                c ->
                    c.outputDestinations()
                        .create(
                            OutputDestinationParams.slack().name("s").channelIds("C1").build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boundaryValuesThatAreAllowed")
  void boundaryValues_areAllowedAndSent(String label, Call call) {
    Throwable thrown = catchThrowable(() -> call.accept(client));

    // the stub's "{}" may not decode into every result type: only a rejection before sending
    // matters here
    if (thrown != null) {
      assertThat(thrown).isNotInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.getAllServeEvents()).hasSize(1);
  }
}
