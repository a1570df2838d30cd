package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.BadRequestException;
import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.CotoolIoException;
import ai.cotool.sdk.errors.CotoolTimeoutException;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.errors.UnauthorizedException;
import ai.cotool.sdk.errors.UnexpectedStatusCodeException;
import ai.cotool.sdk.models.AlertList;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.SharedHttp;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code client.request(RawRequest)} against WireMock: what reaches the server for each method,
 * path value and query, and that the typed calls' pipeline applies: API key, retries by method,
 * deadline, size cap, typed errors and redaction. Every request the client sends is also recorded
 * as OkHttp sent it (its encoded path and query).
 */
@ExtendWith(NoLeakedResponses.class)
class RawRequestWireTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  /** A canary: no message or {@code toString()} may show it. */
  static final String API_KEY = "ck_live_RAWCANARY_8d1f0b6a2c4e";

  private static final String DETECTION =
      "{\"id\":\"bba60bbb-cfcd-484b-b936-d253779243a8\",\"name\":\"Sudoers\","
          + "\"riskScore\":87}";

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  /** The encoded path and query of each request, as OkHttp put them on the wire. */
  private final List<String> sent = new CopyOnWriteArrayList<>();

  private final OkHttpClient http =
      SharedHttp.CLIENT
          .newBuilder()
          .addNetworkInterceptor(
              chain -> {
                okhttp3.HttpUrl url = chain.request().url();
                sent.add(
                    chain.request().method()
                        + " "
                        + url.encodedPath()
                        + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery()));
                return chain.proceed(chain.request());
              })
          .build();
  private final List<CotoolClient> clients = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeClients() {
    clients.forEach(CotoolClient::close);
  }

  /** Two retries (three attempts), waits recorded instead of slept. */
  private CotoolClient client() {
    return client(CotoolClient.builder());
  }

  private CotoolClient client(CotoolClient.Builder builder) {
    Sleeper recording = sleeps::add;
    CotoolClient client =
        builder
            .apiKey(API_KEY)
            .baseUrl(server.loopbackUrl())
            .httpClient(http)
            .sleeper(recording)
            .maxRetries(2)
            .build();
    clients.add(client);
    return client;
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static void answerEverything(ResponseDefinitionBuilder response) {
    server.stubFor(any(anyUrl()).willReturn(response));
  }

  private static List<LoggedRequest> received() {
    return server.findAll(anyRequestedFor(anyUrl()));
  }

  private static RawRequest.Builder request(String method, String template) {
    return switch (method) {
      case "GET" -> RawRequest.get(template);
      case "POST" -> RawRequest.post(template);
      case "PUT" -> RawRequest.put(template);
      case "PATCH" -> RawRequest.patch(template);
      case "DELETE" -> RawRequest.delete(template);
      default -> throw new IllegalArgumentException(method);
    };
  }

  // --- on the wire
  // --------------------------------------------------------------------------------------------------

  @Test
  void get_sendsPathAndQueryWithTheClientsHeaders_andReturnsStatusHeadersAndBody() {
    answerEverything(
        json(200, "{\"auditLogs\":[],\"nextCursor\":null}").withHeader("X-Request-Id", "req_9"));

    RawResponse response =
        client()
            .request(
                RawRequest.get("/api/audit-logs")
                    .queryParam("limit", "50")
                    .queryParam("actor", "ana@example.com")
                    .build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.requestId()).contains("req_9");
    assertThat(response.header("content-type")).contains("application/json");
    assertThat(response.body()).isEqualTo("{\"auditLogs\":[],\"nextCursor\":null}");
    assertThat(sent).containsExactly("GET /api/audit-logs?limit=50&actor=ana%40example.com");
    LoggedRequest request = received().get(0);
    assertThat(request.getUrl()).isEqualTo("/api/audit-logs?limit=50&actor=ana%40example.com");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).startsWith("cotool-java/");
    assertThat(request.getBody()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void eachWrite_sendsItsMethodAndJsonBody(String method) {
    answerEverything(json(200, "{\"ok\":true}"));

    RawResponse response =
        client()
            .request(
                request(method, "/api/detections/{id}")
                    .pathParam("id", "d-1")
                    .body(Map.of("enabled", false))
                    .build());

    assertThat(response.json()).isEqualTo(Map.of("ok", true));
    LoggedRequest request = received().get(0);
    assertThat(request.getMethod().getName()).isEqualTo(method);
    assertThat(request.getUrl()).isEqualTo("/api/detections/d-1");
    assertThat(request.getBodyAsString()).isEqualTo("{\"enabled\":false}");
    assertThat(request.getHeader("Content-Type")).matches("application/json; charset=(?i:utf-8)");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "DELETE"})
  void aWriteWithoutBody_sendsAnEmptyOne(String method) {
    answerEverything(aResponse().withStatus(204));

    RawResponse response =
        client()
            .request(
                request(method, "/api/detections/{id}/archive").pathParam("id", "d-1").build());

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    assertThat(received().get(0).getHeader("Content-Length")).isEqualTo("0");
    assertThat(received().get(0).getMethod().getName()).isEqualTo(method);
  }

  @Test
  void pathValues_reachTheServerInsideTheirOneSegment() {
    answerEverything(json(200, "{}"));
    CotoolClient client = client();
    List<String> values =
        List.of(
            "a/b",
            "../../admin",
            "..%2Fadmin",
            "x?admin=true#frag",
            "..;",
            "a\\b",
            "é ü",
            "a+b:c@d=e,f!$&'()*~");

    for (String value : values) {
      client.request(RawRequest.get("/api/audit-logs/{id}/entries").pathParam("id", value).build());
    }

    List<String> expected =
        List.of(
            "/api/audit-logs/a%2Fb/entries",
            "/api/audit-logs/..%2F..%2Fadmin/entries",
            "/api/audit-logs/..%252Fadmin/entries",
            "/api/audit-logs/x%3Fadmin=true%23frag/entries",
            "/api/audit-logs/..%3B/entries",
            "/api/audit-logs/a%5Cb/entries",
            "/api/audit-logs/%C3%A9%20%C3%BC/entries",
            "/api/audit-logs/a+b:c@d=e,f!$&'()*~/entries");
    assertThat(sent)
        .containsExactlyElementsOf(expected.stream().map(path -> "GET " + path).toList());
    assertThat(received())
        .extracting(LoggedRequest::getUrl)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void queryValues_arePercentEncoded_inTheOrderGiven_withRepeatsAndTheOptionsAfter() {
    answerEverything(json(200, "{}"));

    client()
        .request(
            RawRequest.get("/api/audit-logs")
                .queryParam("q", "a b&c=d#e+f")
                .queryParam("tag", "x")
                .queryParam("tag", "é")
                .build(),
            RequestOptions.builder().queryParam("debug", "1").build());

    assertThat(sent)
        .containsExactly("GET /api/audit-logs?q=a%20b%26c%3Dd%23e%2Bf&tag=x&tag=%C3%A9&debug=1");
    assertThat(received().get(0).queryParameter("q").firstValue()).isEqualTo("a b&c=d#e+f");
    assertThat(received().get(0).queryParameter("tag").values()).containsExactly("x", "é");
  }

  @Test
  void anOptionsQueryParamNamedLikeOneOfTheRequests_isRefusedBeforeSending() {
    Throwable thrown =
        catchThrowable(
            () ->
                client()
                    .request(
                        RawRequest.get("/api/audit-logs").queryParam("limit", "5").build(),
                        RequestOptions.builder().queryParam("limit", "500").build()));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> assertThat(e.field()).isEqualTo("queryParams.limit"));
    assertThat(server.arrived()).isZero();
  }

  @Test
  void optionsHeaders_areSent_soAnAcceptCanAskForAnotherType() {
    answerEverything(okForContentType("text/csv", "id,actor\n1,ana\n"));

    RawResponse response =
        client()
            .request(
                RawRequest.get("/api/audit-logs/export").build(),
                RequestOptions.builder()
                    .header("Accept", "text/csv")
                    .header("X-Correlation-Id", "inc-1")
                    .build());

    assertThat(response.body()).isEqualTo("id,actor\n1,ana\n");
    assertThat(received().get(0).getHeader("Accept")).isEqualTo("text/csv");
    assertThat(received().get(0).getHeader("X-Correlation-Id")).isEqualTo("inc-1");
  }

  // --- reading the body
  // ---------------------------------------------------------------------------------------------

  @Test
  void aNonJsonOrEmptySuccess_isReturned_andOnlyItsDecodingFails_withTheResponseKept() {
    answerEverything(
        aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody("accepted"));
    RawResponse text = client().request(RawRequest.post("/api/audit-logs/rotate").build());
    server.clear();
    answerEverything(aResponse().withStatus(204));
    RawResponse empty =
        client().request(RawRequest.delete("/api/audit-logs/{id}").pathParam("id", "1").build());

    assertThat(text.body()).isEqualTo("accepted");
    assertThat(empty.body()).isEmpty();
    for (RawResponse response : List.of(text, empty)) {
      for (Throwable thrown :
          List.of(
              catchThrowable(response::json),
              catchThrowable(() -> response.bodyAs(Detection.class)))) {
        assertThat(thrown).isExactlyInstanceOf(CotoolInvalidDataException.class);
        CotoolInvalidDataException e = (CotoolInvalidDataException) thrown;
        assertThat(e.statusCode()).isEqualTo(response.statusCode());
        assertThat(e.body()).isEqualTo(response.body());
      }
    }
    assertThat(catchThrowable(empty::json)).hasMessage("Response body is empty (HTTP 204)");
  }

  @Test
  @SuppressWarnings("unchecked") // isInstanceOfSatisfying(Map.class, ...) hands over a raw Map
  void json_readsPlainJavaValues_inTheOrderReceived() {
    answerEverything(
        json(200, "{\"b\":1,\"a\":[true,null,\"x\",2.5],\"c\":{\"d\":12345678901234567890}}"));

    Object value = client().request(RawRequest.get("/api/audit-logs").build()).json();

    assertThat(value)
        .isInstanceOfSatisfying(
            Map.class,
            map -> {
              assertThat(map.keySet()).containsExactly("b", "a", "c");
              List<Object> list = new ArrayList<>((List<?>) map.get("a"));
              assertThat(list).hasSize(4);
              assertThat(list.subList(0, 3)).containsExactly(true, null, "x");
              assertThat(list.get(3)).isInstanceOf(Number.class).hasToString("2.5");
              assertThat(((Map<?, ?>) map.get("c")).get("d")).hasToString("12345678901234567890");
              assertThat(catchThrowable(() -> map.put("e", 1)))
                  .isInstanceOf(UnsupportedOperationException.class);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1} {}", "{\"a\":", "[1,]", "{'a':1}", "NaN"})
  void json_ofAnythingButOneStrictJsonValue_isInvalidData(String body) {
    answerEverything(json(200, body));

    RawResponse response = client().request(RawRequest.get("/api/audit-logs").build());

    assertThat(catchThrowable(response::json))
        .isExactlyInstanceOf(CotoolInvalidDataException.class);
  }

  @Test
  void bodyAs_readsAModelAsItsTypedCallWould_unknownPropertiesKept() {
    answerEverything(json(200, DETECTION));

    RawResponse response =
        client().request(RawRequest.get("/api/detections/{id}").pathParam("id", "x").build());
    Detection detection = response.bodyAs(Detection.class);

    assertThat(detection.id()).isEqualTo("bba60bbb-cfcd-484b-b936-d253779243a8");
    assertThat(detection.name()).contains("Sudoers");
    assertThat(detection.additionalProperties()).containsKey("riskScore");
    assertThat(catchThrowable(() -> response.bodyAs(TriggerResult.class)))
        .isExactlyInstanceOf(CotoolInvalidDataException.class);
  }

  @Test
  void bodyAs_readsASealedModel() {
    answerEverything(json(200, "{\"executionId\":\"exec-1\"}"));

    RawResponse response =
        client().request(RawRequest.post("/api/trigger/webhook/{id}").pathParam("id", "t").build());

    assertThat(response.bodyAs(TriggerResult.class)).isEqualTo(new TriggerResult.Started("exec-1"));
  }

  @Test
  void bodyAs_theWrongShape_isInvalidData_andAClassThatIsNoResponseModel_isRefused() {
    answerEverything(json(200, "[1,2]"));
    RawResponse response = client().request(RawRequest.get("/api/audit-logs").build());

    Throwable wrongShape = catchThrowable(() -> response.bodyAs(AlertList.class));
    Throwable notAModel = catchThrowable(() -> response.bodyAs(CreateDetectionParams.class));

    assertThat(wrongShape).isExactlyInstanceOf(CotoolInvalidDataException.class);
    assertThat(((CotoolInvalidDataException) wrongShape).body()).isEqualTo("[1,2]");
    assertThat(notAModel)
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("model"));
  }

  // --- errors
  // -------------------------------------------------------------------------------------------------------

  @Test
  void errorStatuses_throwTheTypedCallsExceptions_withStatusHeadersAndBody() {
    CotoolClient client = client();
    answerEverything(
        json(404, "{\"error\":\"Audit log not found\"}").withHeader("X-Request-Id", "req_404"));

    Throwable notFound =
        catchThrowable(
            () ->
                client.request(
                    RawRequest.get("/api/audit-logs/{id}").pathParam("id", "missing").build()));

    assertThat(notFound)
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.headers()).containsEntry("x-request-id", List.of("req_404"));
              assertThat(e.body()).isEqualTo("{\"error\":\"Audit log not found\"}");
              assertThat(e.errorMessage()).contains("Audit log not found");
            });

    server.clear();
    answerEverything(
        json(
            400,
            "{\"error\":\"Invalid\",\"issues\":[{\"path\":[\"limit\"],\"message\":\"too big\"}]}"));
    assertThat(catchThrowable(() -> client.request(RawRequest.get("/api/audit-logs").build())))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.issues()).hasSize(1));

    server.clear();
    answerEverything(aResponse().withStatus(401));
    assertThat(
            catchThrowable(
                () ->
                    client.request(
                        RawRequest.delete("/api/audit-logs/{id}").pathParam("id", "1").build())))
        .isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void aRedirectOfAWrite_isNotFollowed() {
    answerEverything(aResponse().withStatus(307).withHeader("Location", "/api/elsewhere"));

    Throwable thrown =
        catchThrowable(
            () ->
                client()
                    .request(
                        RawRequest.put("/api/detections/{id}")
                            .pathParam("id", "1")
                            .jsonBody("{}")
                            .build()));

    assertThat(thrown)
        .isInstanceOf(UnexpectedStatusCodeException.class)
        .hasMessageContaining("not followed");
    assertThat(server.arrived()).isEqualTo(1);
  }

  // --- retries
  // ------------------------------------------------------------------------------------------------------

  private static void failTwiceThenSucceed(ResponseDefinitionBuilder failure) {
    server.stubFor(
        any(urlPathMatching("/api/.*"))
            .inScenario("flaky")
            .whenScenarioStateIs("Started")
            .willSetStateTo("failed once")
            .willReturn(failure));
    server.stubFor(
        any(urlPathMatching("/api/.*"))
            .inScenario("flaky")
            .whenScenarioStateIs("failed once")
            .willSetStateTo("failed twice")
            .willReturn(failure));
    server.stubFor(
        any(urlPathMatching("/api/.*"))
            .inScenario("flaky")
            .whenScenarioStateIs("failed twice")
            .willReturn(json(200, "{}")));
  }

  @Test
  void aGet_isRetriedOn503_likeEveryRead() {
    failTwiceThenSucceed(json(503, "{\"error\":\"unavailable\"}"));

    RawResponse response = client().request(RawRequest.get("/api/audit-logs").build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(server.arrived()).isEqualTo(3);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void aGet_isRetriedAfterTheConnectionWasReset() {
    failTwiceThenSucceed(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThat(client().request(RawRequest.get("/api/audit-logs").build()).statusCode())
        .isEqualTo(200);
    assertThat(server.arrived()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void aWrite_isNotRetriedOn503_norAfterAReset_asItMayHaveBeenCarriedOut(String method) {
    CotoolClient client = client();
    failTwiceThenSucceed(json(503, "{\"error\":\"unavailable\"}"));

    Throwable unavailable =
        catchThrowable(
            () ->
                client.request(
                    request(method, "/api/audit-logs/{id}").pathParam("id", "1").build()));

    assertThat(unavailable).isInstanceOf(InternalServerException.class);
    assertThat(server.arrived()).isEqualTo(1);

    server.clear();
    failTwiceThenSucceed(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    Throwable reset =
        catchThrowable(
            () ->
                client.request(
                    request(method, "/api/audit-logs/{id}").pathParam("id", "1").build()));

    assertThat(reset).isExactlyInstanceOf(CotoolIoException.class);
    assertThat(server.arrived()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "POST", "PUT", "PATCH", "DELETE"})
  void everyMethod_isRetriedOn429_whichTheServerDidNotProcess(String method) {
    failTwiceThenSucceed(json(429, "{\"error\":\"slow down\"}").withHeader("Retry-After", "1"));

    RawResponse response = client().request(request(method, "/api/audit-logs").build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(server.arrived()).isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void aWrite_isRetriedOn503_whenTheCallerOptsIn(String method) {
    failTwiceThenSucceed(json(503, "{\"error\":\"unavailable\"}"));

    RawResponse response =
        client()
            .request(
                request(method, "/api/audit-logs").build(),
                RequestOptions.builder().retryNonIdempotent(true).build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(server.arrived()).isEqualTo(3);
  }

  @Test
  void theRetryBudgetOfTheOptions_applies() {
    answerEverything(json(503, "{}"));

    Throwable thrown =
        catchThrowable(
            () ->
                client()
                    .request(
                        RawRequest.get("/api/audit-logs").build(),
                        RequestOptions.builder().maxRetries(0).build()));

    assertThat(thrown).isInstanceOf(InternalServerException.class);
    assertThat(server.arrived()).isEqualTo(1);
  }

  // --- deadline and size cap
  // ----------------------------------------------------------------------------------------

  @Test
  void theDeadline_endsASlowCall() {
    answerEverything(json(200, "{}").withFixedDelay(5_000));

    Throwable thrown =
        catchThrowable(
            () ->
                client()
                    .request(
                        RawRequest.get("/api/audit-logs").build(),
                        RequestOptions.builder().timeout(Duration.ofMillis(300)).build()));

    assertThat(thrown)
        .isInstanceOf(CotoolTimeoutException.class)
        .hasMessageContaining("GET /api/audit-logs");
  }

  @Test
  void aSuccessLargerThanMaxResponseBytes_isInvalidData_andAnErrorBodyIsCutAtIt() {
    CotoolClient client = client(CotoolClient.builder().maxResponseBytes(100));
    answerEverything(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/plain")
            .withBody("x".repeat(1000)));

    Throwable tooLarge =
        catchThrowable(() -> client.request(RawRequest.get("/api/audit-logs").build()));

    assertThat(tooLarge)
        .isExactlyInstanceOf(CotoolInvalidDataException.class)
        .hasMessageContaining("100 bytes");

    server.clear();
    answerEverything(aResponse().withStatus(500).withBody("y".repeat(1000)));
    Throwable serverError =
        catchThrowable(() -> client.request(RawRequest.post("/api/audit-logs").build()));

    assertThat(serverError)
        .isInstanceOfSatisfying(
            InternalServerException.class, e -> assertThat(e.body()).isEqualTo("y".repeat(100)));
  }

  // --- the key
  // --------------------------------------------------------------------------------------------------------

  @Test
  void theKey_isBlankedOutOfWhatTheServerEchoes_andOfMessagesAndToString() {
    CotoolClient client = client();
    answerEverything(
        json(200, "{\"echo\":\"Bearer " + API_KEY + "\"}").withHeader("X-Echo", API_KEY));

    RawResponse response = client.request(RawRequest.get("/api/audit-logs").build());

    assertThat(response.body()).doesNotContain(API_KEY).contains("echo");
    assertThat(response.header("x-echo").orElseThrow()).doesNotContain(API_KEY);
    assertThat(response.toString()).doesNotContain(API_KEY);
    assertThat(response.json().toString()).doesNotContain(API_KEY);

    server.clear();
    answerEverything(json(401, "{\"error\":\"bad key " + API_KEY + "\"}"));
    Throwable unauthorized =
        catchThrowable(() -> client.request(RawRequest.get("/api/audit-logs").build()));
    assertThat(unauthorized)
        .isInstanceOfSatisfying(
            UnauthorizedException.class,
            e -> {
              assertThat(e.body()).doesNotContain(API_KEY);
              assertThat(e.errorMessage().orElseThrow()).doesNotContain(API_KEY);
            });
    assertThat(unauthorized.getMessage()).doesNotContain(API_KEY);
  }

  @Test
  void aKeyPutInThePathOrQuery_isNotShownByMessagesOrToString() {
    CotoolClient client = client();
    answerEverything(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    RawRequest request =
        RawRequest.post("/api/keys/{key}/revoke")
            .pathParam("key", API_KEY)
            .queryParam("key", API_KEY)
            .build();

    Throwable thrown = catchThrowable(() -> client.request(request));

    assertThat(thrown)
        .isExactlyInstanceOf(CotoolIoException.class)
        .hasMessageStartingWith("POST /api/keys/")
        .hasMessageNotContaining(API_KEY);
    assertThat(request.toString()).doesNotContain(API_KEY);
    assertThat(server.arrived()).isEqualTo(1);
  }
}
