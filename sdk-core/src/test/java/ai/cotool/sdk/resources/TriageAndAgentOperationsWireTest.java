package ai.cotool.sdk.resources;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.AddAlertCommentParams;
import ai.cotool.sdk.models.Agent;
import ai.cotool.sdk.models.AgentRunResult;
import ai.cotool.sdk.models.AgentRunState;
import ai.cotool.sdk.models.AgentRunStatus;
import ai.cotool.sdk.models.AlertDetail;
import ai.cotool.sdk.models.AlertForRun;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.models.AlertStatusUpdated;
import ai.cotool.sdk.models.AlertTimelineParams;
import ai.cotool.sdk.models.AlertTriggerType;
import ai.cotool.sdk.models.CommentAdded;
import ai.cotool.sdk.models.DetectionHit;
import ai.cotool.sdk.models.DetectionHitListParams;
import ai.cotool.sdk.models.DetectionHitStatus;
import ai.cotool.sdk.models.DetectionHitStatusUpdated;
import ai.cotool.sdk.models.DetectionList;
import ai.cotool.sdk.models.DetectionOutputSendMode;
import ai.cotool.sdk.models.DetectionOutputSettings;
import ai.cotool.sdk.models.DetectionOutputs;
import ai.cotool.sdk.models.DetectionRun;
import ai.cotool.sdk.models.DetectionRunListParams;
import ai.cotool.sdk.models.DetectionRunStarted;
import ai.cotool.sdk.models.DetectionSuggestions;
import ai.cotool.sdk.models.RunDetectionParams;
import ai.cotool.sdk.models.TimelineEntry;
import ai.cotool.sdk.models.Trigger;
import ai.cotool.sdk.models.UpdateAlertStatusParams;
import ai.cotool.sdk.models.UpdateDetectionHitStatusParams;
import ai.cotool.sdk.models.UpdateDetectionOutputsParams;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The alert-triage, detection-run and agent operations (beyond the five of the seed pages), as they
 * appear on the wire: method, path (a path parameter with {@code /} or {@code ..} stays one
 * segment), query, body, and the decoded response, which tolerates unknown properties and enum
 * values newer than this SDK.
 */
class TriageAndAgentOperationsWireTest extends WireMockClientTestBase {

  private static final String D = "6f1d2b7e-0c0a-4d7b-9a57-1d2b7e0c0a4d";
  private static final String AG = "0b8e4c1a-5a3f-4a8e-9c0e-2f1a7b3c9d11";
  private static final String RUN = "3a7c0d52-7e1b-4c3a-8b9f-5d6e7f8a9b0c";
  private static final String H = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
  private static final String ALERT =
      "{\"id\":\"a1\",\"displayId\":\"COT-1042\",\"organizationId\":\"o1\","
          + "\"organizationName\":\"Acme\",\"title\":\"t\",\"severity\":\"high\",\"status\":\"snoozed\","
          + "\"source\":{\"name\":\"detection\"},\"createdBy\":\"system\",\"createdAt\":\"2026-01-02T03:04:05Z\","
          + "\"updatedAt\":\"2026-01-02T03:04:05Z\",\"brandNew\":{\"x\":1}";
  private static final String ENTRY =
      "{\"id\":\"e1\",\"alertId\":\"a1\",\"kind\":\"comment\","
          + "\"bodyMarkdown\":\"hi **there**\",\"metadata\":{\"source\":\"webhook\"},\"newField\":true}";
  private static final String HIT =
      "{\"id\":\"h1\",\"detectionId\":\"d1\",\"status\":\"dismissed_fp\","
          + "\"confidence\":80,\"statusHistory\":[{\"status\":\"open\",\"at\":\"2026-01-02T03:04:05Z\",\"by\":\"u\"}],"
          + "\"futureField\":\"x\"}";
  private static final String AGENT =
      "{\"id\":\"ag1\",\"name\":\"Triage\",\"systemPrompt\":\"p\","
          + "\"persistentWorkspaceEnabled\":true,\"toolActionConfigs\":[{\"toolName\":\"slack\",\"hideAgentButton\":true}],"
          + "\"structuredOutputSchema\":{\"x-cotool\":{\"viewerId\":\"v1\"}},\"unknown\":[1]}";

