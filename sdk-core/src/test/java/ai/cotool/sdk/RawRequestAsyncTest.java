package ai.cotool.sdk;

import static ai.cotool.sdk.testsupport.TestHttp.failureOf;
import static ai.cotool.sdk.testsupport.TestHttp.valueOf;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.CotoolTimeoutException;
import ai.cotool.sdk.errors.HttpResponseInfo;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.resources.AlertsResource;
import ai.cotool.sdk.resources.AlertsResourceAsync;
import ai.cotool.sdk.resources.DetectionsResource;
import ai.cotool.sdk.resources.DetectionsResourceAsync;
import ai.cotool.sdk.resources.OutputDestinationsResource;
import ai.cotool.sdk.resources.OutputDestinationsResourceAsync;
import ai.cotool.sdk.resources.TriggersResource;
import ai.cotool.sdk.resources.TriggersResourceAsync;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code client.async().request(RawRequest)}: the blocking call's results and exceptions (as the
 * cause), retries and deadline, without blocking; and the default methods a hand-written fake
 * inherits.
 */
@ExtendWith(NoLeakedResponses.class)
class RawRequestAsyncTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CotoolClient client;

  @BeforeEach
  void createClient() {
    client = TestHttp.client(server, sleeper).maxRetries(2).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  @Test
  void async_completesWithTheResponse() throws Exception {
    server.stubFor(
        any(anyUrl())
            .willReturn(json(201, "{\"id\":\"log_1\"}").withHeader("X-Request-Id", "req_1")));

    RawResponse response =
        valueOf(
            client
                .async()
                .request(
                    RawRequest.post("/api/audit-logs/exports")
                        .body(Map.of("format", "csv"))
                        .build()));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.requestId()).contains("req_1");
    assertThat(response.json()).isEqualTo(Map.of("id", "log_1"));
    assertThat(server.getAllServeEvents().get(0).getRequest().getBodyAsString())
        .isEqualTo("{\"format\":\"csv\"}");
  }

  @Test
  void async_failsWithTheBlockingCallsException() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(json(404, "{\"error\":\"No such log\"}")));
    RawRequest request = RawRequest.get("/api/audit-logs/{id}").pathParam("id", "nope").build();

    Throwable blocking = catchThrowable(() -> client.request(request));
    Throwable async = failureOf(client.async().request(request));

    assertThat(async)
        .isExactlyInstanceOf(NotFoundException.class)
        .hasMessage(blocking.getMessage());
    assertThat(((NotFoundException) async).body()).isEqualTo("{\"error\":\"No such log\"}");
  }

  @Test
  void async_retriesAGetOn503_butNotADelete() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(json(503, "{}")));

    Throwable get = failureOf(client.async().request(RawRequest.get("/api/audit-logs").build()));
    int getAttempts = server.arrived();
    server.forgetRequests();
    Throwable delete =
        failureOf(
            client
                .async()
                .request(RawRequest.delete("/api/audit-logs/{id}").pathParam("id", "1").build()));

    assertThat(get).isInstanceOf(InternalServerException.class);
    assertThat(getAttempts).isEqualTo(3);
    assertThat(delete).isInstanceOf(InternalServerException.class);
    assertThat(server.arrived()).isEqualTo(1);
    assertThat(sleeper.delays()).hasSize(2);
  }

  @Test
  void async_keepsTheDeadline() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(json(200, "{}").withFixedDelay(5_000)));

    Throwable thrown =
        failureOf(
            client
                .async()
                .request(
                    RawRequest.get("/api/audit-logs").build(),
                    RequestOptions.builder().timeout(Duration.ofMillis(300)).build()));

    assertThat(thrown).isInstanceOf(CotoolTimeoutException.class);
  }

  @Test
  void async_invalidArguments_areThrownByTheCallItself_beforeAnythingIsSent() {
    RawRequest request = RawRequest.get("/api/audit-logs").queryParam("limit", "5").build();

    assertThat(catchThrowable(() -> client.async().request(null)))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(catchThrowable(() -> client.async().request(request, null)))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(
            catchThrowable(
                () ->
                    client
                        .async()
                        .request(
                            request, RequestOptions.builder().queryParam("limit", "9").build())))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(catchThrowable(() -> client.request(null)))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(server.arrived()).isZero();
  }

  // --- fakes
  // --------------------------------------------------------------------------------------------------------

  /** A user's fake written before raw requests existed: it still compiles. */
  static class OldFake implements CotoolClient {
    @Override
    public DetectionsResource detections() {
      return null;
    }

    @Override
    public OutputDestinationsResource outputDestinations() {
      return null;
    }

    @Override
    public ai.cotool.sdk.resources.AgentsResource agents() {

      return null; // not used by this test
    }

    @Override
    public TriggersResource triggers() {
      return null;
    }

    @Override
    public AlertsResource alerts() {
      return null;
    }

    @Override
    public void close() {}
  }

  static class OldAsyncFake implements CotoolClientAsync {
    @Override
    public DetectionsResourceAsync detections() {
      return null;
    }

    @Override
    public OutputDestinationsResourceAsync outputDestinations() {
      return null;
    }

    @Override
    public ai.cotool.sdk.resources.AgentsResourceAsync agents() {

      return null; // not used by this test
    }

    @Override
    public TriggersResourceAsync triggers() {
      return null;
    }

    @Override
    public AlertsResourceAsync alerts() {
      return null;
    }

    @Override
    public WithRawResponse withRawResponse() {
      return null;
    }
  }

  @Test
  void aFakeWithoutRawRequests_throwsUnsupportedOperationException_namingItself() {
    RawRequest request = RawRequest.get("/api/audit-logs").build();

    assertThat(catchThrowable(() -> new OldFake().request(request)))
        .isExactlyInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining(OldFake.class.getName());
    assertThat(catchThrowable(() -> new OldAsyncFake().request(request)))
        .isExactlyInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining(OldAsyncFake.class.getName());
  }

  @Test
  void aFakeOverridingTheFullOverload_servesTheShortOneToo() throws Exception {
    RawResponse canned = new RawResponse(new HttpResponseInfo(200, Map.of(), "{\"auditLogs\":[]}"));
    CotoolClient fake =
        new OldFake() {
          @Override
          public RawResponse request(RawRequest request, RequestOptions options) {
            return canned;
          }
        };
    CotoolClientAsync asyncFake =
        new OldAsyncFake() {
          @Override
          public CompletableFuture<RawResponse> request(
              RawRequest request, RequestOptions options) {
            return CompletableFuture.completedFuture(canned);
          }
        };

    assertThat(fake.request(RawRequest.get("/api/audit-logs").build()).json())
        .isEqualTo(Map.of("auditLogs", List.of()));
    assertThat(valueOf(asyncFake.request(RawRequest.get("/api/audit-logs").build())))
        .isSameAs(canned);
  }
}
