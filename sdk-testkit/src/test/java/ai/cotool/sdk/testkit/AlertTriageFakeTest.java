package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.errors.BadRequestException;
import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.models.AddAlertCommentParams;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertDetail;
import ai.cotool.sdk.models.AlertDisposition;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.models.AlertStatusUpdated;
import ai.cotool.sdk.models.AlertTimelineParams;
import ai.cotool.sdk.models.AlertWithTimeline;
import ai.cotool.sdk.models.CommentAdded;
import ai.cotool.sdk.models.TimelineEntry;
import ai.cotool.sdk.models.UpdateAlertStatusParams;
import ai.cotool.sdk.paging.TimelineEntryPage;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The alert triage operations (get, timeline, comment, status) through the real SDK client against
 * the fake.
 */
class AlertTriageFakeTest {
  @RegisterExtension static final CotoolFakeExtension cotool = new CotoolFakeExtension();

  private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");

  private static FakeAlert openAlert() {
    return FakeAlert.builder()
        .title("Sudoers changed on prod-bastion-02")
        .displayId("COT-7")
        .status(AlertStatus.OPEN)
        .createdAt(CREATED)
        .build();
  }

  // ---- get
  // -------------------------------------------------------------------------------------------------

  @Test
  void get_byUuidOrDisplayId_returnsTheAlertWithItsTimeline(CotoolFake fake, CotoolClient client) {
    FakeAlert alert = openAlert();
    fake.alerts().reset(List.of(alert));

    AlertWithTimeline byId = client.alerts().get(alert.id()).alert().orElseThrow();
    AlertWithTimeline byDisplayId = client.alerts().get("cot-7").alert().orElseThrow();

    assertThat(byId.id()).isEqualTo(alert.id());
    assertThat(byId.displayId()).isEqualTo("COT-7");
    assertThat(byId.title()).isEqualTo(alert.title());
    assertThat(byId.status()).isEqualTo(AlertStatus.OPEN);
    assertThat(byDisplayId.id()).isEqualTo(alert.id());
    assertThat(byId.timeline())
        .singleElement()
        .satisfies(
            created -> {
              assertThat(created.kind()).contains(FakeAlerts.KIND_CREATED);
              assertThat(created.alertId()).contains(alert.id());
              assertThat(created.createdAt()).contains("2026-03-01T08:00:00.000Z");
              assertThat(created.metadata().orElseThrow().source().orElseThrow())
                  .containsEntry("name", "cotool_detection");
            });
    assertThat(byId.timeline()).isEqualTo(fake.alerts().timeline(alert.id()));
  }

  @Test
  void get_embedsOnlyTheFirstTimelinePage(CotoolFake fake, CotoolClient client) {
    fake.alerts().reset(List.of(openAlert()));
    for (int i = 0; i < 120; i++) {
      fake.alerts().addComment("COT-7", "analyst", "note " + i);
    }

    AlertWithTimeline alert = client.alerts().get("COT-7").alert().orElseThrow();

    assertThat(alert.timeline()).hasSize(FakeAlerts.DETAIL_TIMELINE_LIMIT);
    assertThat(fake.alerts().timeline("COT-7")).hasSize(121);
  }

  @Test
  void aClosedAlert_startsWithItsCreationAndStatusChange(CotoolFake fake, CotoolClient client) {
    fake.alerts()
        .reset(List.of(openAlert().toBuilder().status(AlertStatus.CLOSED_TRUE_POSITIVE).build()));

    assertThat(client.alerts().get("COT-7").alert().orElseThrow().timeline())
        .extracting(e -> e.kind().orElseThrow())
        .containsExactly(FakeAlerts.KIND_CREATED, FakeAlerts.KIND_STATUS_CHANGE);
  }

  @Test
  void defaultTimelines_areTheSameForTheSameSeed() {
    try (CotoolFake one = CotoolFake.start();
        CotoolFake two = CotoolFake.start()) {
      String id = one.alerts().all().get(0).id();
      assertThat(one.alerts().timeline(id)).isEqualTo(two.alerts().timeline(id)).isNotEmpty();
    }
  }