  /** One row: what the call sends, and what it decodes. */
  record Case(
      String name,
      String method,
      String path,
      String query,
      String body,
      String response,
      Function<CotoolClient, Object> call,
      Consumer<Object> check) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> operations() {
    return Stream.of(
            new Case(
                "alerts.get (display id)",
                "GET",
                "/api/alerts/COT-1042",
                null,
                null,
                "{\"alert\":" + ALERT + ",\"timeline\":[" + ENTRY + "]},\"extra\":1}",
                c -> c.alerts().get("COT-1042"),
                r -> {
                  AlertDetail detail = (AlertDetail) r;
                  assertThat(detail.alert())
                      .get()
                      .satisfies(
                          alert -> {
                            assertThat(alert.displayId()).isEqualTo("COT-1042");
                            assertThat(alert.status()).isEqualTo(AlertStatus.UNKNOWN);
                            assertThat(alert.statusAsString()).isEqualTo("snoozed");
                            assertThat(alert.timeline())
                                .extracting(e -> e.bodyMarkdown().orElseThrow())
                                .containsExactly("hi **there**");
                          });
                }),
            new Case(
                "alerts.get (a / in the id)",
                "GET",
                "/api/alerts/a%2F..%2Fb",
                null,
                null,
                "{}",
                c -> c.alerts().get("a/../b"),
                r -> assertThat(((AlertDetail) r).alert()).isEmpty()),
            new Case(
                "alerts.getForRun",
                "GET",
                "/api/alerts/for-run/" + RUN,
                null,
                null,
                "{\"alert\":" + ALERT + "}}",
                c -> c.alerts().getForRun(RUN),
                r ->
                    assertThat(((AlertForRun) r).alert())
                        .get()
                        .extracting(a -> a.id())
                        .isEqualTo("a1")),
            new Case(
                "alerts.getForRun (not linked)",
                "GET",
                "/api/alerts/for-run/" + RUN,
                null,
                null,
                "{\"alert\":null}",
                c -> c.alerts().getForRun(java.util.UUID.fromString(RUN.toUpperCase())),
                r -> assertThat(((AlertForRun) r).alert()).isEmpty()),
            new Case(
                "alerts.addComment",
                "POST",
                "/api/alerts/COT-7/comments",
                null,
                "{\"bodyMarkdown\":\"LGTM\"}",
                "{\"entry\":" + ENTRY + "}",
                c ->
                    c.alerts()
                        .addComment(
                            "COT-7", AddAlertCommentParams.builder().bodyMarkdown("LGTM").build()),
                r -> assertThat(((CommentAdded) r).entry().id()).contains("e1")),
            new Case(
                "alerts.updateStatus",
                "POST",
                "/api/alerts/COT-7/status",
                null,
                "{\"status\":\"closed_false_positive\",\"reason\":\"benign\"}",
                "{\"alert\":" + ALERT + "},\"entry\":" + ENTRY + "}",
                c ->
                    c.alerts()
                        .updateStatus(
                            "COT-7",
                            UpdateAlertStatusParams.builder()
                                .status("closed_false_positive")
                                .reason("benign")
                                .build()),
                r -> {
                  AlertStatusUpdated updated = (AlertStatusUpdated) r;
                  assertThat(updated.alert())
                      .get()
                      .extracting(a -> a.organizationName())
                      .isEqualTo("Acme");
                  assertThat(updated.entry())
                      .get()
                      .extracting(e -> e.kind().orElseThrow())
                      .isEqualTo("comment");
                }),
            new Case(
                "detections.updateHitStatus",
                "POST",
                "/api/detections/hits/" + H + "/status",
                null,
                "{\"status\":\"dismissed_fp\",\"reason\":\"known scanner\"}",
                "{\"hit\":" + HIT + "}",
                c ->
                    c.detections()
                        .updateHitStatus(
                            H,
                            UpdateDetectionHitStatusParams.builder()
                                .status(DetectionHitStatus.DISMISSED_FP)
                                .reason("known scanner")
                                .build()),
                r -> {
                  DetectionHit hit = ((DetectionHitStatusUpdated) r).hit();
                  assertThat(hit.status()).contains("dismissed_fp");
                  assertThat(hit.confidence()).contains(BigInteger.valueOf(80));
                  assertThat(hit.statusHistory())
                      .singleElement()
                      .satisfies(
                          change -> {
                            assertThat(change.status()).contains("open");
                            assertThat(change.at()).isPresent();
                          });
                }),
            new Case(
                "detections.run",
                "POST",
                "/api/detections/" + D + "/run",
                null,
                "{\"inputs\":{\"host\":\"web-1\",\"n\":2},\"customInstructions\":\"be brief\"}",
                "{\"executionId\":\"x1\",\"other\":0}",
                c ->
                    c.detections()
                        .run(
                            D,
                            RunDetectionParams.builder()
                                .inputs(inputs())
                                .customInstructions("be brief")
                                .build()),
                r -> assertThat(((DetectionRunStarted) r).executionId()).isEqualTo("x1")),
            new Case(
                "detections.list",
                "GET",
                "/api/detections",
                null,
                null,
                "{\"detections\":["
                    + AGENT.replace("\"ag1\"", "\"d1\"")
                    + "],\"threatModel\":{\"version\":3}}",
                c -> c.detections().list(),
                r -> {
                  DetectionList list = (DetectionList) r;
                  assertThat(list.detections())
                      .singleElement()
                      .satisfies(
                          d -> {
                            assertThat(d.id()).isEqualTo("d1");
                            assertThat(d.toolActionConfigs())
                                .singleElement()
                                .satisfies(t -> assertThat(t.hideAgentButton()).contains(true));
                          });
                  assertThat(list.threatModel())
                      .get()
                      .extracting(t -> t.version().orElseThrow())
                      .isEqualTo(BigInteger.valueOf(3));
                }),
            new Case(
                "detections.suggestions",
                "GET",
                "/api/detections/suggestions",
                null,
                null,
                "{\"suggestions\":[{\"id\":\"s1\",\"isSuggestion\":true,\"newThing\":1}]}",
                c -> c.detections().suggestions(),
                r ->
                    assertThat(((DetectionSuggestions) r).suggestions())
                        .extracting(d -> d.id())
                        .containsExactly("s1")),
            new Case(
                "detections.getOutputs",
                "GET",
                "/api/detections/" + D + "/outputs",
                null,
                null,
                "{\"settings\":{\"id\":\"s1\",\"agentId\":\"d1\",\"enabled\":true,\"sendMode\":\"every_minute\","
                    + "\"destinationId\":\"w1\"},\"destinations\":[{\"id\":\"w1\",\"type\":\"webhook\","
                    + "\"token\":\""
                    + API_KEY
                    + "\","
                    + "\"config\":{\"url\":\"https://example.com/h\"}}]}",
                c -> c.detections().getOutputs(java.util.UUID.fromString(D)),
                r -> {
                  DetectionOutputs outputs = (DetectionOutputs) r;
                  assertThat(outputs.settings().destinationId()).contains("w1");
                  assertThat(outputs.settings().sendMode())
                      .contains(DetectionOutputSendMode.UNKNOWN);
                  assertThat(outputs.destinations())
                      .singleElement()
                      .satisfies(
                          d -> {
                            assertThat(d.config().orElseThrow().url())
                                .contains("https://example.com/h");
                            assertThat(d.token()).contains(API_KEY);
                            assertThat(d.toString()).doesNotContain(API_KEY);
                          });
                }),
            new Case(
                "detections.updateOutputs",
                "PUT",
                "/api/detections/" + D + "/outputs",
                null,
                "{\"enabled\":true,\"destinationIds\":[\"w1\",\"w2\"],\"sendMode\":\"all_entities\"}",
                "{\"id\":\"s1\",\"organizationId\":\"o1\",\"agentId\":\"d1\",\"enabled\":true,"
                    + "\"destinationIds\":[\"w1\",\"w2\"],\"sendMode\":\"all_entities\",\"createdAt\":\"c\","
                    + "\"updatedAt\":\"u\",\"acNotificationsEnabled\":false}",
                c ->
                    c.detections()
                        .updateOutputs(
                            D,
                            UpdateDetectionOutputsParams.builder()
                                .enabled(true)
                                .destinationIds("w1", "w2")
                                .sendMode(DetectionOutputSendMode.ALL_ENTITIES)
                                .build()),
                r -> {
                  DetectionOutputSettings settings = (DetectionOutputSettings) r;
                  assertThat(settings.destinationIds()).containsExactly("w1", "w2");
                  assertThat(settings.sendMode()).contains(DetectionOutputSendMode.ALL_ENTITIES);
                  assertThat(settings.acNotificationsEnabled()).contains(false);
                }),
            new Case(
                "agents.list (a top-level array)",
                "GET",
                "/api/agents",
                null,
                null,
                "[" + AGENT + ",null]",
                c -> c.agents().list(),
                r -> {
                  @SuppressWarnings("unchecked")
                  List<Agent> agents = (List<Agent>) r;
                  assertThat(agents)
                      .singleElement()
                      .satisfies(
                          a -> {
                            assertThat(a.name()).contains("Triage");
                            assertThat(a.persistentWorkspaceEnabled()).contains(true);
                            assertThat(a.toolActionConfigs())
                                .singleElement()
                                .satisfies(t -> assertThat(t.hideAgentButton()).contains(true));
                            assertThat(a.structuredOutputSchema().orElseThrow().viewerId())
                                .contains("v1");
                          });
                  assertThat(agents).isUnmodifiable();
                }),
            new Case(
                "agents.runStatus",
                "GET",
                "/api/agents/" + AG + "/run-async/" + RUN + "/status",
                null,
                null,
                "{\"status\":\"paused\",\"statusMessage\":\"m\",\"more\":1}",
                c -> c.agents().runStatus(AG, RUN),
                r -> {
                  AgentRunStatus status = (AgentRunStatus) r;
                  assertThat(status.status()).isEqualTo(AgentRunState.UNKNOWN);
                  assertThat(status.statusAsString()).isEqualTo("paused");
                }),
            new Case(
                "agents.runResult",
                "GET",
                "/api/agents/" + AG + "/run-async/" + RUN + "/result",
                null,
                null,
                "{\"finalAssistantMessage\":\"done\",\"messages\":[{\"role\":\"assistant\",\"content\":\"done\"}],"
                    + "\"allToolCallsMade\":[{\"toolName\":\"splunk\",\"args\":{\"q\":1}}],"
                    + "\"allToolResultsReceived\":[],\"structuredOutputResult\":{\"verdict\":\"benign\"}}",
                c ->
                    c.agents()
                        .runResult(java.util.UUID.fromString(AG), java.util.UUID.fromString(RUN)),
                r -> {
                  AgentRunResult result = (AgentRunResult) r;
                  assertThat(result.finalAssistantMessage()).isEqualTo("done");
                  assertThat(result.messages())
                      .extracting(m -> m.role().orElseThrow())
                      .containsExactly("assistant");
                  assertThat(result.allToolCallsMade())
                      .extracting(m -> m.toolName().orElseThrow())
                      .containsExactly("splunk");
                  assertThat(result.structuredOutputResult()).contains(Map.of("verdict", "benign"));
                }),
            new Case(
                "agents.listTriggers (a top-level array)",
                "GET",
                "/api/agents/" + AG + "/trigger",
                null,
                null,
                "[{\"id\":\"t1\",\"organizationId\":\"o1\",\"agentId\":\"ag1\",\"name\":\"n\",\"source\":\"pagerduty\","
                    + "\"enabled\":true,\"createdAt\":\"c\",\"updatedAt\":\"u\",\"config\":{\"k\":\"v\"},"
                    + "\"secret\":\""
                    + API_KEY
                    + "\"}]",
                c -> c.agents().listTriggers(AG),
                r -> {
                  @SuppressWarnings("unchecked")
                  List<Trigger> triggers = (List<Trigger>) r;
                  assertThat(triggers)
                      .singleElement()
                      .satisfies(
                          t -> {
                            assertThat(t.source()).isEqualTo(AlertTriggerType.UNKNOWN);
                            assertThat(t.config()).contains(Map.of("k", "v"));
                            assertThat(t.secret()).contains(API_KEY);
                            assertThat(t.toString()).doesNotContain(API_KEY);
                          });
                }))
        .map(Arguments::of);
  }

