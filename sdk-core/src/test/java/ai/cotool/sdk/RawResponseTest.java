package ai.cotool.sdk;

import static ai.cotool.sdk.testsupport.TestHttp.failureOf;
import static ai.cotool.sdk.testsupport.TestHttp.valueOf;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code withRawResponse()}, blocking and async, for every operation: the status, headers and
 * request id the server sent, with the same typed result as the plain call. Errors are the plain
 * call's exceptions.
 */
@ExtendWith(NoLeakedResponses.class)
class RawResponseTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  private CotoolClient client;

  @BeforeEach
  void createClient() {
    client = TestHttp.clientWithoutRetries(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  /** Creates answer 201, reads 200: the raw response shows which. */
  private static int statusFor(Operation op) {
    return op.isPost() ? 201 : 200;
  }

  private static ResponseDefinitionBuilder successWithHeaders(Operation op) {
    return op.success()
        .withStatus(statusFor(op))
        .withHeader("X-Request-Id", "req_01JBX7Q2M9TZ4R8K3WAV6N5PDE")
        .withHeader("X-RateLimit-Remaining", "42");
  }

  private static void assertRaw(Operation op, ApiResponse<?> response) {
    assertThat(response.statusCode()).isEqualTo(statusFor(op));
    assertThat(response.requestId()).contains("req_01JBX7Q2M9TZ4R8K3WAV6N5PDE");
    assertThat(response.header("X-RATELIMIT-REMAINING")).contains("42");
    assertThat(response.headers())
        .containsEntry("x-ratelimit-remaining", List.of("42"))
        .containsEntry("content-type", List.of("application/json"));
    assertThat(response.response().body()).isEqualTo(op.successBody);
    op.assertResult(response.data());
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void blockingRaw_hasStatusHeadersRequestIdAndTheTypedResult(Operation op) {
    server.stubFor(op.stub().willReturn(successWithHeaders(op)));

    assertRaw(op, op.callRaw(client, RequestOptions.none()));
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#withRawAsync")
  void asyncRaw_hasStatusHeadersRequestIdAndTheTypedResult(Operation op) {
    server.stubFor(op.stub().willReturn(successWithHeaders(op)));

    assertRaw(op, valueOf(op.callRawAsync(client, RequestOptions.none())));
  }

  @ParameterizedTest
  @EnumSource(
      value = Operation.class,
      names = {"LIST_ALERTS", "CREATE_DETECTION"})
  void requestId_fallsBackToTheRequestIdHeader(Operation op) {
    server.stubFor(op.stub().willReturn(op.success().withHeader("Request-Id", "req_fallback")));

    assertThat(op.callRaw(client, RequestOptions.none()).requestId()).contains("req_fallback");
    assertThat(valueOf(op.callRawAsync(client, RequestOptions.none())).requestId())
        .contains("req_fallback");
  }

  @ParameterizedTest
  @EnumSource(
      value = Operation.class,
      names = {"LIST_ALERTS", "CREATE_DETECTION"})
  void requestId_isEmptyWhenTheServerSentNone(Operation op) {
    server.stubFor(op.stub().willReturn(op.success()));

    ApiResponse<?> blocking = op.callRaw(client, RequestOptions.none());
    ApiResponse<?> async = valueOf(op.callRawAsync(client, RequestOptions.none()));

    assertThat(blocking.requestId()).isEmpty();
    assertThat(async.requestId()).isEmpty();
    assertThat(async.toString()).contains("requestId=none").contains("status=200");
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void raw_anErrorStatus_throwsThePlainCallsException(Operation op) {
    server.stubFor(
        op.stub()
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("X-Request-Id", "req_missing")
                    .withBody("{\"error\":\"Not found\"}")));

    Throwable blocking = catchThrowable(() -> op.callRaw(client, RequestOptions.none()));

    assertThat(blocking)
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.response().header("x-request-id")).contains("req_missing"));
    if (op.hasRawAsync()) {
      assertThat(failureOf(op.callRawAsync(client, RequestOptions.none())))
          .isExactlyInstanceOf(NotFoundException.class)
          .hasMessage(blocking.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("ai.cotool.sdk.testsupport.Operation#withRawAsync")
  void raw_appliesRequestOptionsLikeThePlainCall(Operation op) {
    server.stubFor(op.stub().willReturn(successWithHeaders(op)));
    RequestOptions options =
        RequestOptions.builder().header("X-Trace-Id", "raw-1").queryParam("debug", "1").build();

    assertRaw(op, op.callRaw(client, options));
    assertRaw(op, valueOf(op.callRawAsync(client, options)));

    assertThat(
            server.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                    com.github.tomakehurst.wiremock.client.WireMock.anyUrl())))
        .hasSize(2)
        .allSatisfy(
            request -> {
              assertThat(request.getHeader("X-Trace-Id")).isEqualTo("raw-1");
              assertThat(request.queryParameter("debug").values()).containsExactly("1");
            });
  }
}
