package ai.cotool.sdk.paging;

import static ai.cotool.sdk.testsupport.TestHttp.failureOf;
import static ai.cotool.sdk.testsupport.TestHttp.valueOf;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.errors.PaginationException;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.testsupport.AlertPages;
import ai.cotool.sdk.testsupport.CallEvents;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.LeakDetector;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code client.async().alerts().listAutoPaging(...)} against a server that pages {@code total}
 * alerts: lazy, back-pressured (a page is requested only once the consumer took the one before),
 * stoppable, cancellable, and with the blocking pager's dedupe and loop guard.
 */
@ExtendWith(NoLeakedResponses.class)
class AsyncAutoPagerTest {
  private static final AlertPages pages = new AlertPages();

  @RegisterExtension
  static final CountingServer server = CountingServer.create(options -> options.extensions(pages));

  private static final AlertListParams TEN_PER_PAGE = AlertListParams.builder().limit(10).build();

  private CotoolClient client;

  @BeforeEach
  void stubPagesAndCreateClient() {
    pages.reset(30);
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(aResponse().withTransformers(AlertPages.NAME)));
    client = TestHttp.clientWithoutRetries(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  /** Delivered items, and what happened in between, in order. */
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());

  @Test
  void listAutoPaging_sendsNothingUntilForEach() {
    AsyncAutoPager<Alert> pager = client.async().alerts().listAutoPaging(TEN_PER_PAGE);

    assertThat(server.arrived()).isZero();

    valueOf(pager.forEach(alert -> events.add(alert.id())));
    assertThat(events).containsExactlyElementsOf(AlertPages.ids(0, 30));
    assertThat(server.arrived()).isEqualTo(3);
  }

  @Test
  void forEach_deliversEveryAlertOnceInOrder_withTheRequestsOfTheBlockingPager() {
    pages.reset(25);
    List<String> blocking = new ArrayList<>();
    client.alerts().listAutoPaging(TEN_PER_PAGE).forEach(alert -> blocking.add(alert.id()));
    List<String> blockingRequests = server.arrivedRequests();
    server.forgetRequests();

    valueOf(
        client
            .async()
            .alerts()
            .listAutoPaging(TEN_PER_PAGE)
            .forEach(alert -> events.add(alert.id())));

    assertThat(events)
        .containsExactlyElementsOf(blocking)
        .containsExactlyElementsOf(AlertPages.ids(0, 25));
    assertThat(server.arrivedRequests())
        .containsExactlyElementsOf(blockingRequests)
        .containsExactly(
            "GET /api/alerts?limit=10",
            "GET /api/alerts?limit=10&offset=10",
            "GET /api/alerts?limit=10&offset=20");
  }

  @Test
  void forEach_requestsTheNextPageOnlyAfterTheConsumerTookEveryItemOfTheCurrentOne() {
    List<Integer> requestsSeenByEachItem = Collections.synchronizedList(new ArrayList<>());

    valueOf(
        client
            .async()
            .alerts()
            .listAutoPaging(TEN_PER_PAGE)
            .forEach(alert -> requestsSeenByEachItem.add(server.arrived())));

    List<Integer> expected =
        IntStream.range(0, 30).mapToObj(i -> i / 10 + 1).collect(Collectors.toList());
    assertThat(requestsSeenByEachItem).containsExactlyElementsOf(expected);
  }

  @Test
  void forEachWhile_returningFalse_completesNormally_withoutRequestingAnotherPage() {
    CompletableFuture<Void> done =
        client
            .async()
            .alerts()
            .listAutoPaging(TEN_PER_PAGE)
            .forEachWhile(
                alert -> {
                  events.add(alert.id());
                  return events.size() < 3;
                });

    assertThat(valueOf(done)).isNull();
    assertThat(events).containsExactlyElementsOf(AlertPages.ids(0, 3));
    assertThat(server.arrived()).isEqualTo(1);
  }

  @Test
  void forEachWhile_decliningTheLastItemOfAPage_doesNotRequestTheNextPage() {
    valueOf(
        client
            .async()
            .alerts()
            .listAutoPaging(TEN_PER_PAGE)
            .forEachWhile(
                alert -> {
                  events.add(alert.id());
                  return events.size() < 10;
                }));

    assertThat(events).containsExactlyElementsOf(AlertPages.ids(0, 10));
    assertThat(server.arrived()).isEqualTo(1);
  }

