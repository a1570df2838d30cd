package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertDetectionKind;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertSourceName;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.paging.AlertPage;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlertsFakeTest {
  @RegisterExtension static final CotoolFakeExtension cotool = new CotoolFakeExtension();

  // ---- the default data set
  // ----------------------------------------------------------------------------------

  @Test
  void defaultDataSet_coversEveryStatusSeveritySourceAndDetectionKind(CotoolFake fake) {
    List<FakeAlert> all = fake.alerts().all();

    assertThat(all).hasSize(FakeAlerts.DEFAULT_COUNT);
    assertThat(all).extracting(FakeAlert::status).containsAll(known(AlertStatus.class));
    assertThat(all)
        .extracting(a -> a.severity().orElse(null))
        .containsAll(known(AlertSeverity.class))
        .contains((AlertSeverity) null);
    assertThat(all).extracting(FakeAlert::sourceName).containsAll(known(AlertSourceName.class));
    assertThat(all)
        .extracting(a -> a.detectionKind().orElse(null))
        .contains(AlertDetectionKind.COTOOL, AlertDetectionKind.EXTERNAL, null);
  }

  @Test
  void defaultDataSet_isTheSameForTheSameSeed() {
    assertThat(FakeAlerts.sample(50, 7))
        .isEqualTo(FakeAlerts.sample(50, 7))
        .isNotEqualTo(FakeAlerts.sample(50, 8));
  }

  @Test
  void list_withoutParams_servesTheFirst100NewestFirst(CotoolClient client) {
    AlertPage page = client.alerts().list(AlertListParams.builder().build());

    assertThat(page.alerts()).hasSize(100);
    assertThat(page.totalCount()).isEqualTo(FakeAlerts.DEFAULT_COUNT);
    assertThat(page.alerts())
        .extracting(Alert::createdAt)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  // ---- filters: each compared with the same predicate applied to the data set
  // --------------------------------

  @Test
  void statusFilter_isACommaList(CotoolFake fake, CotoolClient client) {
    assertFilter(
        fake,
        client,
        AlertListParams.builder().statuses(AlertStatus.OPEN, AlertStatus.ESCALATED),
        a -> a.status() == AlertStatus.OPEN || a.status() == AlertStatus.ESCALATED);
  }

  @Test
  void severityFilter_neverMatchesAlertsWithoutSeverity(CotoolFake fake, CotoolClient client) {
    assertFilter(
        fake,
        client,
        AlertListParams.builder().severities(AlertSeverity.HIGH, AlertSeverity.CRITICAL),
        a ->
            a.severity()
                .filter(s -> s == AlertSeverity.HIGH || s == AlertSeverity.CRITICAL)
                .isPresent());
  }

  @Test
  void sourceFilter_matchesTheSourceName(CotoolFake fake, CotoolClient client) {
    assertFilter(
        fake,
        client,
        AlertListParams.builder().sources(AlertSourceName.JIRA, AlertSourceName.HUNTING),
        a -> a.sourceName() == AlertSourceName.JIRA || a.sourceName() == AlertSourceName.HUNTING);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"powershell", "PowerShell", "SEC-", "sudoers change", "Okta ThreatInsight", "bc-"})
  void q_searchesTitleDescriptionDetectionNameAndExternalRefCaseInsensitively(
      String q, CotoolFake fake, CotoolClient client) {
    String needle = q.toLowerCase(Locale.ROOT);
    assertFilter(
        fake,
        client,
        AlertListParams.builder().q(q),
        a ->
            (a.title()
                    + "\n"
                    + a.description().orElse("")
                    + "\n"
                    + a.detectionName().orElse("")
                    + "\n"
                    + a.externalRef().orElse(""))
                .toLowerCase(Locale.ROOT)
                .contains(needle));
  }

  @Test
  void uuidFilters_matchExactly(CotoolFake fake, CotoolClient client) {
    FakeAlert sample =
        fake.alerts().all().stream()
            .filter(a -> a.assignedAgentId().isPresent() && a.detectionId().isPresent())
            .findFirst()
            .orElseThrow();

    assertFilter(
        fake,
        client,
        AlertListParams.builder().assignedAgentId(sample.assignedAgentId().get()),
        a -> a.assignedAgentId().equals(sample.assignedAgentId()));
    assertFilter(
        fake,
        client,
        AlertListParams.builder().detectionId(sample.detectionId().get()),
        a -> a.detectionId().equals(sample.detectionId()));
    assertFilter(
        fake,
        client,
        AlertListParams.builder().originAgentId(sample.originAgentId().get()),
        a -> a.originAgentId().equals(sample.originAgentId()));
    assertFilter(
        fake,
        client,
        AlertListParams.builder().originDetectionHitId(sample.originDetectionHitId().get()),
        a -> a.originDetectionHitId().equals(sample.originDetectionHitId()));
  }

  @Test
  void detectionFilter_acceptsAFilterKeyOrName(CotoolFake fake, CotoolClient client) {
    assertFilter(
        fake,
        client,
        AlertListParams.builder().detection("cotool:0d0d0543-acd7-432b-9771-c0d5cd8a7634"),
        a -> a.detectionId().filter("0d0d0543-acd7-432b-9771-c0d5cd8a7634"::equals).isPresent());
    assertFilter(
        fake,
        client,
        AlertListParams.builder().detection("external:Okta ThreatInsight"),
        a ->
            a.detectionKind().orElse(null) == AlertDetectionKind.EXTERNAL
                && a.detectionName().orElse("").equals("Okta ThreatInsight"));
  }

  @Test
  void filters_combineWithAnd(CotoolFake fake, CotoolClient client) {
    assertFilter(
        fake,
        client,
        AlertListParams.builder()
            .statuses(AlertStatus.OPEN)
            .severities(AlertSeverity.CRITICAL)
            .sources(AlertSourceName.COTOOL_DETECTION),
        a ->
            a.status() == AlertStatus.OPEN
                && a.severity().orElse(null) == AlertSeverity.CRITICAL
                && a.sourceName() == AlertSourceName.COTOOL_DETECTION);
  }

  // ---- paging
  // ------------------------------------------------------------------------------------------------

  @Test
  void limitAndOffset_pageThroughTheMatches_withTotalCount(CotoolFake fake, CotoolClient client) {
    List<String> expected = fake.alerts().all().stream().map(FakeAlert::id).toList();

    AlertPage page = client.alerts().list(AlertListParams.builder().limit(7).offset(14).build());

    assertThat(page.alerts()).extracting(Alert::id).isEqualTo(expected.subList(14, 21));
    assertThat(page.totalCount()).isEqualTo(expected.size());
    assertThat(page.nextPageParams()).get().extracting(AlertListParams::offset).isEqualTo(21L);
  }

  @Test
  void offsetPastTheEnd_isAnEmptyPageWithTheTotal(CotoolClient client) {
    AlertPage page = client.alerts().list(AlertListParams.builder().offset(10_000).build());

    assertThat(page.alerts()).isEmpty();
    assertThat(page.totalCount()).isEqualTo(FakeAlerts.DEFAULT_COUNT);
  }

  @Test
  void autoPager_deliversEveryMatchOnce_fetchingPageByPage(CotoolFake fake, CotoolClient client) {
    AlertListParams params =
        AlertListParams.builder()
            .statuses(AlertStatus.OPEN, AlertStatus.IN_PROGRESS)
            .limit(25)
            .build();
    List<String> expected =
        fake.alerts().all().stream()
            .filter(a -> a.status() == AlertStatus.OPEN || a.status() == AlertStatus.IN_PROGRESS)
            .map(FakeAlert::id)
            .toList();

    List<String> paged = client.alerts().listAutoPaging(params).stream().map(Alert::id).toList();

    assertThat(paged).isEqualTo(expected);
    assertThat(fake.alertQueries())
        .hasSize((expected.size() + 24) / 25)
        .extracting(AlertListParams::offset)
        .startsWith(0L, 25L, 50L);
    assertThat(fake.alertQueries())
        .extracting(AlertListParams::statuses)
        .containsOnly(List.of(AlertStatus.OPEN, AlertStatus.IN_PROGRESS));
  }

  @Test
  void autoPager_stopsFetchingWhenTheCallerStops(CotoolFake fake, CotoolClient client) {
    List<Alert> first30 =
        client.alerts().listAutoPaging(AlertListParams.builder().limit(20).build()).stream()
            .limit(30)
            .toList();

    assertThat(first30).hasSize(30);
    assertThat(fake.requestCount(Operation.LIST_ALERTS)).isEqualTo(2);
  }

  @Test
  void invalidPagingValues_areRejectedLikeTheApi(CotoolFake fake) {
    for (String query :
        List.of(
            "limit=0",
            "limit=201",
            "limit=ten",
            "offset=-1",
            "status=opened",
            "severity=urgent",
            "source=pagerduty",
            "q=",
            "detectionId=42",
            "assignedAgentId=x")) {
      RawHttp.Response response = RawHttp.get(fake, "/api/alerts?" + query);
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.body()).as(query).contains("\"issues\"");
    }
    assertThat(fake.alertQueries()).isEmpty();
  }

  // ---- a data set of one's own
  // ---------------------------------------------------------------------------------

  @Test
  void reset_replacesTheDataSet_andAddedAlertsGetDisplayIds(CotoolFake fake, CotoolClient client) {
    fake.alerts()
        .reset(
            List.of(
                FakeAlert.builder()
                    .title("Sudoers changed")
                    .severity(AlertSeverity.CRITICAL)
                    .createdAt(Instant.parse("2025-11-20T10:00:00Z"))
                    .build(),
                FakeAlert.builder()
                    .title("Phishing report")
                    .source(AlertSourceName.EMAIL)
                    .status(AlertStatus.CLOSED_FALSE_POSITIVE)
                    .createdAt(Instant.parse("2025-11-21T10:00:00Z"))
                    .build()));
    fake.alerts()
        .add(
            FakeAlert.builder()
                .title("Newest")
                .createdAt(Instant.parse("2025-11-22T10:00:00Z"))
                .build());

    List<Alert> alerts =
        client.alerts().listAutoPaging(AlertListParams.builder().build()).stream().toList();

    assertThat(alerts)
        .extracting(Alert::title)
        .containsExactly("Newest", "Phishing report", "Sudoers changed");
    assertThat(alerts)
        .extracting(Alert::displayId)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("COT-"));
    assertThat(alerts.get(1).isClosed()).isTrue();
    assertThat(alerts.get(1).source().name()).isEqualTo(AlertSourceName.EMAIL);
    assertThat(alerts.get(1).resolvedAt()).isPresent();
  }

  @Test
  void generate_changesTheSize_andAutoPagerCrossesManyPages(CotoolFake fake, CotoolClient client) {
    fake.alerts().generate(1_234);

    long count =
        client.alerts().listAutoPaging(AlertListParams.builder().limit(200).build()).stream()
            .count();

    assertThat(count).isEqualTo(1_234);
    assertThat(fake.requestCount(Operation.LIST_ALERTS)).isEqualTo(7);
  }

  @Test
  void fakeAlert_toAlert_isWhatTheClientReceives(CotoolFake fake, CotoolClient client) {
    FakeAlert newest = fake.alerts().all().get(0);

    assertThat(client.alerts().list(AlertListParams.builder().limit(1).build()).alerts())
        .containsExactly(newest.toAlert());
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------------------

  /**
   * The fake's answer (every page, via the auto-pager) equals the predicate applied to the data
   * set.
   */
  private static void assertFilter(
      CotoolFake fake,
      CotoolClient client,
      AlertListParams.Builder params,
      Predicate<FakeAlert> predicate) {
    List<String> expected =
        fake.alerts().all().stream().filter(predicate).map(FakeAlert::id).toList();
    List<String> actual =
        client.alerts().listAutoPaging(params.limit(50).build()).stream().map(Alert::id).toList();
    assertThat(expected).as("the filter should select something in the data set").isNotEmpty();
    assertThat(actual).isEqualTo(expected);
    assertThat(client.alerts().list(params.build()).totalCount()).isEqualTo(expected.size());
  }

  private static <E extends Enum<E>> Set<E> known(Class<E> type) {
    return EnumSet.allOf(type).stream()
        .filter(e -> !e.name().equals("UNKNOWN"))
        .collect(Collectors.toSet());
  }
}
