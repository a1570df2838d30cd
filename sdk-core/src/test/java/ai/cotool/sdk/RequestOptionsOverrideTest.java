package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.testsupport.AlertPages;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.ManualClock;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RequestOptions} override the client's settings for one call, blocking or async, and an
 * auto-pager (either kind) sends every page with them. Checked on WireMock's request log.
 */
@ExtendWith(NoLeakedResponses.class)
class RequestOptionsOverrideTest {
  private static final AlertPages pages = new AlertPages();

  @RegisterExtension
  static final CountingServer server = CountingServer.create(options -> options.extensions(pages));

  private final ManualClock clock = new ManualClock();
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  /** The two ways of calling an operation. */
  enum Mode {
    BLOCKING {
      @Override
      Object send(Operation op, CotoolClient client, RequestOptions options) {
        return op.call(client, options);
      }
    },
    ASYNC {
      @Override
      Object send(Operation op, CotoolClient client, RequestOptions options) {
        return TestHttp.valueOf(op.callAsync(client, options));
      }
    };

    abstract Object send(Operation op, CotoolClient client, RequestOptions options);

    /**
     * Sends, and returns the failure (unwrapped from the future for async calls), or null on
     * success.
     */
    Throwable failure(Operation op, CotoolClient client, RequestOptions options) {
      if (this == ASYNC) {
        CompletableFuture<?> future = op.callAsync(client, options);
        return TestHttp.valueOf(future.handle((value, error) -> error));
      }
      try {
        op.call(client, options);
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    }
  }

  private CotoolClient.Builder client() {
    return TestHttp.clientWithoutRetries(server, sleeper).clock(clock);
  }