  @Test
  void cancellingTheFuture_whileAPageIsInFlight_cancelsItsRequest_andDeliversNothingMore() {
    pages.delayAtOffset = 10;
    CallEvents calls = new CallEvents();
    OkHttpClient http = new OkHttpClient.Builder().eventListener(calls).build();
    CountDownLatch idle = TestHttp.idleLatch(http);
    try (CotoolClient own =
        TestHttp.client(server, new RecordingSleeper()).httpClient(http).maxRetries(2).build()) {
      CompletableFuture<Void> done =
          own.async()
              .alerts()
              .listAutoPaging(TEN_PER_PAGE)
              .forEach(alert -> events.add(alert.id()));
      assertThat(server.awaitArrived(2)).isEqualTo(2); // page 2 is held by the server

      assertThat(done.cancel(true)).isTrue();

      TestHttp.await(idle, "the dispatcher has no call left");
      assertThat(calls.canceled).as("OkHttp calls cancelled").hasValue(1);
      assertThat(http.dispatcher().runningCallsCount() + http.dispatcher().queuedCallsCount())
          .isZero();
      assertThatThrownBy(done::join).isInstanceOf(CancellationException.class);
    } finally {
      TestHttp.shutDown(http);
    }
    assertThat(events).containsExactlyElementsOf(AlertPages.ids(0, 10));
    assertThat(server.arrived()).isEqualTo(2);
    assertThat(LeakDetector.leaks(http.connectionPool())).isEmpty();
  }

  @Test
  void cancellingTheFuture_fromTheConsumer_stopsAtThatItem_withoutAnotherPage() {
    // pages completed by this test, after forEach has returned the future the consumer cancels
    List<Alert> alerts =
        IntStream.range(0, 30)
            .mapToObj(n -> Alert.fromJson(AlertPages.alert(n)))
            .collect(Collectors.toList());
    CompletableFuture<AlertPage> firstPage = new CompletableFuture<>();
    List<Long> fetched = Collections.synchronizedList(new ArrayList<>());
    AsyncAutoPager<Alert> pager =
        AsyncAutoPager.of(
            TEN_PER_PAGE,
            params -> {
              fetched.add(params.offset());
              return params.offset() == 0
                  ? firstPage
                  : CompletableFuture.completedFuture(
                      new AlertPage(
                          alerts.subList((int) params.offset(), (int) params.offset() + 10),
                          30,
                          params));
            });
    AtomicReference<CompletableFuture<Void>> self = new AtomicReference<>();

    CompletableFuture<Void> done =
        pager.forEach(
            alert -> {
              events.add(alert.id());
              if (events.size() == 5) {
                self.get().cancel(true);
              }
            });
    self.set(done);
    firstPage.complete(
        new AlertPage(alerts.subList(0, 10), 30, TEN_PER_PAGE)); // delivers on this thread

    assertThat(done).isCancelled();
    assertThat(events).containsExactlyElementsOf(AlertPages.ids(0, 5));
    assertThat(fetched).containsExactly(0L);
  }

  @Test
  void aFailureOnPage3_completesExceptionally_afterEveryAlertOfPages1And2WasDelivered() {
    pages.failAtOffset = 20;

    CompletableFuture<Void> done =
        client
            .async()
            .alerts()
            .listAutoPaging(TEN_PER_PAGE)
            .forEach(alert -> events.add(alert.id()));
    Throwable failure = failureOf(done.whenComplete((ignored, error) -> events.add("failed")));

    assertThat(failure).isExactlyInstanceOf(InternalServerException.class);
    assertThat(((InternalServerException) failure).statusCode()).isEqualTo(500);
    List<String> expected = new ArrayList<>(AlertPages.ids(0, 20));
    expected.add("failed");
    assertThat(events).containsExactlyElementsOf(expected);
    assertThat(server.arrivedRequests())
        .containsExactly(
            "GET /api/alerts?limit=10",
            "GET /api/alerts?limit=10&offset=10",
            "GET /api/alerts?limit=10&offset=20");
  }

