package ai.cotool.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.examples.ExampleSupport.Example;
import ai.cotool.examples.ExampleSupport.Session;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.testkit.CotoolFake;
import ai.cotool.sdk.testkit.FakeAlert;
import ai.cotool.sdk.testkit.FakeAlerts;
import ai.cotool.sdk.testkit.FakeError;
import ai.cotool.sdk.testkit.Operation;
import ai.cotool.sdk.testkit.TriggerInvocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each example's logic against the embedded fake (the very one the programs start), checked for its
 * key facts.
 */
class ExamplesTest {
  private CotoolFake fake;

  @BeforeEach
  void start() {
    fake = ExampleSupport.startEmbeddedFake();
  }

  @AfterEach
  void stop() {
    fake.close();
    System.clearProperty("cotool.debug");
  }

  @Test
  void createDetection_printsTheIdAndWhatAcceptingChanged() {
    String out = run(CreateDetection::run);

    String id = fake.detections().get(0).id();
    assertThat(out)
        .contains("Created detection " + id, "Accepted detection " + id)
        .contains(
            "category      privilege_escalation", "cadence       hourly", "SIEM          splunk")
        .contains(
            "isSuggestion  true -> false",
            "enabled       false -> true",
            "cronSchedule  (none) -> 0 * * * *");
    assertThat(fake.createdDetections()).containsExactly(CreateDetection.SUDOERS_ESCALATION);
    assertThat(fake.detections().get(0).enabled()).hasValue(true);
  }

  @Test
  void listAlerts_autoPagesEveryMatch_andSummarizes() {
    List<FakeAlert> expected =
        fake.alerts().all().stream()
            .filter(a -> a.status() == AlertStatus.OPEN || a.status() == AlertStatus.IN_PROGRESS)
            .filter(
                a ->
                    a.severity()
                        .filter(s -> s == AlertSeverity.HIGH || s == AlertSeverity.CRITICAL)
                        .isPresent())
            .filter(
                a ->
                    (a.title()
                            + a.description().orElse("")
                            + a.detectionName().orElse("")
                            + a.externalRef().orElse(""))
                        .toLowerCase(Locale.ROOT)
                        .contains(ListAlerts.DEFAULT_QUERY))
            .toList();
    int pages = (expected.size() + ListAlerts.PAGE_SIZE - 1) / ListAlerts.PAGE_SIZE;

    String out = run(ListAlerts::run);

    assertThat(pages).as("the demo data should make paging visible").isGreaterThan(1);
    assertThat(out).contains(expected.size() + " alerts in " + pages + " pages");
    expected.forEach(a -> assertThat(out).contains(a.displayId().orElseThrow() + " "));
    assertThat(out).contains("by status:", "by severity:");
    assertThat(fake.alertQueries())
        .hasSize(pages)
        .allSatisfy(q -> assertThat(q.q()).hasValue(ListAlerts.DEFAULT_QUERY));
  }

  @Test
  void listAlerts_takesTheSearchTermFromTheArguments() {
    String out = run(ListAlerts::run, List.of("impossible", "travel"));

    assertThat(out).contains("matching \"impossible travel\"").contains("Impossible travel:");
  }

  @Test
  void createOutputDestinations_createsOneOfEachKind() {
    String out = run(CreateOutputDestinations::run);

    for (String kind : List.of("webhook", "teams", "slack", "pagerduty", "linear", "tines")) {
      assertThat(out).containsPattern("(?m)^  " + kind + " +\\S");
    }
    assertThat(out)
        .contains("token set", "channels C04QZ8K1M2P, C05B7N3TQ9X", "severity error", "team 4812");
    assertThat(fake.createdOutputDestinations()).isEqualTo(CreateOutputDestinations.DESTINATIONS);
  }

  @Test
  void invokeTrigger_reportsStartedSkippedAndFailed() {
    String out = run(InvokeTrigger::run);

    assertThat(out)
        .containsPattern("de9ffc93-1792-4969-b7ed-abdf25873891  started   execution [0-9a-f-]{36}")
        .contains(
            "a6fa76f3-6afb-4402-88c1-0180dd3b9838  skipped   Event did not match the trigger filter")
        .contains(
            "0043836a-aefe-412c-95b3-3d218ada1683  failed    Trigger 0043836a-aefe-412c-95b3-3d218ada1683"
                + " is disabled");
    assertThat(fake.triggerInvocations()).extracting(TriggerInvocation::triggerId).hasSize(3);
    assertThat(fake.triggerInvocations().get(0).payloadObject())
        .containsEntry("detail-type", "GuardDuty Finding");
  }

