package ai.cotool.sdk;

import static ai.cotool.sdk.testsupport.TestHttp.failureOf;
import static ai.cotool.sdk.testsupport.TestHttp.valueOf;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.BadRequestException;
import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.CotoolServiceException;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.errors.PermissionDeniedException;
import ai.cotool.sdk.errors.RateLimitException;
import ai.cotool.sdk.errors.UnauthorizedException;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation through {@code client.async()}: the same typed result, the same request on the
 * wire and the same exceptions as the blocking call, delivered as the future's cause; invalid
 * arguments are thrown at once.
 */
@ExtendWith(NoLeakedResponses.class)
class AsyncOperationsTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CotoolClient client;

  @BeforeEach
  void createClient() {
    client = TestHttp.clientWithoutRetries(server, sleeper).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void async_completesWithTheTypedResult(Operation op) {
    server.stubFor(op.stub().willReturn(op.success()));

    CompletableFuture<?> future = op.callAsync(client);

    op.assertResult(valueOf(future));
    assertThat(server.arrivedRequests())
        .singleElement()
        .asString()
        .startsWith(op.method + " " + op.path);
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void async_sendsExactlyTheRequestTheBlockingCallSends(Operation op) {
    server.stubFor(op.stub().willReturn(op.success()));

    op.assertResult(op.call(client));
    op.assertResult(valueOf(op.callAsync(client)));

    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(2);
    LoggedRequest blocking = requests.get(0);
    LoggedRequest async = requests.get(1);
    assertThat(async.getMethod()).isEqualTo(blocking.getMethod());
    assertThat(async.getUrl()).isEqualTo(blocking.getUrl());
    assertThat(async.getBodyAsString()).isEqualTo(blocking.getBodyAsString());
    for (String header : List.of("Authorization", "Accept", "User-Agent", "Content-Type")) {
      assertThat(async.getHeader(header)).as(header).isEqualTo(blocking.getHeader(header));
    }
    assertThat(async.getHeader("Authorization")).isEqualTo("Bearer " + TestHttp.API_KEY);
  }

  static Stream<Arguments> errorStatuses() {
    List<Arguments> cases = new ArrayList<>();
    for (Operation op : Operation.values()) {
      cases.add(Arguments.of(op, 400, BadRequestException.class));
      cases.add(Arguments.of(op, 401, UnauthorizedException.class));
      cases.add(Arguments.of(op, 403, PermissionDeniedException.class));
      cases.add(Arguments.of(op, 404, NotFoundException.class));
      cases.add(Arguments.of(op, 429, RateLimitException.class));
      cases.add(Arguments.of(op, 500, InternalServerException.class));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("errorStatuses")
  void async_errorStatus_failsWithTheBlockingCallsException(
      Operation op, int status, Class<? extends CotoolServiceException> type) {
    server.stubFor(
        op.stub()
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Request-Id", "req_" + status)
                    .withBody("{\"error\":\"status " + status + "\"}")));

    Throwable blocking = catchThrowable(() -> op.call(client));
    CompletableFuture<?> future = op.callAsync(client);
    Throwable async = failureOf(future);

    assertThat(blocking).isExactlyInstanceOf(type);
    assertThat(async).isExactlyInstanceOf(type);
    CotoolServiceException e = (CotoolServiceException) async;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorMessage()).contains("status " + status);
    assertThat(e.headers()).containsEntry("x-request-id", List.of("req_" + status));
    assertThat(e.getMessage()).isEqualTo(blocking.getMessage());
    // join() wraps the same exception in a CompletionException
    assertThatThrownBy(future::join)
        .isExactlyInstanceOf(CompletionException.class)
        .cause()
        .isSameAs(async);
    assertThat(future).isCompletedExceptionally();
    assertThat(server.arrived()).as("requests (client never retries)").isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void async_undecodableSuccessBody_failsWithCotoolInvalidDataException_keepingTheResponse(
      Operation op) {
    server.stubFor(
        op.stub()
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("<html>gateway says hi</html>")));

    Throwable blocking = catchThrowable(() -> op.call(client));
    Throwable async = failureOf(op.callAsync(client));

    assertThat(blocking).isExactlyInstanceOf(CotoolInvalidDataException.class);
    assertThat(async)
        .isExactlyInstanceOf(CotoolInvalidDataException.class)
        .hasMessage(blocking.getMessage());
    CotoolInvalidDataException e = (CotoolInvalidDataException) async;
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.body()).isEqualTo("<html>gateway says hi</html>");
  }

  @ParameterizedTest
  @EnumSource(Operation.class)
  void async_successBodyOfTheWrongShape_failsWithCotoolInvalidDataException(Operation op) {
    server.stubFor(op.stub().willReturn(okJson("[1, 2, 3]")));

    assertThat(failureOf(op.callAsync(client)))
        .isExactlyInstanceOf(CotoolInvalidDataException.class);
  }

  static Stream<Arguments> invalidCalls() {
    String notAUuid = "../../admin";
    return Stream.<Object[]>of(
            new Object[] {
              "create detection: null params",
              (Function<CotoolClient, Object>) c -> c.async().detections().create(null)
            },
            new Object[] {
              "create detection: null options",
              (Function<CotoolClient, Object>)
                  c -> c.async().detections().create(Operation.detection(), null)
            },
            new Object[] {
              "accept: id not a UUID",
              (Function<CotoolClient, Object>) c -> c.async().detections().accept(notAUuid)
            },
            new Object[] {
              "accept: null id",
              (Function<CotoolClient, Object>) c -> c.async().detections().accept((String) null)
            },
            new Object[] {
              "create destination: null params",
              (Function<CotoolClient, Object>) c -> c.async().outputDestinations().create(null)
            },
            new Object[] {
              "invoke: trigger id not a UUID",
              (Function<CotoolClient, Object>)
                  c ->
                      c.async()
                          .triggers()
                          .invoke(TriggerSource.WEBHOOK, notAUuid, Operation.payload())
            },
            new Object[] {
              "invoke: null source",
              (Function<CotoolClient, Object>)
                  c -> c.async().triggers().invoke(null, Operation.TRIGGER_ID, Operation.payload())
            },
            new Object[] {
              "invoke: UNKNOWN source",
              (Function<CotoolClient, Object>)
                  c ->
                      c.async()
                          .triggers()
                          .invoke(TriggerSource.UNKNOWN, Operation.TRIGGER_ID, Operation.payload())
            },
            new Object[] {
              "invokeWithJson: not JSON",
              (Function<CotoolClient, Object>)
                  c ->
                      c.async()
                          .triggers()
                          .invokeWithJson(
                              TriggerSource.SLACK,
                              Operation.TRIGGER_ID,
                              "{\"a\":",
                              RequestOptions.none())
            },
            new Object[] {
              "list alerts: null params",
              (Function<CotoolClient, Object>) c -> c.async().alerts().list(null)
            },
            new Object[] {
              "list alerts: null options",
              (Function<CotoolClient, Object>)
                  c -> c.async().alerts().list(AlertListParams.builder().build(), null)
            },
            new Object[] {
              "auto-paging: null params",
              (Function<CotoolClient, Object>) c -> c.async().alerts().listAutoPaging(null)
            },
            new Object[] {
              "auto-paging: null options",
              (Function<CotoolClient, Object>)
                  c -> c.async().alerts().listAutoPaging(AlertListParams.builder().build(), null)
            },
            new Object[] {
              "raw accept: id not a UUID",
              (Function<CotoolClient, Object>)
                  c ->
                      c.async()
                          .withRawResponse()
                          .detections()
                          .accept(notAUuid, RequestOptions.none())
            },
            new Object[] {
              "raw list: null params",
              (Function<CotoolClient, Object>)
                  c -> c.async().withRawResponse().alerts().list(null, RequestOptions.none())
            })
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCalls")
  void async_invalidArguments_areThrownByTheCallItself_beforeAnythingIsSent(
      String label, Function<CotoolClient, Object> call) {
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.any(anyUrl()).willReturn(okJson("{}")));

    assertThatThrownBy(() -> call.apply(client)).isInstanceOf(InvalidParameterException.class);

    assertThat(server.arrived()).isZero();
  }
}