  // ---- comments
  // --------------------------------------------------------------------------------------------

  @Test
  void addComment_appearsInTheTimeline(CotoolFake fake, CotoolClient client) {
    fake.alerts().reset(List.of(openAlert()));

    CommentAdded added =
        client
            .alerts()
            .addComment(
                "COT-7",
                AddAlertCommentParams.builder()
                    .bodyMarkdown("Checked with **ops**: planned change.")
                    .build());

    TimelineEntry entry = added.entry();
    assertThat(entry.kind()).contains(FakeAlerts.KIND_COMMENT);
    assertThat(entry.bodyMarkdown()).contains("Checked with **ops**: planned change.");
    assertThat(entry.actorUserName()).contains(FakeAlerts.API_USER_NAME);
    assertThat(entry.actorUserId()).contains(FakeAlerts.API_USER_ID);
    assertThat(entry.alertId()).contains(fake.alerts().get("COT-7").orElseThrow().id());

    TimelineEntryPage page =
        client.alerts().timeline("COT-7", AlertTimelineParams.builder().build());
    assertThat(page.totalCount()).isEqualTo(2);
    assertThat(page.entries()).last().isEqualTo(entry);
    assertThat(client.alerts().get("COT-7").alert().orElseThrow().timeline())
        .last()
        .isEqualTo(entry);
    assertThat(fake.alerts().comments("COT-7")).containsExactly(entry);
  }

  @Test
  void timelineAutoPaging_walksEveryPageInOrder(CotoolFake fake, CotoolClient client) {
    fake.alerts().reset(List.of(openAlert()));
    for (int i = 1; i <= 11; i++) {
      client
          .alerts()
          .addComment(
              "COT-7", AddAlertCommentParams.builder().bodyMarkdown("comment " + i).build());
    }

    List<String> comments =
        client
            .alerts()
            .timelineAutoPaging("COT-7", AlertTimelineParams.builder().limit(4).build())
            .stream()
            .filter(e -> e.kind().filter(FakeAlerts.KIND_COMMENT::equals).isPresent())
            .map(e -> e.bodyMarkdown().orElseThrow())
            .collect(Collectors.toList());

    assertThat(comments).hasSize(11).startsWith("comment 1", "comment 2").endsWith("comment 11");
    assertThat(fake.requests(Operation.GET_ALERT_TIMELINE))
        .extracting(r -> r.queryParam("offset").orElse("0"))
        .containsExactly("0", "4", "8");
  }

  @Test
  void timeline_pagesWithLimitAndOffset(CotoolFake fake, CotoolClient client) {
    fake.alerts().reset(List.of(openAlert()));
    for (int i = 1; i <= 5; i++) {
      fake.alerts().addComment("COT-7", "analyst", "c" + i);
    }

    TimelineEntryPage page =
        client.alerts().timeline("COT-7", AlertTimelineParams.builder().limit(2).offset(3).build());

    assertThat(page.totalCount()).isEqualTo(6);
    assertThat(page.entries())
        .extracting(e -> e.bodyMarkdown().orElseThrow())
        .containsExactly("c3", "c4");
    assertThat(page.entries())
        .extracting(e -> e.actorUserName().orElseThrow())
        .containsOnly("analyst");
  }

  @Test
  void invalidComment_isRejectedBeforeSendingBySdkValidation(CotoolFake fake) {
    assertThatThrownBy(() -> AddAlertCommentParams.builder().bodyMarkdown("").build())
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("bodyMarkdown");
    assertThatThrownBy(
            () -> AddAlertCommentParams.builder().bodyMarkdown("x".repeat(20_001)).build())
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("bodyMarkdown");
    assertThat(fake.requestCount(Operation.ADD_ALERT_COMMENT)).isZero();
  }

