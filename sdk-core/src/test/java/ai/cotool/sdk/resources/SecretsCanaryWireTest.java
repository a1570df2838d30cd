package ai.cotool.sdk.resources;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.errors.CotoolServiceException;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.DetectionCategory;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.TriggerSource;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canary API key ({@link #API_KEY}) appears in no {@code toString()}, exception message, stack
 * trace text or log line of anything these tests touch. The SDK's DEBUG log is switched on and
 * captured for the whole class.
 */
class SecretsCanaryWireTest extends WireMockClientTestBase {
  private final List<String> logLines = new CopyOnWriteArrayList<>();
  private final List<String> texts = new ArrayList<>();

  /** Held so the logger and its level are not garbage-collected during the test. */
  private Logger sdkLogger;

  private Level previousLevel;
  private Handler capture;

  @BeforeEach
  void captureTheSdkLog() {
    texts.clear(); // one instance serves the whole class
    logLines.clear();
    sdkLogger = Logger.getLogger("ai.cotool.sdk");
    previousLevel = sdkLogger.getLevel();
    sdkLogger.setLevel(Level.ALL);
    capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logLines.add(
                record.getLevel()
                    + " "
                    + record.getLoggerName()
                    + " "
                    + record.getMessage()
                    + (record.getThrown() == null ? "" : " " + stackTrace(record.getThrown())));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    capture.setLevel(Level.ALL);
    sdkLogger.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    sdkLogger.removeHandler(capture);
    sdkLogger.setLevel(previousLevel);
  }

  private void record(Object o) {
    texts.add(String.valueOf(o));
    if (o instanceof Throwable t) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(stackTrace(t));
    }
  }

  private void assertNoCanaryAnywhere() {
    assertThat(texts).isNotEmpty();
    assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(API_KEY));
    assertThat(logLines).allSatisfy(line -> assertThat(line).doesNotContain(API_KEY));
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @Test
  void clientBuilderAndResources_neverShowTheKey() {
    record(client);
    record(clientBuilder());
    record(client.detections());
    record(client.outputDestinations());
    record(client.triggers());
    record(client.alerts());
    record(client.alerts().listAutoPaging(AlertListParams.builder().build()));
    record(RequestOptions.builder().header("X-Debug", API_KEY).build());

    assertNoCanaryAnywhere();
  }

  @Test
  void successfulCallsOfEveryOperation_logWithoutTheKey() {
    server.stubFor(any(anyUrl()).willReturn(okJson(fixture("detection-created.json"))));
    record(
        client
            .detections()
            .create(
                CreateDetectionParams.builder()
                    .name("n")
                    .detectionCategory(DetectionCategory.CUSTOM)
                    .systemPrompt("p")
                    .detectionQuery("q")
                    .build()));
    server.stubFor(any(anyUrl()).willReturn(okJson(fixture("detection-accepted.json"))));
    record(client.detections().accept(DETECTION_ID));
    server.stubFor(any(anyUrl()).willReturn(okJson(fixture("destination-webhook.json"))));
    record(
        client
            .outputDestinations()
            .create(
                OutputDestinationParams.webhook()
                    .name("w")
                    .url("https://soar.example.com/hook")
                    .authType(ai.cotool.sdk.models.WebhookAuthType.BEARER)
                    .build()));
    server.stubFor(any(anyUrl()).willReturn(okJson(fixture("trigger-started.json"))));
    record(client.triggers().invoke(TriggerSource.JIRA, TRIGGER_ID, Map.of("k", "v")));
    server.stubFor(any(anyUrl()).willReturn(okJson(fixture("alerts-page.json"))));
    record(client.alerts().list(AlertListParams.builder().q("okta").build()));

    assertThat(logLines).isNotEmpty(); // the DEBUG log really was on
    assertNoCanaryAnywhere();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503})
  void errorStatusExceptions_neverShowTheKey(int status) {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Retry-After", "1")
                    .withBody(
                        status == 400
                            ? fixture("error-400.json")
                            : "{\"error\":\"Unauthorized: invalid or revoked API key\"}")));

    Throwable thrown =
        catchThrowable(() -> client.alerts().list(AlertListParams.builder().build()));

    assertThat(thrown).isInstanceOf(CotoolServiceException.class);
    record(thrown);
    record(((CotoolServiceException) thrown).response());
    assertNoCanaryAnywhere();
  }

  @Test
  void retriedFailures_logWithoutTheKey() {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse().withStatus(503).withBody("{\"error\":\"Service unavailable\"}")));

    try (CotoolClient retrying = clientBuilder().maxRetries(2).build()) {
      record(catchThrowable(() -> retrying.alerts().list(AlertListParams.builder().build())));
    }

    assertThat(sleeps).hasSize(2); // recorded, not slept
    assertThat(logLines).anySatisfy(line -> assertThat(line).contains("retrying"));
    assertNoCanaryAnywhere();
  }

  @Test
  void ioFailures_neverShowTheKey() throws Exception {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    record(catchThrowable(() -> client.detections().accept(DETECTION_ID)));

    server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    record(catchThrowable(() -> client.alerts().list(AlertListParams.builder().build())));

    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("not json")));
    record(
        catchThrowable(
            () -> client.triggers().invokeWithJson(TriggerSource.SLACK, TRIGGER_ID, "{}")));

    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (CotoolClient refused =
        clientBuilder()
            .baseUrl("http://127.0.0.1:" + closedPort)
            .connectTimeout(Duration.ofSeconds(2))
            .build()) {
      record(catchThrowable(() -> refused.detections().accept(DETECTION_ID)));
    }

    assertNoCanaryAnywhere();
  }

  @Test
  void invalidArguments_neverShowTheKey() {
    record(catchThrowable(() -> client.detections().accept(API_KEY)));
    record(catchThrowable(() -> client.triggers().invoke(TriggerSource.JIRA, API_KEY, Map.of())));
    record(
        catchThrowable(
            () -> CotoolClient.builder().apiKey(API_KEY + "\n").baseUrl(baseUrl()).build()));
    record(
        catchThrowable(
            () -> CotoolClient.builder().apiKey(API_KEY).baseUrl("http://example.com").build()));
    record(
        catchThrowable(
            () -> RequestOptions.builder().header("Authorization", "Bearer " + API_KEY)));
    assertNoCanaryAnywhere();
  }

  @Test
  void aRedirectToAnotherHost_doesNotCarryTheKey() {
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(
                aResponse()
                    .withStatus(307)
                    .withHeader("Location", "http://localhost:" + server.port() + "/elsewhere")));
    server.stubFor(
        get(urlPathEqualTo("/elsewhere")).willReturn(okJson(fixture("alerts-page.json"))));

    Throwable thrown =
        catchThrowable(() -> client.alerts().list(AlertListParams.builder().build()));

    if (thrown == null) { // followed: the other host must not have received the key
      assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/elsewhere"))))
          .singleElement()
          .satisfies(request -> assertThat(request.containsHeader("Authorization")).isFalse());
    } else { // not followed: reported as a status no other exception covers
      assertThat(thrown).isInstanceOf(ai.cotool.sdk.errors.UnexpectedStatusCodeException.class);
      record(thrown);
    }
    record(server.findAll(getRequestedFor(urlPathEqualTo("/elsewhere"))));
    assertNoCanaryAnywhere();
  }

  @Test
  void aServerThatEchoesTheKey_doesNotLeakItIntoMessagesOrLogs() {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody("{\"error\":\"Invalid credentials: Bearer " + API_KEY + "\"}")));
    record(catchThrowable(() -> client.detections().accept(DETECTION_ID)));

    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withBody(
                        "<html><body>Upstream rejected request with Authorization: Bearer "
                            + API_KEY
                            + "</body></html>")));
    try (CotoolClient retrying = clientBuilder().maxRetries(1).build()) {
      record(catchThrowable(() -> retrying.alerts().list(AlertListParams.builder().build())));
    }

    assertNoCanaryAnywhere();
  }
}
