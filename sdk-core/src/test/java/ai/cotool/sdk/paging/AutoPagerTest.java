package ai.cotool.sdk.paging;

import static ai.cotool.sdk.paging.FakeAlertServer.alert;
import static ai.cotool.sdk.paging.FakeAlertServer.alerts;
import static ai.cotool.sdk.paging.FakeAlertServer.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.CotoolIoException;
import ai.cotool.sdk.errors.PaginationException;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AutoPagerTest {

  private static AlertListParams pageSize(int limit) {
    return AlertListParams.builder().limit(limit).build();
  }

  private static List<String> ids(Iterable<Alert> alerts) {
    List<String> ids = new ArrayList<>();
    alerts.forEach(a -> ids.add(a.id()));
    return ids;
  }

  private static List<String> idRange(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(FakeAlertServer::id)
        .collect(Collectors.toList());
  }

  static Stream<Arguments> sizes() {
    List<Arguments> cases = new ArrayList<>();
    for (int total : new int[] {0, 1, 200, 201, 1000}) {
      for (Integer limit : new Integer[] {1, 7, 100, 200, null}) {
        cases.add(Arguments.of(total, limit));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} alerts, limit {1}")
  @MethodSource("sizes")
  void listAutoPaging_deliversEveryAlertOnceInOrder_withOneRequestPerPage(
      int total, Integer limit) {
    FakeAlertServer server = FakeAlertServer.withAlerts(total);
    AlertListParams params = limit == null ? AlertListParams.builder().build() : pageSize(limit);
    int pageSize = params.limit();

    List<String> delivered = ids(AutoPager.of(params, server));

    assertThat(delivered).containsExactlyElementsOf(idRange(1, total));
    int expectedPages = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
    assertThat(server.calls()).isEqualTo(expectedPages);
    assertThat(server.requests)
        .extracting(AlertListParams::offset)
        .containsExactlyElementsOf(
            IntStream.range(0, expectedPages).mapToObj(i -> (long) i * pageSize).toList());
    assertThat(server.requests).allSatisfy(p -> assertThat(p.limit()).isEqualTo(pageSize));
  }

  @Test
  void listAutoPaging_keepsFiltersOnEveryPage() {
    FakeAlertServer server = FakeAlertServer.withAlerts(25);
    AlertListParams params =
        AlertListParams.builder().statuses(AlertStatus.OPEN).q("sudo").limit(10).build();

    ids(AutoPager.of(params, server));

    assertThat(server.requests)
        .containsExactly(params, params.withOffset(10), params.withOffset(20));
  }

  @Test
  void creatingThePagerItsIteratorOrItsStream_fetchesNothing() {
    FakeAlertServer server = FakeAlertServer.withAlerts(10);
    AutoPager<Alert> pager = AutoPager.of(pageSize(5), server);

    Iterator<Alert> iterator = pager.iterator();
    Stream<Alert> stream = pager.stream();
    Object unused = pager.spliterator();

    assertThat(server.calls()).isZero();
    assertThat(iterator.next().id()).isEqualTo(id(1));
    assertThat(server.calls()).isEqualTo(1);
    stream.close();
  }

  @Test
  void listAutoPaging_fetchesNextPageOnlyWhenCurrentIsConsumed() {
    FakeAlertServer server = FakeAlertServer.withAlerts(30);
    Iterator<Alert> iterator = AutoPager.of(pageSize(10), server).iterator();

    for (int i = 0; i < 10; i++) {
      iterator.next();
    }
    assertThat(server.calls()).isEqualTo(1);

    assertThat(iterator.hasNext()).isTrue();
    assertThat(server.calls()).isEqualTo(2);
  }

  @ParameterizedTest(name = "limit({0}) -> {1} request(s)")
  @org.junit.jupiter.params.provider.CsvSource({"1, 1", "10, 1", "11, 2", "25, 3", "30, 3"})
  void streamLimit_stopsFetchingOnceItHasEnough(int n, int expectedCalls) {
    FakeAlertServer server = FakeAlertServer.withAlerts(1000);

    List<Alert> taken;
    try (Stream<Alert> stream = AutoPager.of(pageSize(10), server).stream()) {
      taken = stream.limit(n).toList();
    }

    assertThat(ids(taken)).containsExactlyElementsOf(idRange(1, n));
    assertThat(server.calls()).isEqualTo(expectedCalls);
  }

  @Test
  void closingTheStream_stopsFetching() {
    FakeAlertServer server = FakeAlertServer.withAlerts(100);
    Stream<Alert> stream = AutoPager.of(pageSize(10), server).stream();
    Iterator<Alert> iterator = stream.iterator();
    iterator.next();

    stream.close();

    assertThat(iterator.hasNext()).isFalse();
    assertThat(server.calls()).isEqualTo(1);
  }

  @Test
  void startingFromAnOffset_resumesThere() {
    FakeAlertServer server = FakeAlertServer.withAlerts(201);

    List<String> delivered = ids(AutoPager.of(pageSize(100).withOffset(150), server));

    assertThat(delivered).containsExactlyElementsOf(idRange(151, 201));
    assertThat(server.calls()).isEqualTo(1);
  }

  @Test
  void eachIteration_startsFromTheBeginningWithFreshState() {
    FakeAlertServer server = FakeAlertServer.withAlerts(25);
    AutoPager<Alert> pager = AutoPager.of(pageSize(10), server);

    assertThat(ids(pager)).containsExactlyElementsOf(idRange(1, 25));
    assertThat(pager.stream().map(Alert::id).toList()).containsExactlyElementsOf(idRange(1, 25));
    assertThat(server.calls()).isEqualTo(6);
  }

  @Test
  void serverReturningFewerThanLimitBeforeTheEnd_isPagedWithoutGaps() {
    FakeAlertServer server = FakeAlertServer.withAlerts(201).capPageSizeAt(30);

    List<String> delivered = ids(AutoPager.of(pageSize(100), server));

    assertThat(delivered).containsExactlyElementsOf(idRange(1, 201));
    assertThat(server.requests)
        .extracting(AlertListParams::offset)
        .containsExactly(0L, 30L, 60L, 90L, 120L, 150L, 180L);
  }

  @Test
  void totalCountGrowingWhilePaging_extendsTheIteration() {
    FakeAlertServer server = FakeAlertServer.withAlerts(50);
    server.before(2, () -> server.alerts.addAll(alerts(51, 65)));

    List<String> delivered = ids(AutoPager.of(pageSize(20), server));

    assertThat(delivered).containsExactlyElementsOf(idRange(1, 65));
    assertThat(server.calls()).isEqualTo(4);
  }

  @Test
  void totalCountShrinkingWhilePaging_endsTheIterationWithoutAnExtraRequest() {
    FakeAlertServer server = FakeAlertServer.withAlerts(50);
    server.before(2, () -> server.alerts.subList(30, 50).clear());

    List<String> delivered = ids(AutoPager.of(pageSize(20), server));

    assertThat(delivered).containsExactlyElementsOf(idRange(1, 30));
    assertThat(server.calls()).isEqualTo(2);
  }

  @Test
  void totalCountOverstated_endsAtTheFirstEmptyPage() {
    FakeAlertServer server = FakeAlertServer.withAlerts(120).reportTotalCount(500);

    List<String> delivered = ids(AutoPager.of(pageSize(50), server));

    assertThat(delivered).containsExactlyElementsOf(idRange(1, 120));
    assertThat(server.calls()).isEqualTo(4);
  }

  @Test
  void emptyFirstPage_endsTheIterationEvenIfTotalCountSaysOtherwise() {
    FakeAlertServer server = FakeAlertServer.withAlerts(0).reportTotalCount(10);

    assertThat(AutoPager.of(pageSize(5), server)).isEmpty();
    assertThat(server.calls()).isEqualTo(1);
  }

  @Test
  void serverReturningTheSamePageAgain_failsAfterDeliveringTheFirstPage() {
    FakeAlertServer server = FakeAlertServer.withAlerts(300).ignoreOffset();
    Iterator<Alert> iterator = AutoPager.of(pageSize(100), server).iterator();

    List<String> delivered = new ArrayList<>();
    assertThatThrownBy(() -> iterator.forEachRemaining(a -> delivered.add(a.id())))
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("same 100 item(s) for offset 0 and offset 100")
        .satisfies(e -> assertThat(((PaginationException) e).offset()).isEqualTo(100));
    assertThat(delivered).containsExactlyElementsOf(idRange(1, 100));
    assertThat(server.calls()).isEqualTo(2);

    assertThatThrownBy(iterator::hasNext).isInstanceOf(PaginationException.class);
    assertThat(server.calls()).isEqualTo(2);
  }

  @Test
  void serverIgnoringOffsetWhileAFewAlertsArrive_failsAtTheSecondPage() {
    FakeAlertServer server = FakeAlertServer.withAlerts(300).ignoreOffset();
    int[] next = {301};
    server.beforeEveryCall(() -> server.alerts.add(alert(next[0]++)));

    assertThatThrownBy(() -> ids(AutoPager.of(pageSize(100), server)))
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("totalCount 301, then 302");
    assertThat(server.calls()).isEqualTo(2);
  }

  @Test
  void serverRepeatingPagesWhileAPageOfAlertsArrivesEachTime_failsAfterMaxStalledPages() {
    FakeAlertServer server = FakeAlertServer.withAlerts(20).ignoreOffset();
    int[] next = {21};
    server.beforeEveryCall(() -> server.alerts.addAll(alerts(next[0], (next[0] += 10) - 1)));

    assertThatThrownBy(() -> ids(AutoPager.of(pageSize(10), server)))
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("held no item with an id not delivered before");
    assertThat(server.calls()).isEqualTo(1 + AutoPager.MAX_STALLED_PAGES);
  }

  @ParameterizedTest(name = "{0} inserted")
  @ValueSource(ints = {1, 7, 10, 25})
  void alertsInsertedAheadOfTheCursor_areNotDeliveredTwice(int inserted) {
    FakeAlertServer server = FakeAlertServer.withAlerts(50);
    server.before(2, () -> server.alerts.addAll(0, alerts(1001, 1000 + inserted)));

    List<String> delivered = ids(AutoPager.of(pageSize(10), server));

    assertThat(delivered).doesNotHaveDuplicates();
    List<String> originals = delivered.stream().filter(idRange(1, 50)::contains).toList();
    assertThat(originals).containsExactlyElementsOf(idRange(1, 50));
  }

  @Test
  void alertsInsertedBeforeEveryPage_areNotDeliveredTwice() {
    FakeAlertServer server = FakeAlertServer.withAlerts(100);
    int[] next = {1001};
    server.beforeEveryCall(
        () -> {
          for (int i = 0; i < 3; i++) {
            server.alerts.add(0, alert(next[0]++));
          }
        });

    List<String> delivered = ids(AutoPager.of(pageSize(10), server));

    assertThat(delivered).doesNotHaveDuplicates();
    assertThat(delivered.stream().filter(idRange(1, 100)::contains).toList())
        .containsExactlyElementsOf(idRange(1, 100));
  }

  @Test
  void failureFetchingPage3_surfacesAtItsFirstItem_afterPages1And2() {
    CotoolIoException failure = new CotoolIoException("connection reset", new IOException("reset"));
    FakeAlertServer server = FakeAlertServer.withAlerts(100).failOnce(3, failure);
    Iterator<Alert> iterator = AutoPager.of(pageSize(20), server).iterator();

    List<String> delivered = new ArrayList<>();
    assertThatThrownBy(() -> iterator.forEachRemaining(a -> delivered.add(a.id())))
        .isSameAs(failure);
    assertThat(delivered).containsExactlyElementsOf(idRange(1, 40));
    assertThat(server.calls()).isEqualTo(3);

    iterator.forEachRemaining(a -> delivered.add(a.id()));
    assertThat(delivered).containsExactlyElementsOf(idRange(1, 100));
    assertThat(server.requests)
        .extracting(AlertListParams::offset)
        .containsExactly(0L, 20L, 40L, 40L, 60L, 80L);
  }

  @Test
  void failureFetchingPage3_surfacesFromTheStream_afterPages1And2() {
    CotoolIoException failure = new CotoolIoException("connection reset", null);
    FakeAlertServer server = FakeAlertServer.withAlerts(100).failOnce(3, failure);

    List<String> delivered = new ArrayList<>();
    assertThatThrownBy(
            () -> AutoPager.of(pageSize(20), server).stream().forEach(a -> delivered.add(a.id())))
        .isSameAs(failure);
    assertThat(delivered).containsExactlyElementsOf(idRange(1, 40));
  }

  @Test
  void serverIgnoringOffsetWithAlertsWithoutIds_isStoppedAfterMaxStalledPages() {
    Alert noId = Alert.fromJson("{\"id\":null,\"displayId\":\"COT-9\",\"title\":\"no id\"}");
    FakeAlertServer server =
        new FakeAlertServer(Collections.nCopies(200, noId))
            .ignoreOffset()
            .reportTotalCount(1_000_000_000L);

    assertThatThrownBy(() -> AutoPager.of(pageSize(200), server).forEach(alert -> {}))
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("held no item with an id not delivered before");
    assertThat(server.calls()).isEqualTo(AutoPager.MAX_STALLED_PAGES);
  }

  @Test
  void serverCyclingThroughManyPages_deliversNoDuplicate_andIsStopped() {
    int pages = 6; // 1,200 ids: more than any fixed window of recent ids would hold
    List<AlertListParams> requests = new ArrayList<>();
    Function<AlertListParams, AlertPage> cycling =
        params -> {
          requests.add(params);
          int page = (int) (params.offset() / 200 % pages);
          return new AlertPage(alerts(page * 200 + 1, page * 200 + 200), 1_000_000_000L, params);
        };

    List<String> delivered = new ArrayList<>();
    assertThatThrownBy(
            () -> AutoPager.of(pageSize(200), cycling).forEach(a -> delivered.add(a.id())))
        .isInstanceOf(PaginationException.class);
    assertThat(delivered).doesNotHaveDuplicates().containsExactlyElementsOf(idRange(1, 1200));
    assertThat(requests).hasSize(pages + AutoPager.MAX_STALLED_PAGES);
  }

  @Test
  void alertsWithoutId_areDeliveredNotDeduplicated() {
    Alert noId = Alert.fromJson("{\"displayId\":\"COT-9\",\"title\":\"no id\"}");
    FakeAlertServer server = new FakeAlertServer(List.of(noId, noId, alert(1)));

    assertThat(AutoPager.of(pageSize(2), server)).containsExactly(noId, noId, alert(1));
  }
}