  @Test
  void invalidComment_sentRaw_is400WithIssues(CotoolFake fake) {
    fake.alerts().reset(List.of(openAlert()));

    RawHttp.Response empty =
        RawHttp.post(fake, "/api/alerts/COT-7/comments", "{\"bodyMarkdown\":\"\"}");
    RawHttp.Response tooLong =
        RawHttp.post(
            fake,
            "/api/alerts/COT-7/comments",
            "{\"bodyMarkdown\":\"" + "x".repeat(20_001) + "\"}");
    RawHttp.Response missing = RawHttp.post(fake, "/api/alerts/COT-7/comments", "{}");
    RawHttp.Response notAnObject = RawHttp.post(fake, "/api/alerts/COT-7/comments", "[]");

    assertThat(List.of(empty, tooLong, missing, notAnObject))
        .extracting(RawHttp.Response::status)
        .containsOnly(400);
    assertThat(empty.body())
        .contains("\"issues\"")
        .contains("\"bodyMarkdown\"")
        .contains("too_small");
    assertThat(tooLong.body()).contains("too_big");
    assertThat(fake.alerts().comments("COT-7")).isEmpty();
  }

  // ---- status
  // ----------------------------------------------------------------------------------------------

  @Test
  void updateStatus_showsInTheListAndItsFilter(CotoolFake fake, CotoolClient client) {
    FakeAlert alert = openAlert();
    FakeAlert other = FakeAlert.builder().title("Port scan").status(AlertStatus.OPEN).build();
    fake.alerts().reset(List.of(alert, other));

    AlertStatusUpdated updated =
        client
            .alerts()
            .updateStatus(
                "COT-7",
                UpdateAlertStatusParams.builder()
                    .status(AlertStatus.CLOSED_FALSE_POSITIVE.value())
                    .reason("Planned change, ticket OPS-88.")
                    .build());

    Alert returned = updated.alert().orElseThrow();
    assertThat(returned.id()).isEqualTo(alert.id());
    assertThat(returned.status()).isEqualTo(AlertStatus.CLOSED_FALSE_POSITIVE);
    assertThat(returned.resolvedAt()).isPresent();
    assertThat(returned.derivedDisposition()).contains(AlertDisposition.FALSE_POSITIVE);
    TimelineEntry entry = updated.entry().orElseThrow();
    assertThat(entry.kind()).contains(FakeAlerts.KIND_STATUS_CHANGE);
    assertThat(entry.bodyMarkdown().orElseThrow())
        .contains("open")
        .contains("closed_false_positive")
        .contains("Planned change, ticket OPS-88.");

    assertThat(
            client
                .alerts()
                .listAutoPaging(AlertListParams.builder().statuses(AlertStatus.OPEN).build())
                .stream()
                .map(Alert::id))
        .containsExactly(other.id());
    assertThat(
            client
                .alerts()
                .list(AlertListParams.builder().statuses(AlertStatus.CLOSED_FALSE_POSITIVE).build())
                .alerts())
        .extracting(Alert::id)
        .containsExactly(alert.id());
    assertThat(client.alerts().get(alert.id()).alert().orElseThrow().status())
        .isEqualTo(AlertStatus.CLOSED_FALSE_POSITIVE);
    assertThat(client.alerts().get(alert.id()).alert().orElseThrow().timeline())
        .last()
        .isEqualTo(entry);
    assertThat(fake.alerts().get("COT-7").orElseThrow().status())
        .isEqualTo(AlertStatus.CLOSED_FALSE_POSITIVE);
  }

  @Test
  void updateStatus_reopening_clearsTheResolution(CotoolFake fake, CotoolClient client) {
    fake.alerts()
        .reset(List.of(openAlert().toBuilder().status(AlertStatus.CLOSED_TRUE_POSITIVE).build()));

    Alert alert =
        client
            .alerts()
            .updateStatus("COT-7", UpdateAlertStatusParams.builder().status("in_progress").build())
            .alert()
            .orElseThrow();

    assertThat(alert.status()).isEqualTo(AlertStatus.IN_PROGRESS);
    assertThat(alert.resolvedAt()).isEmpty();
    assertThat(alert.derivedDisposition()).isEmpty();
    assertThat(alert.firstTriagedAt()).isPresent();
  }

