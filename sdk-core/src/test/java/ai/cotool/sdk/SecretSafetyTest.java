package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.CotoolServiceException;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.WebhookAuthType;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.SharedHttp;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A canary key, webhook token and cookie go through every path that produces text (success, each
 * kind of failure, retries, logging at every level) and must never come out in that text.
 */
@ExtendWith(NoLeakedResponses.class)
class SecretSafetyTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  private static final String CANARY_KEY = "sk-canary-7f3a9c1e5b2d4f6081a3";
  private static final String CANARY_TOKEN = "whtok-canary-55e1d0c9a8b7";
  private static final String CANARY_COOKIE = "session=cookie-canary-3b9f";
  private static final List<String> CANARIES =
      List.of(CANARY_KEY, "7f3a9c1e5b2d4f6081a3", CANARY_TOKEN, "cookie-canary-3b9f");

  private final List<String> texts = new ArrayList<>();

  /**
   * Bodies and headers kept in exceptions: data the caller may want (cookies included), but never
   * the key.
   */
  private final List<String> keptResponses = new ArrayList<>();

  private LogCapture logs;

  @BeforeEach
  void captureLogs() {
    logs = new LogCapture("ai.cotool.sdk", "okhttp3");
  }

  @AfterEach
  void stopCapturing() {
    logs.close();
  }

  @Test
  void toStringMessagesStackTracesAndLogs_neverShowTheKeyTokenOrCookie() throws IOException {
    CotoolClient.Builder builder =
        TestHttp.client(server, new RecordingSleeper()).apiKey(CANARY_KEY);
    RequestOptions options = RequestOptions.builder().header("Cookie", CANARY_COOKIE).build();
    texts.add(builder.toString());
    texts.add(options.toString());
    try (CotoolClient client = builder.build()) {
      texts.add(client.toString());

      // success, with a Set-Cookie
      Operation.LIST_ALERTS.always(
          server, Operation.LIST_ALERTS.success().withHeader("Set-Cookie", CANARY_COOKIE));
      texts.add(Operation.LIST_ALERTS.call(client, options).toString());
      server.verify(
          getRequestedFor(urlPathEqualTo("/api/alerts"))
              .withHeader("Authorization", equalTo("Bearer " + CANARY_KEY)));

      // every kind of failure, each carrying a Set-Cookie
      failure(
          Operation.LIST_ALERTS, error(401, "{\"error\":\"Invalid API key\"}"), client, options);
      failure(Operation.LIST_ALERTS, error(503, "{\"error\":\"down\"}"), client, options);
      failure(Operation.CREATE_DETECTION, error(429, "{\"error\":\"slow down\"}"), client, options);
      failure(
          Operation.LIST_ALERTS,
          aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
          client,
          options);
      failure(Operation.CREATE_DETECTION, error(200, "{not json"), client, options);
      failure(
          Operation.CREATE_DETECTION,
          Operation.CREATE_DETECTION.success().withFixedDelay(5000),
          client,
          RequestOptions.builder().timeout(Duration.ofMillis(200)).build());

      // a proxy or WAF that quotes the request's Authorization header back, in the body or a header
      failure(
          Operation.CREATE_DETECTION,
          error(401, "{\"error\":\"Invalid credentials: Bearer " + CANARY_KEY + "\"}"),
          client,
          options);
      failure(
          Operation.LIST_ALERTS,
          error(
                  502,
                  "<html><body>Upstream refused Authorization: Bearer "
                      + CANARY_KEY
                      + "</body></html>")
              .withHeader("X-Echo-Authorization", "Bearer " + CANARY_KEY),
          client,
          options);
      failure(
          Operation.LIST_ALERTS,
          error(200, "{\"alerts\": \"Bearer " + CANARY_KEY + "\"}"),
          client,
          options);

      // a webhook destination: its token goes out in the body, comes back in the response, and in
      // an error body
      OutputDestinationParams webhook =
          OutputDestinationParams.webhook()
              .name("SOAR")
              .url("https://soar.example/in")
              .authType(WebhookAuthType.BEARER)
              .token(CANARY_TOKEN)
              .build();
      texts.add(webhook.toString());
      server.stubFor(
          post(urlPathEqualTo("/api/output-destinations"))
              .inScenario("webhook")
              .willSetStateTo("created")
              .willReturn(
                  aResponse()
                      .withStatus(429)
                      .withBody(
                          "{\"message\":\"rate limited\",\"echo\":{\"token\":\""
                              + CANARY_TOKEN
                              + "\"}}")));
      server.stubFor(
          post(urlPathEqualTo("/api/output-destinations"))
              .inScenario("webhook")
              .whenScenarioStateIs("created")
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody(webhookCreated())));
      OutputDestination created = client.outputDestinations().create(webhook, options);
      texts.add(created.toString());
    }
    texts.add(connectionRefused().toString());
    try {
      CotoolClient.builder().apiKey(CANARY_KEY + "\r\nX-Injected: 1").build();
    } catch (IllegalStateException e) {
      texts.add(everything(e));
    }

    List<String> logLines = logs.lines();
    assertThat(logLines)
        .as("the SDK logged at DEBUG")
        .anyMatch(line -> line.contains("GET /api/alerts -> 200"));
    assertThat(logLines)
        .as("the SDK logged its retries")
        .anyMatch(line -> line.contains("retrying in"));
    assertThat(keptResponses)
        .as("bodies and headers kept in exceptions, the key blanked where a server echoed it")
        .noneMatch(kept -> kept.contains(CANARY_KEY))
        .anyMatch(kept -> kept.contains("Bearer <redacted>"));
    for (String canary : CANARIES) {
      assertThat(texts)
          .as("toString, messages and stack traces")
          .noneMatch(text -> text.contains(canary));
      assertThat(logLines).as("log output").noneMatch(line -> line.contains(canary));
    }
  }

  private void failure(
      Operation operation,
      ResponseDefinitionBuilder response,
      CotoolClient client,
      RequestOptions options) {
    server.clear();
    operation.always(server, response);
    Throwable thrown = catchThrowable(() -> operation.call(client, options));
    assertThat(thrown).isNotNull();
    texts.add(everything(thrown));
    if (thrown instanceof CotoolServiceException e) {
      texts.add(e.response().toString());
      keptResponses.add(e.body() + "\n" + e.headers());
    }
    if (thrown instanceof CotoolInvalidDataException e) {
      keptResponses.add(e.body() + "\n" + e.headers());
    }
  }

  private static ResponseDefinitionBuilder error(int status, String body) {
    return aResponse().withStatus(status).withHeader("Set-Cookie", CANARY_COOKIE).withBody(body);
  }

  private String connectionRefused() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    try (CotoolClient client =
        CotoolClient.builder()
            .apiKey(CANARY_KEY)
            .baseUrl("http://127.0.0.1:" + port)
            .httpClient(SharedHttp.CLIENT)
            .sleeper(new RecordingSleeper())
            .build()) {
      return everything(catchThrowable(() -> Operation.CREATE_DETECTION.call(client)));
    }
  }

  private static String webhookCreated() {
    return "{\"id\":\"0b6f6f2e-4a8e-4d6b-9a55-1f7c3a9e2d11\",\"organizationId\":\"7c67f3c6-cb58-481b-8978-bd41e0c84856\","
        + "\"name\":\"SOAR\",\"createdAt\":\"2026-03-02T09:00:00.000Z\",\"updatedAt\":\"2026-03-02T09:00:00.000Z\","
        + "\"type\":\"webhook\",\"config\":{\"url\":\"https://soar.example/in\",\"authType\":\"bearer\","
        + "\"token\":\""
        + CANARY_TOKEN
        + "\"}}";
  }

  /** toString, message and the whole stack trace with causes, as a log framework would print it. */
  private static String everything(Throwable thrown) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    return thrown + "\n" + thrown.getMessage() + "\n" + trace;
  }
}