  @Test
  void demo_withoutAnApiKey_startsTheEmbeddedFake_andRunsTheFiveExamples() {
    Result result = execute(Demo::run, Map.of(), List.of());

    assertThat(result.code()).isZero();
    assertThat(result.out().lines().findFirst())
        .get()
        .asString()
        .startsWith("Using the embedded Cotool fake at http://127.0.0.1:")
        .contains("COTOOL_API_KEY", "COTOOL_BASE_URL");
    assertThat(result.out())
        .containsSubsequence(
            "== 1/5 CreateDetection ==",
            "Accepted detection",
            "== 2/5 ListAlerts ==",
            "pages",
            "== 3/5 CreateOutputDestinations ==",
            "tines",
            "== 4/5 InvokeTrigger ==",
            "started",
            "skipped",
            "failed",
            "== 5/5 TriageAlert ==",
            "Triaging COT-",
            "Commented:",
            "Status:    open -> ",
            "Done.");
    assertThat(result.out().strip()).endsWith("Done.");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void withApiKeyAndBaseUrl_theExamplesCallThatApi() {
    Result result = execute(CreateDetection::run, realApi(), List.of());

    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("Using the Cotool API at " + fake.baseUrl());
    assertThat(fake.createdDetections()).hasSize(1);
    assertThat(fake.requests(Operation.CREATE_DETECTION).get(0).header("Authorization"))
        .hasValue("Bearer k-123");
  }

  @Test
  void anApiError_isOneLineWithStatusAndServerMessage_andExitCode1() {
    fake.failNext(Operation.CREATE_DETECTION, FakeError.forbidden("detections:write"));

    Result result = execute(CreateDetection::run, realApi(), List.of());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err().lines())
        .containsExactly(
            "Error: HTTP 403: Forbidden: your API key lacks the"
                + " permissions required for this operation (missing permissions: detections:write)");
  }