  @Test
  void updateStatus_unknownStatusOrMissingStatus_is400AndChangesNothing(
      CotoolFake fake, CotoolClient client) {
    fake.alerts().reset(List.of(openAlert()));

    assertThatThrownBy(
            () ->
                client
                    .alerts()
                    .updateStatus(
                        "COT-7", UpdateAlertStatusParams.builder().status("snoozed").build()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e ->
                assertThat(e.issues())
                    .singleElement()
                    .satisfies(i -> assertThat(i).containsEntry("code", "invalid_enum_value")));
    assertThatThrownBy(
            () ->
                client
                    .alerts()
                    .updateStatus(
                        "COT-7", UpdateAlertStatusParams.builder().reason("no status").build()))
        .isInstanceOf(BadRequestException.class);

    assertThat(fake.alerts().get("COT-7").orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
    assertThat(fake.alerts().timeline("COT-7")).hasSize(1);
  }

  @Test
  void reset_restoresStatusesAndTimelines(CotoolFake fake, CotoolClient client) {
    FakeAlert first = fake.alerts().all().get(0);
    client
        .alerts()
        .addComment(first.id(), AddAlertCommentParams.builder().bodyMarkdown("hi").build());
    client
        .alerts()
        .updateStatus(first.id(), UpdateAlertStatusParams.builder().status("escalated").build());

    fake.reset();

    assertThat(fake.alerts().get(first.id())).contains(first);
    assertThat(fake.alerts().comments(first.id())).isEmpty();
  }

  // ---- unknown alerts
  // --------------------------------------------------------------------------------------

  @Test
  void unknownAlert_isNotFoundForEveryOperation(CotoolFake fake, CotoolClient client) {
    fake.alerts().reset(List.of(openAlert()));
    String unknown = "COT-99999";

    assertThatThrownBy(() -> client.alerts().get(unknown))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(unknown);
    assertThatThrownBy(
            () -> client.alerts().timeline(unknown, AlertTimelineParams.builder().build()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                client
                    .alerts()
                    .addComment(unknown, AddAlertCommentParams.builder().bodyMarkdown("x").build()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                client
                    .alerts()
                    .updateStatus(
                        unknown, UpdateAlertStatusParams.builder().status("open").build()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fake.alerts().timeline(unknown))
        .isInstanceOf(java.util.NoSuchElementException.class);
    assertThat(fake.alerts().get(unknown)).isEmpty();
  }

  @Test
  void scheduledFailures_applyToTheNewOperations(CotoolFake fake, CotoolClient client) {
    fake.alerts().reset(List.of(openAlert()));
    fake.failNext(Operation.GET_ALERT, FakeError.serverError())
        .failNext(Operation.ADD_ALERT_COMMENT, FakeError.serverError());

    assertThat(client.alerts().get("COT-7").alert()).isPresent(); // a read: retried
    assertThatThrownBy(
            () ->
                client
                    .alerts()
                    .addComment(
                        "COT-7", // a write: not retried after a 500
                        AddAlertCommentParams.builder().bodyMarkdown("lost").build()))
        .isInstanceOf(ai.cotool.sdk.errors.CotoolServiceException.class);

    assertThat(fake.requests(Operation.GET_ALERT))
        .extracting(RecordedRequest::status)
        .containsExactly(500, 200);
    assertThat(fake.requests(Operation.ADD_ALERT_COMMENT))
        .extracting(RecordedRequest::status)
        .containsExactly(500);
    assertThat(fake.alerts().comments("COT-7")).isEmpty();
  }

  @Test
  void get_detailOfASeededAlert_decodes(CotoolFake fake, CotoolClient client) {
    AlertDetail detail = client.alerts().get(fake.alerts().all().get(3).id());
    assertThat(detail.alert()).isPresent();
  }
}