  private static Map<String, Object> inputs() {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("host", "web-1");
    inputs.put("n", 2);
    return inputs;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void sendsTheDocumentedRequest_andDecodesTheResponse(Case op) {
    server.stubFor(
        any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
            .willReturn(okJson(op.response())));

    Object result = op.call().apply(client);

    List<LoggedRequest> requests =
        server.findAll(anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    assertThat(requests).hasSize(1);
    LoggedRequest request = requests.get(0);
    assertThat(request.getMethod().getName()).isEqualTo(op.method());
    assertThat(request.getUrl())
        .isEqualTo(op.path() + (op.query() == null ? "" : "?" + op.query()));
    if (op.body() == null) {
      assertThat(request.getBodyAsString()).isEmpty();
    } else {
      assertThat(request.getHeader("Content-Type")).startsWith("application/json");
      assertThat(equalToJson(op.body()).match(request.getBodyAsString()).isExactMatch())
          .as("body %s", request.getBodyAsString())
          .isTrue();
    }
    op.check().accept(result);
  }

  @Test
  void aPathParameterThatIsADotSegment_isRejected_andNothingIsSent() {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(() -> client.alerts().getForRun("..")))
        .isInstanceOf(ai.cotool.sdk.errors.InvalidParameterException.class);
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> client.agents().runStatus(AG, "not-a-uuid")))
        .isInstanceOf(ai.cotool.sdk.errors.InvalidParameterException.class);
    assertThat(
            server.findAll(
                anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())))
        .isEmpty();
  }

  // --- paged lists
  // ----------------------------------------------------------------------------------------------------

  private void stubPages(
      String path, String items, int total, int pageSize, Function<Integer, String> item) {
    for (int offset = 0; offset < total; offset += pageSize) {
      String page =
          IntStream.range(offset, Math.min(total, offset + pageSize))
              .mapToObj(item::apply)
              .collect(Collectors.joining(",", "[", "]"));
      server.stubFor(
          get(urlPathEqualTo(path))
              .withQueryParam(
                  "offset",
                  offset == 0
                      ? com.github.tomakehurst.wiremock.client.WireMock.absent()
                      : equalTo(String.valueOf(offset)))
              .willReturn(
                  okJson(
                      "{\""
                          + items
                          + "\":"
                          + page
                          + ",\"totalCount\":"
                          + total
                          + ",\"unknown\":1}")));
    }
  }

  @Test
  void timelineAutoPaging_readsEveryPage() {
    stubPages("/api/alerts/COT-1/timeline", "entries", 5, 2, n -> "{\"id\":\"e" + n + "\"}");

    List<String> ids =
        client
            .alerts()
            .timelineAutoPaging("COT-1", AlertTimelineParams.builder().limit(2).build())
            .stream()
            .map(e -> e.id().orElseThrow())
            .collect(Collectors.toList());

    assertThat(ids).containsExactly("e0", "e1", "e2", "e3", "e4");
    server.verify(
        3,
        getRequestedFor(urlPathEqualTo("/api/alerts/COT-1/timeline"))
            .withQueryParam("limit", equalTo("2")));
    List<TimelineEntry> first =
        client.alerts().timeline("COT-1", AlertTimelineParams.builder().limit(2).build()).items();
    assertThat(first).hasSize(2);
  }

  @Test
  void listHitsAutoPaging_readsEveryPage_withANumberTotal() {
    stubPages(
        "/api/detections/hits",
        "hits",
        3,
        2,
        n -> "{\"id\":\"h" + n + "\",\"status\":\"new_status\"}");

    List<String> ids =
        client
            .detections()
            .listHitsAutoPaging(DetectionHitListParams.builder().limit(2).build())
            .stream()
            .map(h -> h.id().orElseThrow())
            .collect(Collectors.toList());

    assertThat(ids).containsExactly("h0", "h1", "h2");
    assertThat(
            client
                .detections()
                .listHits(DetectionHitListParams.builder().limit(2).build())
                .hasNextPage())
        .isTrue();
  }

  @Test
  void aNumberTotal_isReadLeniently_roundedDown_andNegativeAsZero() {
    server.stubFor(
        get(urlPathEqualTo("/api/detections/hits"))
            .willReturn(okJson("{\"hits\":[{}],\"totalCount\":5.9}")));
    assertThat(
            client
                .detections()
                .listHits(DetectionHitListParams.builder().limit(1).offset(3).build())
                .hasNextPage())
        .isTrue();
    assertThat(
            client
                .detections()
                .listHits(DetectionHitListParams.builder().limit(1).offset(4).build())
                .hasNextPage())
        .isFalse();
    server.stubFor(
        get(urlPathEqualTo("/api/detections/hits"))
            .willReturn(okJson("{\"hits\":[{}],\"totalCount\":-2}")));
    assertThat(
            client
                .detections()
                .listHits(DetectionHitListParams.builder().limit(1).build())
                .hasNextPage())
        .isFalse();
  }

  @Test
  void listRunsAutoPaging_readsEveryPage_ofOneDetection_startingAtOffsetZero() {
    stubPages(
        "/api/detections/" + D + "/runs",
        "runs",
        4,
        3,
        n ->
            "{\"id\":\"r"
                + n
                + "\",\"result\":"
                + "{\"detectionTriggered\":true,\"individualEntities\":[{\"entity\":\"e\",\"triggered\":false}]}}");

    List<DetectionRun> runs =
        client
            .detections()
            .listRunsAutoPaging(D, DetectionRunListParams.builder().limit(3).build())
            .stream()
            .collect(Collectors.toList());

    assertThat(runs).extracting(r -> r.id().orElseThrow()).containsExactly("r0", "r1", "r2", "r3");
    assertThat(runs.get(3).result().orElseThrow().individualEntities())
        .singleElement()
        .satisfies(e -> assertThat(e.triggered()).contains(false));
    assertThat(DetectionRunListParams.builder().build().offset()).isZero();
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/api/detections/" + D + "/runs"))))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.queryParameter("limit").firstValue()).isEqualTo("3"));
  }
}
