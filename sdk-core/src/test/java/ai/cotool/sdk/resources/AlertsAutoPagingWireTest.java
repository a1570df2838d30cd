package ai.cotool.sdk.resources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.paging.AutoPager;
import ai.cotool.sdk.testsupport.AlertPages;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Auto-paging {@code GET /api/alerts} against a WireMock server that pages a list of {@code total}
 * alerts by {@code limit} and {@code offset}, as the API does (server default page size 100).
 */
class AlertsAutoPagingWireTest extends WireMockClientTestBase {
  private final AlertPages pages = new AlertPages();

  @Override
  WireMockConfiguration configure(WireMockConfiguration options) {
    return options.extensions(pages);
  }

  @BeforeEach
  void stubAlertPages() {
    pages.reset(0);
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(aResponse().withTransformers(AlertPages.NAME)));
  }

  @ParameterizedTest(name = "{0} alerts, limit {1}")
  @CsvSource(
      nullValues = "default",
      value = {
        "0, default",
        "0, 7",
        "1, default",
        "1, 1",
        "1, 200",
        "200, default",
        "200, 200",
        "200, 7",
        "201, default",
        "201, 200",
        "201, 67",
        "201, 1",
        "1000, default",
        "1000, 200",
        "1000, 7",
        "1000, 9",
      })
  void listAutoPaging_yieldsEveryAlertOnceInOrder_withOneRequestPerPage(int total, Integer limit) {
    pages.total = total;
    AlertListParams.Builder params = AlertListParams.builder().statuses(AlertStatus.OPEN);
    if (limit != null) {
      params.limit(limit);
    }
    int pageSize = limit == null ? AlertListParams.DEFAULT_LIMIT : limit;

    List<String> ids = new ArrayList<>();
    for (Alert alert : client.alerts().listAutoPaging(params.build())) {
      ids.add(alert.id());
    }

    assertThat(ids).containsExactlyElementsOf(AlertPages.ids(0, total));
    int expectedRequests = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
    server.verify(exactly(expectedRequests), getRequestedFor(urlPathEqualTo("/api/alerts")));
    List<String> expectedUrls = new ArrayList<>();
    String limitParam = limit == null ? "" : "limit=" + limit + "&";
    for (int page = 0; page < expectedRequests; page++) {
      String offsetParam = page == 0 ? "" : "offset=" + page * pageSize + "&";
      expectedUrls.add("/api/alerts?" + limitParam + offsetParam + "status=open");
    }
    assertThat(requestedUrls()).containsExactlyElementsOf(expectedUrls);
  }

  @ParameterizedTest(name = "{0} alerts, limit {1}")
  @CsvSource({"0, 50", "201, 200", "1000, 150"})
  void stream_yieldsTheSameAlertsAsIteration(int total, int limit) {
    pages.total = total;

    List<String> ids;
    try (Stream<Alert> alerts =
        client.alerts().listAutoPaging(AlertListParams.builder().limit(limit).build()).stream()) {
      ids = alerts.map(Alert::id).collect(Collectors.toList());
    }

    assertThat(ids).containsExactlyElementsOf(AlertPages.ids(0, total));
    server.verify(
        exactly(Math.max(1, (total + limit - 1) / limit)),
        getRequestedFor(urlPathEqualTo("/api/alerts")));
  }

  @Test
  void listAutoPaging_isLazy_creatingThePagerOrItsIteratorSendsNothing() {
    pages.total = 30;

    AutoPager<Alert> pager =
        client.alerts().listAutoPaging(AlertListParams.builder().limit(10).build());
    Iterator<Alert> iterator = pager.iterator();
    Stream<Alert> stream = pager.stream();

    verifyNothingSent();
    stream.close();
    assertThat(iterator.hasNext()).isTrue();
    server.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/alerts")));
  }

  @Test
  void listAutoPaging_fetchesTheNextPageOnlyWhenTheCurrentOneIsConsumed() {
    pages.total = 30;
    Iterator<Alert> iterator =
        client.alerts().listAutoPaging(AlertListParams.builder().limit(10).build()).iterator();

    assertThat(iterator.next().id()).isEqualTo(AlertPages.id(0));
    assertThat(requestedUrls()).hasSize(1);
    for (int i = 1; i < 10; i++) {
      iterator.next();
    }
    assertThat(requestedUrls()).hasSize(1);

    assertThat(iterator.hasNext()).isTrue();
    assertThat(requestedUrls())
        .containsExactly("/api/alerts?limit=10", "/api/alerts?limit=10&offset=10");
  }

  @ParameterizedTest(name = "limit({0}) of 1000 alerts, pages of 100")
  @CsvSource({"1, 1", "99, 1", "100, 1", "101, 2", "150, 2", "250, 3"})
  void streamLimit_stopsFetchingOnceItHasEnough(int n, int expectedRequests) {
    pages.total = 1000;

    List<String> ids;
    try (Stream<Alert> alerts =
        client.alerts().listAutoPaging(AlertListParams.builder().limit(100).build()).stream()) {
      ids = alerts.limit(n).map(Alert::id).collect(Collectors.toList());
    }

    assertThat(ids).containsExactlyElementsOf(AlertPages.ids(0, n));
    server.verify(exactly(expectedRequests), getRequestedFor(urlPathEqualTo("/api/alerts")));
  }

  @Test
  void failureOnPage3_surfacesAtThatElement_afterPages1And2() {
    pages.total = 100;
    pages.failAtOffset = 20;
    Iterator<Alert> iterator =
        client.alerts().listAutoPaging(AlertListParams.builder().limit(10).build()).iterator();

    List<String> delivered = new ArrayList<>();
    InternalServerException failure = null;
    try {
      while (iterator.hasNext()) {
        delivered.add(iterator.next().id());
      }
    } catch (InternalServerException e) {
      failure = e;
    }

    assertThat(delivered).containsExactlyElementsOf(AlertPages.ids(0, 20));
    assertThat(failure).isNotNull();
    assertThat(failure.statusCode()).isEqualTo(500);
    assertThat(failure.errorMessage()).contains("Internal server error");
    assertThat(requestedUrls())
        .containsExactly(
            "/api/alerts?limit=10",
            "/api/alerts?limit=10&offset=10",
            "/api/alerts?limit=10&offset=20");
    assertThat(sleeps).isEmpty();

    // asking again retries the failed page and carries on from there
    pages.failAtOffset = -1;
    while (iterator.hasNext()) {
      delivered.add(iterator.next().id());
    }
    assertThat(delivered).containsExactlyElementsOf(AlertPages.ids(0, 100));
  }

  @Test
  void failureOnPage3_inAStream_surfacesFromTheTerminalOperation() {
    pages.total = 100;
    pages.failAtOffset = 20;
    List<String> delivered = new ArrayList<>();

    assertThatThrownBy(
            () -> {
              try (Stream<Alert> alerts =
                  client
                      .alerts()
                      .listAutoPaging(AlertListParams.builder().limit(10).build())
                      .stream()) {
                alerts.forEach(a -> delivered.add(a.id()));
              }
            })
        .isInstanceOf(InternalServerException.class);

    assertThat(delivered).containsExactlyElementsOf(AlertPages.ids(0, 20));
    server.verify(exactly(3), getRequestedFor(urlPathEqualTo("/api/alerts")));
  }

  @Test
  void listAutoPaging_fromAnOffset_startsThere() {
    pages.total = 25;

    List<String> ids = new ArrayList<>();
    client
        .alerts()
        .listAutoPaging(AlertListParams.builder().limit(10).offset(12).build())
        .forEach(a -> ids.add(a.id()));

    assertThat(ids).containsExactlyElementsOf(AlertPages.ids(12, 25));
    assertThat(requestedUrls())
        .containsExactly("/api/alerts?limit=10&offset=12", "/api/alerts?limit=10&offset=22");
  }

  @Test
  void listAutoPaging_aServerThatReturnsShortPages_isPagedThroughWithoutGaps() {
    pages.total = 120;
    pages.pageSizeCap = 50;

    List<String> ids = new ArrayList<>();
    client
        .alerts()
        .listAutoPaging(AlertListParams.builder().limit(200).build())
        .forEach(a -> ids.add(a.id()));

    assertThat(ids).containsExactlyElementsOf(AlertPages.ids(0, 120));
    assertThat(requestedUrls())
        .containsExactly(
            "/api/alerts?limit=200",
            "/api/alerts?limit=200&offset=50",
            "/api/alerts?limit=200&offset=100");
  }

  @Test
  void eachIteration_startsAgainFromTheFirstPage() {
    pages.total = 15;
    AutoPager<Alert> pager =
        client.alerts().listAutoPaging(AlertListParams.builder().limit(10).build());

    List<String> first = new ArrayList<>();
    pager.forEach(a -> first.add(a.id()));
    List<String> second = new ArrayList<>();
    pager.forEach(a -> second.add(a.id()));

    assertThat(first).isEqualTo(second).containsExactlyElementsOf(AlertPages.ids(0, 15));
    server.verify(exactly(4), getRequestedFor(urlPathEqualTo("/api/alerts")));
  }

  @Test
  void listAutoPaging_appliesTheRequestOptionsToEveryPage() {
    pages.total = 25;

    client
        .alerts()
        .listAutoPaging(
            AlertListParams.builder().limit(10).build(),
            ai.cotool.sdk.RequestOptions.builder().header("X-Trace-Id", "trace-7").build())
        .forEach(alert -> {});

    server.verify(
        exactly(3),
        withCommonHeaders(getRequestedFor(urlPathEqualTo("/api/alerts")))
            .withHeader(
                "X-Trace-Id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("trace-7")));
  }

  private List<String> requestedUrls() {
    List<String> urls = new ArrayList<>();
    server.getAllServeEvents().forEach(e -> urls.add(0, e.getRequest().getUrl()));
    return urls;
  }
}