  @Test
  void aBadRequest_namesTheFirstIssue() {
    fake.failNext(
        Operation.CREATE_OUTPUT_DESTINATION,
        FakeError.badRequest(FakeError.issue("url", "Invalid url")));

    Result result = execute(CreateOutputDestinations::run, realApi(), List.of());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err().lines())
        .containsExactly("Error: HTTP 400: Invalid request body ([url]: Invalid url)");
  }

  @Test
  void anUnreachableServer_isOneLine() {
    fake.failNext(Operation.LIST_ALERTS, 3, FakeError.htmlPage(502));

    Result result = execute(ListAlerts::run, realApi(), List.of());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err().lines())
        .singleElement()
        .asString()
        .startsWith("Error: HTTP 502: <html>");
  }

  @Test
  void cotoolDebug_addsTheStackTrace() {
    System.setProperty("cotool.debug", "true");
    fake.failNext(Operation.CREATE_DETECTION, FakeError.serverError());

    Result result = execute(CreateDetection::run, realApi(), List.of());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("Error: HTTP 500: Internal server error")
        .contains("ai.cotool.sdk.errors.InternalServerException")
        .contains("\tat ");
  }

  @Test
  void aBaseUrlWithoutKey_isAUsageError() {
    Result result = execute(Demo::run, Map.of("COTOOL_BASE_URL", fake.baseUrl()), List.of());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().lines()).singleElement().asString().contains("COTOOL_API_KEY is not");
  }

  @Test
  void invokeTrigger_againstTheRealApi_needsTriggerIds() {
    Result none = execute(InvokeTrigger::run, realApi(), List.of());
    Result some =
        execute(
            InvokeTrigger::run, realApi(), List.of("jira:a6fa76f3-6afb-4402-88c1-0180dd3b9838"));

    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("COTOOL_TRIGGER_IDS");
    assertThat(some.code()).isZero();
    assertThat(some.out()).contains("skipped");
  }

  @Test
  void demo_againstTheRealApiWithoutTriggerIds_skipsTheTriggers() {
    Result result = execute(Demo::run, realApi(), List.of());

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains("Skipped: set COTOOL_TRIGGER_IDS")
        .contains("Skipped: set COTOOL_TRIAGE_ALERT")
        .contains("Done.");
    assertThat(fake.triggerInvocations()).isEmpty();
    assertThat(
            fake.requestCount(Operation.ADD_ALERT_COMMENT)
                + fake.requestCount(Operation.UPDATE_ALERT_STATUS))
        .isZero();
  }

  @Test
  void demo_againstTheRealApiWithAnAlertToTriage_triagesOnlyThatOne() {
    FakeAlert critical =
        fake.alerts().all().stream()
            .filter(
                a ->
                    a.status() == AlertStatus.OPEN
                        && a.severity().orElse(null) == AlertSeverity.CRITICAL)
            .findFirst()
            .orElseThrow();
    Map<String, String> env = new java.util.HashMap<>(realApi());
    env.put("COTOOL_TRIAGE_ALERT", critical.displayId().orElseThrow());

    Result result = execute(Demo::run, env, List.of());

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains("Triaging " + critical.displayId().orElseThrow(), "open -> in_progress");
    assertThat(fake.alerts().get(critical.id()).orElseThrow().status())
        .isEqualTo(AlertStatus.IN_PROGRESS);
    assertThat(fake.requests(Operation.UPDATE_ALERT_STATUS))
        .singleElement()
        .satisfies(r -> assertThat(r.path()).isEqualTo("/api/alerts/" + critical.id() + "/status"));
  }

  @Test
  void triageAlert_triagesTheNewestOpenAlert_endToEnd() {
    FakeAlert newestOpen =
        fake.alerts().all().stream()
            .filter(a -> a.status() == AlertStatus.OPEN)
            .findFirst()
            .orElseThrow();
    String displayId = newestOpen.displayId().orElseThrow();
    AlertStatus expected =
        newestOpen
                .severity()
                .filter(s -> s == AlertSeverity.HIGH || s == AlertSeverity.CRITICAL)
                .isPresent()
            ? AlertStatus.IN_PROGRESS
            : AlertStatus.CLOSED_FALSE_POSITIVE;
    int entriesBefore = fake.alerts().timeline(displayId).size();

    String out = run(TriageAlert::run);

    assertThat(out)
        .containsSubsequence(
            "Newest open alerts:",
            displayId,
            "Triaging " + displayId,
            "Timeline (pages of 2):",
            entriesBefore + (entriesBefore == 1 ? " entry" : " entries"),
            "Commented:",
            "Status:    open -> " + expected.value(),
            "Now "
                + displayId
                + " is "
                + expected.value()
                + " with "
                + (entriesBefore + 2)
                + " timeline entries.");
    FakeAlert after = fake.alerts().get(displayId).orElseThrow();
    assertThat(after.status()).isEqualTo(expected);
    assertThat(fake.alerts().comments(displayId))
        .singleElement()
        .satisfies(c -> assertThat(c.bodyMarkdown().orElseThrow()).startsWith("Reviewed:"));
    assertThat(fake.alerts().timeline(displayId))
        .last()
        .satisfies(e -> assertThat(e.kind()).contains(FakeAlerts.KIND_STATUS_CHANGE));
  }

  @Test
  void triageAlert_pagesTheWholeTimeline() {
    FakeAlert alert =
        fake.alerts().all().stream()
            .filter(a -> a.status() == AlertStatus.OPEN)
            .findFirst()
            .orElseThrow();
    for (int i = 1; i <= 4; i++) {
      fake.alerts().addComment(alert.id(), "analyst", "earlier note " + i);
    }

    String out = run(TriageAlert::run, List.of(alert.id(), "closed_false_positive"));

    assertThat(out)
        .contains(
            "earlier note 1",
            "earlier note 4",
            "5 entries",
            "open -> closed_false_positive",
            "(resolved ");
    assertThat(
            fake.requests(Operation.GET_ALERT_TIMELINE).stream()
                .filter(r -> r.queryParam("limit").orElse("").equals("2")))
        .hasSize(3);
    assertThat(fake.alerts().get(alert.id()).orElseThrow().status())
        .isEqualTo(AlertStatus.CLOSED_FALSE_POSITIVE);
  }

  @Test
  void triageAlert_againstTheRealApi_needsAnAlertId_andRejectsAnUnknownStatus() {
    Result none = execute(TriageAlert::run, realApi(), List.of());
    Result badStatus = execute(TriageAlert::run, realApi(), List.of("COT-1001", "snoozed"));
    Result unknown = execute(TriageAlert::run, realApi(), List.of("COT-1"));

    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("name the alert to triage");
    assertThat(badStatus.code()).isEqualTo(2);
    assertThat(badStatus.err()).contains("unknown status snoozed");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err().lines())
        .singleElement()
        .asString()
        .startsWith("Error: HTTP 404: Alert COT-1 not found");
    assertThat(fake.requestCount(Operation.UPDATE_ALERT_STATUS)).isZero();
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------------------

  private record Result(int code, String out, String err) {}

  /** The environment of a user with an API key, pointed at this test's fake. */
  private Map<String, String> realApi() {
    return Map.of("COTOOL_API_KEY", "k-123", "COTOOL_BASE_URL", fake.baseUrl());
  }

  private String run(Example example) {
    return run(example, List.of());
  }

  private String run(Example example, List<String> args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int code = example.run(new Session(fake.client(), out, args, Map.of(), true));
    assertThat(code).isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static Result execute(Example example, Map<String, String> env, List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ExampleSupport.execute(
            args,
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            example);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