  @Test
  void alertsShiftedByAnInsertionAheadOfTheCursor_areDeliveredOnce() {
    pages.insertAfterFirstPage = true; // page 2 starts with the last alert of page 1, and so on

    valueOf(
        client
            .async()
            .alerts()
            .listAutoPaging(TEN_PER_PAGE)
            .forEach(alert -> events.add(alert.id())));

    assertThat(events).containsExactlyElementsOf(AlertPages.ids(0, 30));
    assertThat(server.arrived()).isEqualTo(4);
  }

  @Test
  void aServerThatIgnoresOffset_failsWithPaginationException_afterTheFirstPage() {
    pages.ignoreOffset = true;

    Throwable failure =
        failureOf(
            client
                .async()
                .alerts()
                .listAutoPaging(TEN_PER_PAGE)
                .forEach(alert -> events.add(alert.id())));

    assertThat(failure)
        .isInstanceOfSatisfying(
            PaginationException.class, e -> assertThat(e.offset()).isEqualTo(10));
    assertThat(events).containsExactlyElementsOf(AlertPages.ids(0, 10));
    assertThat(server.arrived()).isEqualTo(2);
  }

  @Test
  void eachForEach_startsAgainFromTheFirstPage() {
    pages.reset(15);
    AsyncAutoPager<Alert> pager = client.async().alerts().listAutoPaging(TEN_PER_PAGE);

    List<String> first = Collections.synchronizedList(new ArrayList<>());
    valueOf(pager.forEach(alert -> first.add(alert.id())));
    valueOf(pager.forEach(alert -> events.add(alert.id())));

    assertThat(events).isEqualTo(first).containsExactlyElementsOf(AlertPages.ids(0, 15));
    assertThat(server.arrived()).isEqualTo(4);
  }

  @Test
  void aConsumerThatThrows_failsTheFuture_withItsException_andStopsPaging() {
    IllegalStateException boom = new IllegalStateException("consumer failed");

    Throwable failure =
        failureOf(
            client
                .async()
                .alerts()
                .listAutoPaging(TEN_PER_PAGE)
                .forEach(
                    alert -> {
                      events.add(alert.id());
                      if (events.size() == 12) {
                        throw boom;
                      }
                    }));

    assertThat(failure).isSameAs(boom);
    assertThat(events).containsExactlyElementsOf(AlertPages.ids(0, 12));
    assertThat(server.arrived()).isEqualTo(2);
  }

  @Test
  void aConsumerThatThrowsAnError_failsTheFuture_ratherThanLeavingItPending() {
    AssertionError error = new AssertionError("an assertion in the consumer");

    Throwable failure =
        failureOf(
            client
                .async()
                .alerts()
                .listAutoPaging(TEN_PER_PAGE)
                .forEach(
                    alert -> {
                      throw error;
                    }));

    assertThat(failure).isSameAs(error);
    assertThat(server.arrived()).isEqualTo(1);
  }

  @Test
  void pagesThatCompleteAtOnce_arePagedWithoutGrowingTheStack() throws InterruptedException {
    int total =
        50_000; // one alert per page: a recursive pager would overflow the stack long before the
    // end
    List<Alert> alerts =
        IntStream.range(0, total)
            .mapToObj(n -> Alert.fromJson(AlertPages.alert(n)))
            .collect(Collectors.toList());
    AtomicInteger fetched = new AtomicInteger();
    AsyncAutoPager<Alert> pager =
        AsyncAutoPager.of(
            AlertListParams.builder().limit(1).build(),
            params -> {
              fetched.incrementAndGet();
              int offset = (int) params.offset();
              return CompletableFuture.completedFuture(
                  new AlertPage(alerts.subList(offset, offset + 1), total, params));
            });
    AtomicInteger delivered = new AtomicInteger();
    AtomicReference<CompletableFuture<Void>> done = new AtomicReference<>();
    AtomicReference<Throwable> thrown = new AtomicReference<>();

    // on a thread with a small stack, so that a pager that recursed once per page would overflow it
    Thread iterating =
        new Thread(
            null,
            () -> {
              try {
                done.set(pager.forEach(alert -> delivered.incrementAndGet()));
              } catch (Throwable e) {
                thrown.set(e);
              }
            },
            "small-stack",
            256 * 1024);
    iterating.start();
    iterating.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(thrown.get()).isNull();
    assertThat(done.get()).isCompleted();
    assertThat(delivered).hasValue(total);
    assertThat(fetched).hasValue(total);
  }
}