  private static List<LoggedRequest> requests() {
    return server.findAll(anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void maxRetries_raisedForOneCall_overClientsZero(Mode mode) {
    server.stubFor(Operation.LIST_ALERTS.stub().willReturn(aResponse().withStatus(503)));

    try (CotoolClient client = client().maxRetries(0).build()) {
      mode.failure(Operation.LIST_ALERTS, client, RequestOptions.builder().maxRetries(2).build());
    }

    assertThat(server.arrived()).isEqualTo(3);
    assertThat(mode == Mode.ASYNC ? sleeper.asyncWaits() : sleeper.blockingWaits()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void maxRetries_zeroForOneCall_overClientsThree(Mode mode) {
    server.stubFor(Operation.LIST_ALERTS.stub().willReturn(aResponse().withStatus(503)));

    try (CotoolClient client = client().maxRetries(3).build()) {
      mode.failure(Operation.LIST_ALERTS, client, RequestOptions.builder().maxRetries(0).build());
    }

    assertThat(server.arrived()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void timeout_shorterForOneCall_endsTheRetriesSooner(Mode mode) {
    // each 503 asks for one second: a 1.5 s deadline leaves room for two attempts, the client's 2
    // min for all 11
    server.stubFor(
        Operation.LIST_ALERTS
            .stub()
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After-Ms", "1000")));

    try (CotoolClient client = client().maxRetries(10).build()) {
      mode.failure(
          Operation.LIST_ALERTS,
          client,
          RequestOptions.builder().timeout(Duration.ofMillis(1500)).build());
    }

    assertThat(server.arrived()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void timeout_longerForOneCall_allowsMoreRetriesThanTheClients(Mode mode) {
    server.stubFor(
        Operation.LIST_ALERTS
            .stub()
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After-Ms", "1000")));

    try (CotoolClient client = client().maxRetries(10).timeout(Duration.ofMillis(1500)).build()) {
      mode.failure(
          Operation.LIST_ALERTS,
          client,
          RequestOptions.builder().timeout(Duration.ofMillis(3500)).build());
    }

    assertThat(server.arrived()).isEqualTo(4);
  }

  static Stream<Arguments> everyOperationBothWays() {
    List<Arguments> cases = new ArrayList<>();
    for (Operation op : Operation.values()) {
      for (Mode mode : Mode.values()) {
        cases.add(Arguments.of(op, mode));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyOperationBothWays")
  void extraHeadersAndQueryParameters_areSent_besideTheOperationsOwn(Operation op, Mode mode) {
    server.stubFor(op.stub().willReturn(op.success()));
    RequestOptions options =
        RequestOptions.builder()
            .header("X-Trace-Id", "trace-7")
            .header("X-Tenant", "acme corp")
            .queryParam("debug", "true")
            .queryParam("note", "a b&c=d")
            .build();

    try (CotoolClient client = client().build()) {
      op.assertResult(mode.send(op, client, options));
    }

    LoggedRequest request = requests().get(0);
    assertThat(request.getHeader("X-Trace-Id")).isEqualTo("trace-7");
    assertThat(request.getHeader("X-Tenant")).isEqualTo("acme corp");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TestHttp.API_KEY);
    assertThat(request.queryParameter("debug").values()).containsExactly("true");
    assertThat(request.queryParameter("note").values()).containsExactly("a b&c=d");
    assertThat(request.getUrl()).startsWith(op.path + "?");
    if (op == Operation.LIST_ALERTS) {
      assertThat(request.queryParameter("limit").values()).containsExactly("6");
    }
  }

  // --- auto-pagers
  // ----------------------------------------------------------------------------------------------

  /**
   * Filters, 10 per page, and an offset set explicitly, so that every page sends its own limit and
   * offset.
   */
  private static final AlertListParams PAGED =
      AlertListParams.builder().limit(10).offset(0).build();

  /** Options for every page: a header, a query parameter added to the pager's own, and a retry. */
  private static final RequestOptions PAGE_OPTIONS =
      RequestOptions.builder()
          .header("X-Trace-Id", "trace-9")
          .queryParam("debug", "true")
          .maxRetries(1)
          .build();

  private void stubPages() {
    pages.reset(25);
    pages.failOnceAtOffset =
        10; // page 2 fails once: only the per-request maxRetries(1) gets past it
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(aResponse().withTransformers(AlertPages.NAME)));
  }

  private static void assertEveryPageCarriedTheOptions() {
    List<LoggedRequest> requests = requests();
    List<String> offsets = new ArrayList<>();
    for (LoggedRequest request : requests) {
      assertThat(request.getHeader("X-Trace-Id")).as(request.getUrl()).isEqualTo("trace-9");
      assertThat(request.queryParameter("debug").values())
          .as(request.getUrl())
          .containsExactly("true");
      assertThat(request.queryParameter("limit").values())
          .as(request.getUrl())
          .containsExactly("10");
      offsets.addAll(request.queryParameter("offset").values());
    }
    // three pages, the second one sent twice
    assertThat(offsets).containsExactlyInAnyOrder("0", "10", "10", "20");
    assertThat(server.arrivedRequests())
        .containsExactly(
            "GET /api/alerts?limit=10&offset=0&debug=true",
                "GET /api/alerts?limit=10&offset=10&debug=true",
            "GET /api/alerts?limit=10&offset=10&debug=true",
                "GET /api/alerts?limit=10&offset=20&debug=true");
  }

  @Test
  void theBlockingAutoPager_sendsEveryPageWithTheOptions() {
    stubPages();
    List<String> ids = new ArrayList<>();

    try (CotoolClient client = client().maxRetries(0).build()) {
      for (Alert alert : client.alerts().listAutoPaging(PAGED, PAGE_OPTIONS)) {
        ids.add(alert.id());
      }
    }

    assertThat(ids).containsExactlyElementsOf(AlertPages.ids(0, 25));
    assertEveryPageCarriedTheOptions();
  }

  @Test
  void theAsyncAutoPager_sendsEveryPageWithTheOptions() {
    stubPages();
    List<String> ids = new ArrayList<>();
    Consumer<Alert> collect =
        alert -> ids.add(alert.id()); // one page at a time: never concurrently

    try (CotoolClient client = client().maxRetries(0).build()) {
      TestHttp.valueOf(
          client.async().alerts().listAutoPaging(PAGED, PAGE_OPTIONS).forEach(collect));
    }

    assertThat(ids).containsExactlyElementsOf(AlertPages.ids(0, 25));
    assertEveryPageCarriedTheOptions();
  }
}
