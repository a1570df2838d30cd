package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.ReadmeSnippets;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The snippets of the README section "Raw requests", verbatim between the {@code README} markers,
 * run against WireMock standing in for endpoints this SDK has no method for. What they print is
 * captured and checked.
 */
@ExtendWith(NoLeakedResponses.class)
@Timeout(
    value = 30,
    threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // the snippets join() without a bound
class RawRequestReadmeTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  // the names the snippets use, as the README introduces them
  private CotoolClient client;
  private final String auditLogId = "log_01JC2/7";
  private final String detectionId = "bba60bbb-cfcd-484b-b936-d253779243a8";

  @RegisterExtension final ReadmeSnippets readme = new ReadmeSnippets();

  @BeforeEach
  void setUp() {
    client = TestHttp.clientWithoutRetries(server, new RecordingSleeper()).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static LoggedRequest onlyRequest() {
    List<LoggedRequest> all = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static void answer(
      com.github.tomakehurst.wiremock.client.MappingBuilder request, int status, String body) {
    server.stubFor(
        request.willReturn(
            aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", "req_42")
                .withBody(body)));
  }

  @Test
  void rawRequest_sendsTheQuery_andReadsTheJsonAsPlainJava() {
    answer(
        get(urlPathEqualTo("/api/audit-logs")),
        200,
        "{\"auditLogs\":["
            + "{\"createdAt\":\"2026-03-02T09:00:00Z\",\"actor\":\"ana@example.com\",\"action\":\"detection.accepted\"},"
            + "{\"createdAt\":\"2026-03-02T09:05:00Z\",\"actor\":\"ana@example.com\",\"action\":\"trigger.invoked\"}]}");

    // README: raw request
    RawResponse response =
        client.request(
            RawRequest.get("/api/audit-logs")
                .queryParam("actor", "ana@example.com")
                .queryParam("limit", "50")
                .build());
    System.out.println(response.statusCode() + " " + response.requestId().orElse("no request id"));

    // plain Java: Map, List, String, Number, Boolean, null
    Map<?, ?> page = (Map<?, ?>) response.json();
    for (Object item : (List<?>) page.get("auditLogs")) {
      Map<?, ?> entry = (Map<?, ?>) item;
      System.out.println(entry.get("createdAt") + " " + entry.get("action"));
    }
    // README: end

    assertThat(readme.printedLines())
        .containsExactly(
            "200 req_42",
            "2026-03-02T09:00:00Z detection.accepted",
            "2026-03-02T09:05:00Z trigger.invoked");
    assertThat(onlyRequest().getUrl())
        .isEqualTo("/api/audit-logs?actor=ana%40example.com&limit=50");
  }

  @Test
  void rawRequestPath_sendsEachValueAsOneSegment_andDecodesAModel() {
    answer(get(urlEqualTo("/api/audit-logs/log_01JC2%2F7")), 200, "{\"id\":\"log_01JC2/7\"}");
    answer(
        post(urlEqualTo("/api/detections/" + detectionId + "/duplicate")),
        201,
        "{\"id\":\"e4eb7910-b6be-49a4-bf00-963618b7c587\",\"name\":\"Sudoers (copy)\"}");

    // README: raw request path
    RawResponse entry =
        client.request(
            RawRequest.get("/api/audit-logs/{id}")
                // one path segment, whatever it holds: "a/b" is sent as a%2Fb
                .pathParam("id", auditLogId)
                .build());

    RawRequest duplicate =
        RawRequest.post("/api/detections/{id}/duplicate")
            .pathParam("id", detectionId)
            .body(Map.of("name", "Sudoers (copy)"))
            .build();
    // one of the SDK's models, read as its typed calls read it
    Detection copy = client.request(duplicate).bodyAs(Detection.class);
    // README: end

    assertThat(entry.json()).isEqualTo(Map.of("id", "log_01JC2/7"));
    assertThat(copy.name()).contains("Sudoers (copy)");
    assertThat(server.findAll(anyRequestedFor(anyUrl())).get(1).getBodyAsString())
        .isEqualTo("{\"name\":\"Sudoers (copy)\"}");
  }

  @Test
  void rawRequestAsync_sendsTheBody_andCompletesWithTheResponse() {
    answer(
        post(urlEqualTo("/api/audit-logs/exports")),
        202,
        "{\"exportId\":\"exp_7\",\"status\":\"queued\"}");

    // README: raw request async
    CompletableFuture<RawResponse> export =
        client
            .async()
            .request(
                RawRequest.post("/api/audit-logs/exports")
                    .body(Map.of("format", "csv", "since", Instant.parse("2026-03-01T00:00:00Z")))
                    .build());

    export
        .thenAccept(created -> System.out.println(created.statusCode() + " " + created.body()))
        .join();
    // README: end

    assertThat(readme.printedLines())
        .containsExactly("202 {\"exportId\":\"exp_7\",\"status\":\"queued\"}");
    assertThat(onlyRequest().getBodyAsString())
        .contains("\"format\":\"csv\"")
        .contains("\"since\":\"2026-03-01T00:00:00Z\"");
  }

  @Test
  void rawRequestErrors_areTheTypedCallsExceptions() {
    answer(
        get(urlPathEqualTo("/api/audit-logs/log_01JC2%2F7")),
        404,
        "{\"error\":\"Audit log not found\"}");

    // README: raw request errors
    try {
      client.request(RawRequest.get("/api/audit-logs/{id}").pathParam("id", auditLogId).build());
    } catch (NotFoundException e) {
      // the typed calls' exceptions: statusCode(), headers(), body()
      System.out.println(e.statusCode() + " " + e.errorMessage().orElse(e.body()));
    }
    // README: end

    assertThat(readme.printedLines()).containsExactly("404 Audit log not found");
  }

  /**
   * Every snippet above, dedented, is in the README as written: the README cannot drift from
   * compiled code.
   */
  @Test
  void everySnippet_isInTheReadmeVerbatim() throws IOException {
    List<String> names = ReadmeSnippets.assertEachIsInTheReadme(RawRequestReadmeTest.class);
    assertThat(names)
        .containsExactly(
            "raw request", "raw request path", "raw request async", "raw request errors");
  }
}
