package ai.cotool.sdk.resources;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.BadRequestException;
import ai.cotool.sdk.errors.ConflictException;
import ai.cotool.sdk.errors.CotoolException;
import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.CotoolIoException;
import ai.cotool.sdk.errors.CotoolServiceException;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.errors.PermissionDeniedException;
import ai.cotool.sdk.errors.RateLimitException;
import ai.cotool.sdk.errors.UnauthorizedException;
import ai.cotool.sdk.errors.UnexpectedStatusCodeException;
import ai.cotool.sdk.errors.UnprocessableEntityException;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.DetectionCategory;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.TriggerSource;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error status maps to its exception with status, headers and body kept; unreadable responses
 * too.
 */
class ErrorMappingWireTest extends WireMockClientTestBase {

  /** One call of each operation: every one of them maps errors the same way. */
  static Stream<Arguments> operations() {
    return Stream.<Function<ErrorMappingWireTest, ThrowingCallable>>of(
            t ->
                () ->
                    t.client
                        .detections()
                        .create(
                            CreateDetectionParams.builder()
                                .name("n")
                                .detectionCategory(DetectionCategory.CUSTOM)
                                .systemPrompt("p")
                                .detectionQuery("q")
                                .build()),
            t -> () -> t.client.detections().accept(DETECTION_ID),
            t ->
                () ->
                    t.client
                        .outputDestinations()
                        .create(OutputDestinationParams.slack().name("s").channelIds("C").build()),
            t ->
                () ->
                    t.client.triggers().invoke(TriggerSource.WEBHOOK, TRIGGER_ID, Map.of("k", "v")),
            t -> () -> t.client.triggers().invokeWithJson(TriggerSource.SLACK, TRIGGER_ID, "{}"),
            t -> () -> t.client.alerts().list(AlertListParams.builder().build()))
        .map(Arguments::of);
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(
            400, BadRequestException.class, fixture("error-400.json"), "Invalid request body"),
        Arguments.of(
            401,
            UnauthorizedException.class,
            fixture("error-401.json"),
            "Unauthorized: invalid or revoked API key"),
        Arguments.of(
            403,
            PermissionDeniedException.class,
            fixture("error-403.json"),
            "Forbidden: your API key lacks the permissions required for this operation"),
        Arguments.of(
            404,
            NotFoundException.class,
            "{\"error\":\"Detection not found\"}",
            "Detection not found"),
        Arguments.of(
            409,
            ConflictException.class,
            "{\"error\":\"Detection already accepted\"}",
            "Detection already accepted"),
        Arguments.of(
            422,
            UnprocessableEntityException.class,
            "{\"error\":\"Unprocessable\"}",
            "Unprocessable"),
        Arguments.of(
            429,
            RateLimitException.class,
            "{\"error\":\"Too many requests\"}",
            "Too many requests"),
        Arguments.of(
            500, InternalServerException.class, fixture("error-500.json"), "Internal server error"),
        Arguments.of(
            502, InternalServerException.class, "{\"error\":\"Bad gateway\"}", "Bad gateway"),
        Arguments.of(
            503,
            InternalServerException.class,
            "{\"error\":\"Service unavailable\"}",
            "Service unavailable"),
        Arguments.of(
            418,
            UnexpectedStatusCodeException.class,
            "{\"error\":\"I'm a teapot\"}",
            "I'm a teapot"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("statuses")
  void statusMapsToItsException_keepingStatusHeadersAndBody(
      int status, Class<? extends CotoolServiceException> type, String body, String errorMessage) {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Request-Id", "req_01JBX7Q2M9TZ4R8K3WAV6N5PDE")
                    .withHeader("Retry-After", "7")
                    .withBody(body)));

    Throwable thrown =
        catchThrowable(() -> client.alerts().list(AlertListParams.builder().build()));

    assertThat(thrown).isExactlyInstanceOf(type);
    CotoolServiceException e = (CotoolServiceException) thrown;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.body()).isEqualTo(body);
    assertThat(e.response().body()).isEqualTo(body);
    assertThat(e.headers())
        .containsEntry("x-request-id", List.of("req_01JBX7Q2M9TZ4R8K3WAV6N5PDE"));
    assertThat(e.response().header("X-REQUEST-ID")).contains("req_01JBX7Q2M9TZ4R8K3WAV6N5PDE");
    assertThat(e.errorMessage()).contains(errorMessage);
    assertThat(e.getMessage()).contains(String.valueOf(status)).contains(errorMessage);
    server.verify(exactly(1), anyRequestedFor(anyUrl()));
    assertThat(sleeps).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("operations")
  void everyOperation_mapsAnErrorStatusTheSameWay(
      Function<ErrorMappingWireTest, ThrowingCallable> operation) {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody(fixture("error-403.json"))));

    Throwable thrown = catchThrowable(operation.apply(this));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            PermissionDeniedException.class,
            e -> assertThat(e.missingPerms()).containsExactly("detections:write", "agents:manage"));
  }

  @Test
  void badRequest_exposesTheValidationIssues() {
    server.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(400).withBody(fixture("error-400.json"))));

    Throwable thrown =
        catchThrowable(
            () ->
                client
                    .detections()
                    .create(
                        CreateDetectionParams.builder()
                            .name("n")
                            .detectionCategory(DetectionCategory.CUSTOM)
                            .systemPrompt("p")
                            .detectionQuery("q")
                            .build()));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.issues()).hasSize(3);
              assertThat(e.issues().get(0))
                  .containsEntry("code", "too_small")
                  .containsEntry("message", "String must contain at least 1 character(s)")
                  .containsEntry("path", List.of("detectionQuery"));
              assertThat(e.issues().get(1))
                  .containsEntry("received", "every_5_minutes")
                  .containsEntry("options", List.of("hourly", "daily", "weekly"));
              assertThat(e.issues().get(2).get("path"))
                  .asInstanceOf(InstanceOfAssertFactories.LIST)
                  .hasSize(2)
                  .first()
                  .isEqualTo("toolNames");
              assertThat(e.errorMessage()).contains("Invalid request body");
            });
  }

  @Test
  void permissionDenied_exposesTheMissingPermissions() {
    server.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(403).withBody(fixture("error-403.json"))));

    Throwable thrown = catchThrowable(() -> client.detections().accept(DETECTION_ID));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            PermissionDeniedException.class,
            e -> assertThat(e.missingPerms()).containsExactly("detections:write", "agents:manage"));
  }

  @Test
  void rateLimit_exposesRetryAfterInSeconds() {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "30")
                    .withBody("{\"error\":\"Too many requests\"}")));

    Throwable thrown =
        catchThrowable(() -> client.alerts().list(AlertListParams.builder().build()));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
  }

  @Test
  void rateLimit_prefersRetryAfterMs() {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "30")
                    .withHeader("Retry-After-Ms", "1500")
                    .withBody("{}")));

    Throwable thrown =
        catchThrowable(
            () -> client.triggers().invokeWithJson(TriggerSource.JIRA, TRIGGER_ID, "{}"));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofMillis(1500)));
  }

  @Test
  void rateLimit_withoutAHint_hasNoRetryAfter() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429)));

    Throwable thrown =
        catchThrowable(() -> client.alerts().list(AlertListParams.builder().build()));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> {
              assertThat(e.retryAfter()).isEmpty();
              assertThat(e.body()).isEmpty();
              assertThat(e.errorMessage()).isEmpty();
            });
  }

  @Test
  void
      htmlBadGatewayPage_isAnInternalServerException_withTheHtmlKeptAndOnlyAnExcerptInTheMessage() {
    String html =
        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body>\n"
            + "<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx/1.25.3</center>\n"
            + "<!-- padding -->".repeat(400)
            + "\n</body></html>\n";
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withHeader("Server", "nginx/1.25.3")
                    .withBody(html)));

    Throwable thrown =
        catchThrowable(() -> client.alerts().list(AlertListParams.builder().build()));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            InternalServerException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(502);
              assertThat(e.body()).isEqualTo(html);
              assertThat(e.headers()).containsEntry("server", List.of("nginx/1.25.3"));
              assertThat(e.errorMessage()).isEmpty();
              assertThat(e.getMessage()).startsWith("HTTP 502").contains("502 Bad Gateway");
              assertThat(e.getMessage().length()).isLessThan(300);
            });
  }

  @Test
  void nonJson200_isCotoolInvalidDataException_withTheResponseKept() {
    String html = "<html><body>Welcome to the Cotool login page</body></html>";
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(html)));

    Throwable thrown = catchThrowable(() -> client.detections().accept(DETECTION_ID));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            CotoolInvalidDataException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(200);
              assertThat(e.body()).isEqualTo(html);
              assertThat(e.headers()).containsKey("content-type");
              assertThat(e.response()).isPresent();
            });
  }

  static Stream<Arguments> unreadableBodies() {
    String created = fixture("detection-created.json");
    return Stream.of(
        Arguments.of("truncated JSON", created.substring(0, created.length() / 2)),
        Arguments.of("plain text", "OK"),
        Arguments.of("empty body", ""),
        Arguments.of("JSON null", "null"),
        Arguments.of("an array", "[]"),
        Arguments.of("a string", "\"done\""),
        Arguments.of("two documents", "{} {}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableBodies")
  void unreadable200_isCotoolInvalidDataException_forADetection(String label, String body) {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));

    Throwable thrown = catchThrowable(() -> client.detections().accept(DETECTION_ID));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            CotoolInvalidDataException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(200);
              assertThat(e.body()).isEqualTo(body);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableBodies")
  void unreadable200_isCotoolInvalidDataException_forEveryOtherOperation(
      String label, String body) {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));

    for (ThrowingCallable call :
        List.<ThrowingCallable>of(
            () ->
                client
                    .outputDestinations()
                    .create(OutputDestinationParams.slack().name("s").channelIds("C").build()),
            () -> client.triggers().invokeWithJson(TriggerSource.JIRA, TRIGGER_ID, "{}"),
            () -> client.alerts().list(AlertListParams.builder().build()))) {
      Throwable thrown = catchThrowable(call);
      assertThat(thrown)
          .as(label)
          .isInstanceOfSatisfying(
              CotoolInvalidDataException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(200);
                assertThat(e.body()).isEqualTo(body);
              });
    }
  }

  @Test
  void detectionWithAnObjectWhereTheIdStringBelongs_isCotoolInvalidDataException() {
    server.stubFor(
        any(anyUrl())
            .willReturn(aResponse().withStatus(200).withBody("{\"id\":{\"nested\":true}}")));

    Throwable thrown = catchThrowable(() -> client.detections().accept(DETECTION_ID));

    assertThat(thrown).isInstanceOf(CotoolInvalidDataException.class);
  }

  @Test
  void triggerResultOfNoKnownShape_isCotoolInvalidDataException() {
    server.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"status\":\"queued\"}")));

    Throwable thrown =
        catchThrowable(
            () -> client.triggers().invokeWithJson(TriggerSource.JIRA, TRIGGER_ID, "{}"));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            CotoolInvalidDataException.class,
            e -> assertThat(e.body()).isEqualTo("{\"status\":\"queued\"}"));
  }

  @Test
  void truncatedAlertsPage_isCotoolInvalidDataException() {
    String page = fixture("alerts-page.json");
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse().withStatus(200).withBody(page.substring(0, page.length() - 40))));

    Throwable thrown =
        catchThrowable(() -> client.alerts().list(AlertListParams.builder().build()));

    assertThat(thrown).isInstanceOf(CotoolInvalidDataException.class);
  }

  @Test
  void bodyCutOffMidTransfer_isCotoolIoException() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

    Throwable thrown =
        catchThrowable(() -> client.alerts().list(AlertListParams.builder().build()));

    assertThat(thrown).isInstanceOf(CotoolIoException.class);
  }

  @Test
  void connectionResetOrEmptyResponse_isCotoolIoException() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThat(catchThrowable(() -> client.detections().accept(DETECTION_ID)))
        .isInstanceOf(CotoolIoException.class);

    server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    assertThat(catchThrowable(() -> client.detections().accept(DETECTION_ID)))
        .isInstanceOf(CotoolIoException.class);
  }

  @Test
  void responseLargerThanTheCap_isCotoolInvalidDataException() {
    server.stubFor(
        any(anyUrl())
            .willReturn(aResponse().withStatus(200).withBody(fixture("detection-accepted.json"))));

    try (var small = clientBuilder().maxResponseBytes(512).build()) {
      Throwable thrown = catchThrowable(() -> small.detections().accept(DETECTION_ID));
      assertThat(thrown).isInstanceOf(CotoolInvalidDataException.class);
    }
  }

  @Test
  void maxResponseBytesOfLongMaxValue_meansNoPracticalLimit() {
    server.stubFor(
        any(anyUrl())
            .willReturn(aResponse().withStatus(200).withBody(fixture("detection-accepted.json"))));

    try (var unlimited = clientBuilder().maxResponseBytes(Long.MAX_VALUE).build()) {
      assertThat(unlimited.detections().accept(DETECTION_ID).id())
          .isEqualTo("e4eb7910-b6be-49a4-bf00-963618b7c587");
    }
  }

  @Test
  void wrongShapeBody_letsNothingFromTheGeneratedLayerOkHttpOrGsonEscape() {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse().withStatus(200).withBody("{\"alerts\":{},\"totalCount\":\"x\"}")));

    Throwable thrown =
        catchThrowable(() -> client.alerts().list(AlertListParams.builder().build()));

    assertThat(thrown).isInstanceOf(CotoolException.class);
  }
}
