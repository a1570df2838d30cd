package ai.cotool.sdk;

import static ai.cotool.sdk.HostileServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.CotoolException;
import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.CotoolIoException;
import ai.cotool.sdk.errors.CotoolServiceException;
import ai.cotool.sdk.errors.CotoolTimeoutException;
import ai.cotool.sdk.errors.InternalServerException;
import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.errors.RateLimitException;
import ai.cotool.sdk.errors.UnauthorizedException;
import ai.cotool.sdk.errors.UnexpectedStatusCodeException;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.testsupport.ManualClock;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SDK's promises against a server (or proxy) that misbehaves down to the byte: a create is
 * never sent twice, the API key never shows in any text the SDK produces, nothing but SDK
 * exceptions reach the caller, and a call whose deadline passed never reaches the wire. Each case
 * runs blocking and async.
 */
class HostileServerTest {
  /**
   * Characters that JSON, URLs and HTML each escape: the key must not leak in any of those forms.
   */
  private static final String KEY = "sk-live/Ab+Cd=0123456789wxyz";

  private static final String PAGE = TestFixtures.ALERTS_PAGE;

  private final List<AutoCloseable> closeables = new ArrayList<>();

  enum Mode {
    BLOCKING,
    ASYNC
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable closeable : closeables) {
      closeable.close();
    }
  }

  private HostileServer serve(HostileServer server) {
    closeables.add(server);
    return server;
  }

  private CotoolClient client(HostileServer server, UnaryOperator<CotoolClient.Builder> customize) {
    CotoolClient client =
        customize
            .apply(
                CotoolClient.builder()
                    .apiKey(KEY)
                    .baseUrl(server.baseUrl())
                    .sleeper(new RecordingSleeper())
                    .timeout(Duration.ofSeconds(20)))
            .build();
    closeables.add(client);
    return client;
  }

  private CotoolClient client(HostileServer server) {
    return client(server, b -> b);
  }

  private static <T> T call(
      Mode mode,
      CotoolClient client,
      Function<CotoolClient, T> blocking,
      Function<CotoolClient, CompletableFuture<T>> async) {
    if (mode == Mode.BLOCKING) {
      return blocking.apply(client);
    }
    try {
      return async.apply(client).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError("not an unchecked exception", e.getCause());
    } catch (Exception e) {
      throw new AssertionError("the async call did not complete", e);
    }
  }

  private static AlertPage list(Mode mode, CotoolClient client) {
    AlertListParams params = AlertListParams.builder().build();
    return call(mode, client, c -> c.alerts().list(params), c -> c.async().alerts().list(params));
  }

  private static Detection create(Mode mode, CotoolClient client) {
    CreateDetectionParams params = TestFixtures.detection();
    return call(
        mode,
        client,
        c -> c.detections().create(params),
        c -> c.async().detections().create(params));
  }

  // ---- a create is never sent twice ----

  @ParameterizedTest
  @EnumSource(Mode.class)
  void serviceUnavailableWithRetryAfterZero_createIsSentOnce(Mode mode) throws IOException {
    HostileServer server =
        serve(
            HostileServer.answering(
                json("503 Service Unavailable", "{\"error\":\"busy\"}", "Retry-After: 0")));

    Throwable thrown = catchThrowable(() -> create(mode, client(server)));

    assertThat(thrown).isInstanceOf(InternalServerException.class);
    assertThat(((CotoolServiceException) thrown).headers())
        .containsEntry("retry-after", List.of("0"));
    assertThat(server.requests()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void serviceUnavailableWithRetryAfterZero_readIsSentOncePerAttemptTheSdkDecides(Mode mode)
      throws IOException {
    HostileServer server =
        serve(HostileServer.answering(json("503 Service Unavailable", "{}", "Retry-After: 0")));

    assertThatThrownBy(() -> list(mode, client(server, b -> b.maxRetries(2))))
        .isInstanceOf(InternalServerException.class);
    assertThat(server.requests()).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void withTheCallersOkHttpClient_noFollowUpResendsACreate(Mode mode) throws IOException {
    OkHttpClient eager =
        new OkHttpClient.Builder()
            .retryOnConnectionFailure(true)
            .authenticator(
                (route, response) -> response.request().newBuilder().header("X-Retry", "1").build())
            .build();
    for (String answer :
        List.of(
            json("503 Service Unavailable", "{}", "Retry-After: 0"),
            json("401 Unauthorized", "{\"error\":\"no\"}"),
            json("408 Request Timeout", "{}"),
            json("421 Misdirected Request", "{}"))) {
      HostileServer server = serve(HostileServer.answering(answer));

      assertThatThrownBy(() -> create(mode, client(server, b -> b.httpClient(eager))))
          .isInstanceOf(CotoolServiceException.class);
      assertThat(server.requests()).as(answer.lines().findFirst().orElseThrow()).hasSize(1);
    }
    eager.dispatcher().executorService().shutdown();
    eager.connectionPool().evictAll();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void createAnsweredWithARedirect_isNotFollowed_andSaysWhatHappened(int status)
      throws IOException {
    HostileServer server =
        serve(HostileServer.answering(json(status + " Moved", "{}", "Location: /api/elsewhere")));

    Throwable thrown = catchThrowable(() -> create(Mode.BLOCKING, client(server)));

    assertThat(thrown)
        .isInstanceOf(UnexpectedStatusCodeException.class)
        .hasMessageContaining("redirect of POST /api/detections to /api/elsewhere not followed")
        .hasMessageContaining("never re-sent");
    assertThat(((CotoolServiceException) thrown).statusCode()).isEqualTo(status);
    assertThat(((CotoolServiceException) thrown).headers())
        .containsEntry("location", List.of("/api/elsewhere"));
    assertThat(server.requests()).extracting(HostileServer.Request::method).containsExactly("POST");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://203.0.113.9/api/alerts", "https://127.0.0.1:1/api/alerts", "ftp://x/y"})
  void readRedirectedOutsideTheBaseUrlsRule_isNotFollowed(String location) throws IOException {
    HostileServer server =
        serve(
            HostileServer.answering(json("307 Temporary Redirect", "{}", "Location: " + location)));

    Throwable thrown = catchThrowable(() -> list(Mode.ASYNC, client(server)));

    assertThat(thrown)
        .isInstanceOf(UnexpectedStatusCodeException.class)
        .hasMessageContaining("not followed");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void readRedirectedToAnotherLoopbackServer_isFollowed_withoutTheKey() throws IOException {
    HostileServer target = serve(HostileServer.answering(json("200 OK", PAGE)));
    HostileServer server =
        serve(
            HostileServer.answering(
                json("302 Found", "", "Location: " + target.baseUrl() + "/api/alerts?limit=5")));

    AlertPage page = list(Mode.BLOCKING, client(server));

    assertThat(page.alerts()).isNotEmpty();
    assertThat(target.requests())
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.target()).isEqualTo("/api/alerts?limit=5");
              assertThat(request.headers()).doesNotContainKey("authorization");
            });
  }

  // ---- the key never shows ----

  @ParameterizedTest
  @EnumSource(Mode.class)
  void statusLineEchoingTheKey_neverShowsIt(Mode mode) throws IOException {
    HostileServer server =
        serve(HostileServer.answering("HTTP/1.1 2x0 Bearer " + KEY + "\r\n\r\n"));
    try (LogCapture logs = new LogCapture("ai.cotool.sdk", "okhttp3")) {
      Throwable thrown = catchThrowable(() -> list(mode, client(server, b -> b.maxRetries(1))));

      assertThat(thrown).isInstanceOf(CotoolIoException.class);
      assertNoKey(thrown);
      assertThat(server.requests()).hasSize(2);
      assertThat(String.join("\n", logs.lines())).contains("retrying").doesNotContain(KEY);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void chunkSizeLineEchoingTheKey_neverShowsIt(Mode mode) throws IOException {
    HostileServer server =
        serve(
            HostileServer.answering(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nBearer "
                    + KEY
                    + "\r\n{}\r\n0\r\n\r\n"));

    Throwable thrown = catchThrowable(() -> create(mode, client(server)));

    assertThat(thrown).isInstanceOf(CotoolIoException.class);
    assertNoKey(thrown);
  }

  /**
   * How servers, proxies and WAFs echo a header back: JSON escapes of every kind, URL encoding,
   * Base64, HTML.
   */
  static List<String> echoedKeys() {
    return List.of(
        KEY.replace("/", "\\/"),
        KEY.replace("+", "\\u002B").replace("=", "\\u003d"),
        KEY.replace("/", "\\u002F").replace("s", "\\u0073"),
        KEY.replace("/", "%2F").replace("+", "%2b").replace("=", "%3D"),
        KEY.replace("/", "%252F"),
        KEY.replace("/", "&#47;").replace("+", "&#x2B;"),
        Base64.getEncoder().encodeToString(("Bearer " + KEY).getBytes(StandardCharsets.UTF_8)),
        Base64.getUrlEncoder().encodeToString(("x:" + KEY).getBytes(StandardCharsets.UTF_8)),
        java.util.HexFormat.of().formatHex(KEY.getBytes(StandardCharsets.UTF_8)),
        KEY.replace(
            "/", "\\u00252F"), // JSON-escaped percent-encoding: only decoding JSON shows %2F
        Base64.getEncoder()
            .encodeToString(("u:" + KEY).getBytes(StandardCharsets.UTF_8))
            .replace("/", "\\/"),
        KEY.replace("/", "&sol;").replace("+", "&plus;").replace("=", "&equals;"),
        KEY.replace("=", "=3D"),
        KEY.replace("/", "&#47").replace("+", "&#43"),
        KEY.replace("/", "\\x2f").replace("+", "\\x2B"));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("echoedKeys")
  void errorBodyEchoingTheKeyInAnyEncoding_neverShowsIt(String echoed) throws IOException {
    HostileServer server =
        serve(
            HostileServer.answering(
                json(
                    "401 Unauthorized",
                    "{\"error\":\"bad token: Bearer "
                        + echoed
                        + "\",\"seen\":{\"authorization\":\"Bearer "
                        + echoed
                        + "\"}}",
                    "WWW-Authenticate: Bearer realm=\"" + echoed + "\"")));

    Throwable thrown = catchThrowable(() -> create(Mode.BLOCKING, client(server)));

    assertThat(thrown).isInstanceOf(UnauthorizedException.class);
    assertNoKey(thrown, echoed);
    assertThat(((CotoolServiceException) thrown).errorMessage())
        .get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("bad token: Bearer ")
        .contains("<redacted>");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unreadableSuccessWhoseParserMessageQuotesTheKey_neverShowsItInTheCauseChain(Mode mode)
      throws IOException {
    HostileServer server =
        serve(
            HostileServer.answering(
                json("200 OK", "{\"alerts\":[],\"totalCount\":1,\"Bearer " + KEY + "\": }")));

    Throwable thrown = catchThrowable(() -> list(mode, client(server)));

    assertThat(thrown).isInstanceOf(CotoolInvalidDataException.class);
    assertThat(thrown.getCause()).isNotNull();
    assertNoKey(thrown);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rawResponseWithAHeaderEchoingTheKey_neverShowsIt(Mode mode) throws IOException {
    HostileServer server =
        serve(HostileServer.answering(json("200 OK", PAGE, "X-Request-Id: Bearer " + KEY)));
    AlertListParams params = AlertListParams.builder().build();

    ApiResponse<AlertPage> response =
        call(
            mode,
            client(server),
            c -> c.withRawResponse().alerts().list(params),
            c -> c.async().withRawResponse().alerts().list(params));

    assertThat(response.toString()).doesNotContain(KEY).contains("<redacted>");
    assertThat(response.requestId()).hasValue("Bearer <redacted>");
    assertThat(response.headers().toString()).doesNotContain(KEY);
    assertThat(response.data().alerts()).isNotEmpty();
  }

  @Test
  void headerNamedAfterTheKey_neverShowsIt() throws IOException {
    HostileServer server =
        serve(HostileServer.answering(json("403 Forbidden", "{}", KEY + ": echoed")));

    Throwable thrown = catchThrowable(() -> create(Mode.BLOCKING, client(server)));

    assertThat(thrown).isInstanceOf(CotoolServiceException.class);
    assertNoKey(thrown);
    assertThat(((CotoolServiceException) thrown).headers())
        .containsEntry("<redacted>", List.of("echoed"));
  }

  @Test
  void keyInUtf16Bytes_neverShowsIt() throws IOException {
    String utf16 =
        new String(
            ("Bearer " + KEY).getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1);
    HostileServer server =
        serve(
            HostileServer.answering(
                "HTTP/1.1 401 Unauthorized\r\nContent-Type: text/plain;"
                    + " charset=utf-8\r\nContent-Length: "
                    + utf16.length()
                    + "\r\n\r\n"
                    + utf16));

    Throwable thrown = catchThrowable(() -> create(Mode.BLOCKING, client(server)));

    assertThat(thrown).isInstanceOf(UnauthorizedException.class);
    assertThat(((CotoolServiceException) thrown).body().replace("\0", "")).doesNotContain(KEY);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 20, 27})
  void errorBodyCutAtTheSizeCapThroughTheKey_neverShowsPartOfIt(int keyCharsBeforeTheCut)
      throws IOException {
    String prefix = "{\"error\":\"bad token: Bearer ";
    String body = prefix + KEY + "\"}" + " ".repeat(100);
    HostileServer server = serve(HostileServer.answering(json("401 Unauthorized", body)));

    Throwable thrown =
        catchThrowable(
            () ->
                create(
                    Mode.BLOCKING,
                    client(
                        server, b -> b.maxResponseBytes(prefix.length() + keyCharsBeforeTheCut))));

    assertThat(((CotoolServiceException) thrown).body()).isEqualTo(prefix + "<redacted>");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 131, 170, 190})
  void longParserMessageQuotingTheKey_neverShowsPartOfIt(int padding) throws IOException {
    HostileServer server =
        serve(
            HostileServer.answering(
                json(
                    "200 OK",
                    "{\"alerts\":[],\"totalCount\":1,\"" + "x".repeat(padding) + KEY + "\": }")));

    Throwable thrown = catchThrowable(() -> list(Mode.BLOCKING, client(server)));

    assertThat(thrown).isInstanceOf(CotoolInvalidDataException.class);
    assertNoKey(thrown);
    assertThat(thrown.getMessage()).doesNotContain("sk-live/Ab");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void responseDataEchoingTheKey_neverShowsItInToString(Mode mode) throws IOException {
    String detection =
        TestFixtures.DETECTION_CREATED.replaceFirst(
            "\"name\":\\s*\"[^\"]*\"", "\"name\":\"Bearer " + KEY.replace("/", "\\\\/") + "\"");
    HostileServer server = serve(HostileServer.answering(json("200 OK", detection)));
    CreateDetectionParams params = TestFixtures.detection();

    ApiResponse<Detection> response =
        call(
            mode,
            client(server),
            c -> c.withRawResponse().detections().create(params),
            c -> c.async().withRawResponse().detections().create(params, RequestOptions.none()));

    assertThat(response.data().name()).hasValue("Bearer " + KEY); // the data is the data
    assertThat(response.toString()).doesNotContain(KEY).contains("<redacted>");
    assertThat(response.data().toString()).doesNotContain(KEY);
  }

  @Test
  void triggerResultEchoingTheKey_neverShowsItInToString() throws IOException {
    HostileServer server =
        serve(
            HostileServer.answering(
                json(
                    "200 OK",
                    "{\"error\":\"webhook said 401 to Authorization: Bearer " + KEY + "\"}")));

    Object result =
        client(server)
            .triggers()
            .invoke(TriggerSource.WEBHOOK, "3c90c3cc-0d44-4b50-8888-8dd25736052a", Map.of());

    assertThat(result.toString()).contains("Failed").doesNotContain(KEY);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aTimeoutLongerThanAnyClockCounts_isAccepted(Mode mode) throws IOException {
    HostileServer server = serve(HostileServer.answering(json("200 OK", PAGE)));

    AlertPage page = list(mode, client(server, b -> b.timeout(Duration.ofSeconds(Long.MAX_VALUE))));

    assertThat(page.alerts()).isNotEmpty();
  }

  @Test
  void payloadsTheSdkRefuses_neverQuoteTheKey_andGsonTreesGetTheSameChecks() throws IOException {
    HostileServer server =
        serve(HostileServer.answering(json("200 OK", "{\"executionId\":\"e1\"}")));
    CotoolClient client = client(server);
    String trigger = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
    com.google.gson.JsonArray selfContaining = new com.google.gson.JsonArray();
    selfContaining.add(selfContaining);
    List<Object> refused =
        List.of(
            Map.of(KEY, Double.NaN),
            Map.of(KEY, new Object()),
            Map.of(KEY, "x\uD800y"),
            Map.of(ai.cotool.sdk.models.AlertSeverity.UNKNOWN, 1),
            selfContaining,
            new com.google.gson.JsonPrimitive(Double.NaN),
            new com.google.gson.JsonPrimitive(
                new com.google.gson.internal.LazilyParsedNumber("abc")),
            (Iterable<Object>)
                () -> {
                  throw new IllegalStateException("iterating with " + KEY);
                });

    for (int i = 0; i < refused.size(); i++) {
      Object payload = refused.get(i);
      Throwable thrown =
          catchThrowable(() -> client.triggers().invoke(TriggerSource.WEBHOOK, trigger, payload));

      assertThat(thrown).as("payload #" + i).isInstanceOf(InvalidParameterException.class);
      assertThat(((InvalidParameterException) thrown).field()).doesNotContain(KEY);
      assertNoKey(thrown);
    }
    assertThat(server.requests()).isEmpty();

    client
        .triggers()
        .invoke(
            TriggerSource.WEBHOOK,
            trigger,
            com.google.gson.JsonParser.parseString("{\"n\":12.50}"));
    assertThat(server.requests())
        .singleElement()
        .satisfies(r -> assertThat(r.body()).isEqualTo("{\"n\":12.50}"));
  }

  // ---- nothing but SDK exceptions ----

  @ParameterizedTest
  @EnumSource(Mode.class)
  void jsonNestedDeeperThanAnyStack_isInvalidData_notAStackOverflowError(Mode mode)
      throws IOException {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    HostileServer server =
        serve(
            HostileServer.answering(
                json("200 OK", "{\"alerts\":[],\"totalCount\":1,\"extra\":" + deep + "}")));

    assertThatThrownBy(() -> list(mode, client(server)))
        .isInstanceOf(CotoolInvalidDataException.class);
  }

  @Test
  void errorBodyNestedDeeperThanAnyStack_isStillTheStatusException() throws IOException {
    String deep = "{\"error\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}";
    HostileServer server = serve(HostileServer.answering(json("400 Bad Request", deep)));

    assertThatThrownBy(() -> create(Mode.BLOCKING, client(server)))
        .isInstanceOf(ai.cotool.sdk.errors.BadRequestException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void twoInterimResponsesBeforeTheAnswer_endInAnSdkOutcome_neverACrashOrAFalseTimeout(Mode mode)
      throws IOException, InterruptedException {
    HostileServer server =
        serve(
            HostileServer.answering(
                "HTTP/1.1 100 Continue\r\n\r\n"
                    + "HTTP/1.1 103 Early Hints\r\nLink: </style.css>\r\n\r\n"
                    + json("200 OK", PAGE)));
    List<Throwable> uncaught = new ArrayList<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          synchronized (uncaught) {
            uncaught.add(e);
          }
        });
    try {
      CotoolClient client = client(server, b -> b.maxRetries(0));
      Throwable thrown = catchThrowable(() -> list(mode, client));

      if (thrown != null) {
        assertThat(thrown)
            .isInstanceOf(CotoolIoException.class)
            .isNotInstanceOf(CotoolTimeoutException.class);
      }
      client.close(); // lets the dispatcher's threads end, so any uncaught exception has been
      // reported
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
    synchronized (uncaught) {
      assertThat(uncaught).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterBeyondAnyInteger_isAHintTooLongToWait_notACrash(Mode mode) throws IOException {
    HostileServer server =
        serve(
            HostileServer.answering(
                json("503 Service Unavailable", "{}", "Retry-After: 99999999999999999999999")));

    assertThatThrownBy(() -> list(mode, client(server)))
        .isInstanceOf(InternalServerException.class);
    assertThat(server.requests()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void rateLimitWithAHugeRetryAfter_isNotRetried_andReportsTheHint(Mode mode) throws IOException {
    HostileServer server =
        serve(
            HostileServer.answering(
                json("429 Too Many Requests", "{}", "Retry-After: 9999999999")));

    Throwable thrown = catchThrowable(() -> create(mode, client(server)));

    assertThat(thrown).isInstanceOf(RateLimitException.class);
    assertThat(((RateLimitException) thrown).retryAfter())
        .hasValue(Duration.ofSeconds(9_999_999_999L));
    assertThat(server.requests()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"600", "999", "099"})
  void statusOutside100To599_isUnexpected_andNotRetried(String status) throws IOException {
    HostileServer server =
        serve(HostileServer.answering(json(status + " Odd", "{\"error\":\"odd\"}")));

    Throwable thrown =
        catchThrowable(() -> list(Mode.BLOCKING, client(server, b -> b.maxRetries(2))));

    assertThat(thrown)
        .isInstanceOf(CotoolException.class)
        .isNotInstanceOf(InternalServerException.class);
    assertThat(server.requests()).hasSize(1);
  }

  // ---- what the spec allows, and what it does not ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2147483648",
        "9223372036854775807",
        "100000000000000000000000000000",
        "5e3",
        "7.0"
      })
  void totalCountOfAnySizeTheSpecAllows_parses(String totalCount) throws IOException {
    HostileServer server =
        serve(
            HostileServer.answering(
                json("200 OK", "{\"alerts\":[],\"totalCount\":" + totalCount + "}")));

    AlertPage page = list(Mode.BLOCKING, client(server));

    long expected =
        new java.math.BigDecimal(totalCount)
            .toBigIntegerExact()
            .min(BigInteger.valueOf(Long.MAX_VALUE))
            .longValueExact();
    assertThat(page.totalCount()).isEqualTo(expected);
  }

  @Test
  void countsOfAnySize_keepTheirExactValue() throws IOException {
    String huge = "123456789012345678901234567890";
    String body = TestFixtures.DETECTION_CREATED.replaceFirst("\\{", "{\"runs30d\":" + huge + ",");
    HostileServer server = serve(HostileServer.answering(json("200 OK", body)));

    Detection detection = create(Mode.BLOCKING, client(server));

    assertThat(detection.runs30d()).hasValue(new BigInteger(huge));
  }

  @Test
  void loneSurrogates_areRejectedNamingTheField_beforeAnythingIsSent() throws IOException {
    HostileServer server = serve(HostileServer.answering(json("200 OK", PAGE)));
    CotoolClient client = client(server);

    assertThatThrownBy(
            () ->
                client
                    .detections()
                    .create(TestFixtures.detection().toBuilder().name("sudo \uD800").build()))
        .isInstanceOf(InvalidParameterException.class)
        .satisfies(e -> assertThat(((InvalidParameterException) e).field()).isEqualTo("name"));
    assertThatThrownBy(() -> client.alerts().list(AlertListParams.builder().q("x\uDC00y").build()))
        .isInstanceOf(InvalidParameterException.class)
        .satisfies(e -> assertThat(((InvalidParameterException) e).field()).isEqualTo("q"));
    assertThatThrownBy(
            () ->
                client
                    .async()
                    .triggers()
                    .invoke(
                        TriggerSource.WEBHOOK,
                        "3c90c3cc-0d44-4b50-8888-8dd25736052a",
                        Map.of("alert", Map.of("tags", List.of("ok", "\uD83D")))))
        .isInstanceOf(InvalidParameterException.class)
        .satisfies(
            e ->
                assertThat(((InvalidParameterException) e).field())
                    .isEqualTo("payload.alert.tags[1]"));
    assertThatThrownBy(
            () ->
                client
                    .alerts()
                    .list(
                        AlertListParams.builder().build(),
                        RequestOptions.builder().queryParam("extra", "\uDBFF").build()))
        .isInstanceOf(InvalidParameterException.class)
        .satisfies(
            e ->
                assertThat(((InvalidParameterException) e).field()).isEqualTo("queryParams.extra"));
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Note", "\uD800"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requests()).isEmpty();

    // a well-formed pair is sent as its UTF-8 bytes
    client.alerts().list(AlertListParams.builder().q("\uD83D\uDE00").build());
    assertThat(server.requests())
        .singleElement()
        .satisfies(request -> assertThat(request.target()).contains("q=%F0%9F%98%80"));
  }

  // ---- deadlines ----

  /**
   * A call that waits in OkHttp's queue while its deadline passes must fail without being sent,
   * even when nothing cancelled it yet: the time is the client's clock, moved past the deadline
   * while the call is queued.
   */
  @Test
  void asyncCallQueuedPastItsDeadline_neverReachesTheWire() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    HostileServer server =
        serve(
            new HostileServer(
                (index, request, out) -> {
                  arrived.countDown();
                  release.await(20, TimeUnit.SECONDS);
                  out.write(json("200 OK", PAGE).getBytes(StandardCharsets.ISO_8859_1));
                }));
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(1); // one call at a time: the next waits in the queue
    OkHttpClient http = new OkHttpClient.Builder().dispatcher(dispatcher).build();
    ManualClock clock = new ManualClock();
    CotoolClient client = client(server, b -> b.httpClient(http).clock(clock));
    AlertListParams params = AlertListParams.builder().build();

    CompletableFuture<AlertPage> first =
        client
            .async()
            .alerts()
            .list(params, RequestOptions.builder().timeout(Duration.ofMinutes(10)).build());
    assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<AlertPage> queued =
        client
            .async()
            .alerts()
            .list(params, RequestOptions.builder().timeout(Duration.ofMinutes(1)).build());
    clock.advance(
        Duration.ofMinutes(2)); // the queued call's deadline passes; the first call's does not
    CountDownLatch idle = new CountDownLatch(1);
    dispatcher.setIdleCallback(idle::countDown);
    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS).alerts()).isNotEmpty();
    assertThat(catchThrowable(() -> queued.get(10, TimeUnit.SECONDS)))
        .hasCauseInstanceOf(CotoolTimeoutException.class);
    assertThat(idle.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(server.requests()).hasSize(1);
    http.dispatcher().executorService().shutdown();
  }

  @Test
  void theClientsOwnDispatcherThreads_areDaemons_soAnUnclosedClientDoesNotKeepTheJvmAlive()
      throws Exception {
    HostileServer server = serve(HostileServer.answering(json("200 OK", PAGE)));
    CotoolClient client = client(server);

    // the thread that completes the call is the client's own (OkHttp renames it while it runs a
    // call, so it is
    // recognised by identity, not by name)
    Thread worker =
        client
            .async()
            .alerts()
            .list(AlertListParams.builder().build())
            .thenApply(page -> Thread.currentThread())
            .get(10, TimeUnit.SECONDS);

    assertThat(worker).isNotSameAs(Thread.currentThread());
    assertThat(worker.isDaemon()).as("thread %s", worker.getName()).isTrue();
  }

  // ---- helpers ----

  /** No text the exception offers (message, toString, stack trace, kept response) shows the key. */
  private static void assertNoKey(Throwable thrown, String... echoedForms) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    List<String> texts =
        new ArrayList<>(
            List.of(String.valueOf(thrown.getMessage()), thrown.toString(), trace.toString()));
    if (thrown instanceof CotoolServiceException) {
      CotoolServiceException e = (CotoolServiceException) thrown;
      texts.add(e.body());
      texts.add(e.headers().toString());
      texts.add(e.errorMessage().orElse(""));
    }
    if (thrown instanceof CotoolInvalidDataException) {
      texts.add(((CotoolInvalidDataException) thrown).body());
      texts.add(((CotoolInvalidDataException) thrown).headers().toString());
    }
    for (String text : texts) {
      assertThat(text).doesNotContain(KEY).doesNotContain("0123456789wxyz");
      for (String form : echoedForms) {
        assertThat(text).doesNotContain(form);
      }
    }
  }
}
