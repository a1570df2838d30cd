package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.testsupport.AlertPages;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.NoLeakedResponses;
import ai.cotool.sdk.testsupport.Operation;
import ai.cotool.sdk.testsupport.ReadmeSnippets;
import ai.cotool.sdk.testsupport.RecordingSleeper;
import ai.cotool.sdk.testsupport.TestHttp;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The snippets of the README section "Async, per-request options and raw responses", verbatim
 * between the {@code README} markers, run against WireMock: they compile against the current API
 * and do what the README says. What they print is captured and checked.
 */
@ExtendWith(NoLeakedResponses.class)
@Timeout(
    value = 30,
    threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // the snippets join() without a bound
class ReadmeSnippetsTest {
  private static final AlertPages pages = new AlertPages();

  @RegisterExtension
  static final CountingServer server = CountingServer.create(options -> options.extensions(pages));

  // the names the snippets use, as the README introduces them
  private static final String CANCELLED_KEY = "sk-cancelled-0123456789";
  private CotoolClient client;
  private final AlertListParams params = AlertListParams.builder().limit(10).build();
  private final CreateDetectionParams detectionParams = Operation.detection();
  private String baseUrl;

  @RegisterExtension final ReadmeSnippets readme = new ReadmeSnippets();

  @BeforeEach
  void setUp() {
    baseUrl = server.loopbackUrl();
    client = TestHttp.clientWithoutRetries(server, new RecordingSleeper()).build();
    pages.reset(30);
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .willReturn(
                aResponse()
                    .withTransformers(AlertPages.NAME)
                    .withHeader("X-Request-Id", "req_7f3a")
                    .withHeader("X-RateLimit-Remaining", "99")));
    server.stubFor(
        Operation.CREATE_DETECTION
            .stub()
            .willReturn(Operation.CREATE_DETECTION.success().withStatus(201)));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /**
   * The requests sent by the tests' own client: {@code async_cancel} leaves one behind a 10 s
   * delay, which the server may receive (and record) while a later test runs; it carries its own
   * key.
   */
  private static List<LoggedRequest> requests() {
    return server.findAll(anyRequestedFor(anyUrl())).stream()
        .filter(request -> !request.getHeader("Authorization").equals("Bearer " + CANCELLED_KEY))
        .toList();
  }

  /** The first async snippet. */
  private void createThenAccept() {
    // README: async
    CotoolClientAsync async = client.async();

    CompletableFuture<Detection> accepted =
        async
            .detections()
            .create(detectionParams)
            .thenCompose(created -> async.detections().accept(created.id()));

    try {
      System.out.println("accepted " + accepted.join().id());
    } catch (CompletionException e) {
      // the blocking API's exceptions arrive as the cause
      if (e.getCause() instanceof NotFoundException notFound) {
        System.out.println("gone: " + notFound.errorMessage().orElse("no message"));
      } else {
        throw e;
      }
    }
    // README: end
  }

  @Test
  void async_createThenAccept() {
    server.stubFor(
        Operation.ACCEPT_DETECTION.stub().willReturn(Operation.ACCEPT_DETECTION.success()));

    createThenAccept();

    assertThat(readme.printedLines())
        .containsExactly("accepted e4eb7910-b6be-49a4-bf00-963618b7c587");
  }

  @Test
  void async_aFailedStage_exposesTheBlockingApisExceptionAsTheCause() {
    server.stubFor(
        Operation.ACCEPT_DETECTION
            .stub()
            .willReturn(
                aResponse().withStatus(404).withBody("{\"error\":\"Detection not found\"}")));

    createThenAccept();

    assertThat(readme.printedLines()).containsExactly("gone: Detection not found");
  }

  @Test
  void async_cancel() {
    pages.delayAtOffset = 0;
    client.close();
    client =
        TestHttp.clientWithoutRetries(server, new RecordingSleeper()).apiKey(CANCELLED_KEY).build();

    // README: cancel
    CompletableFuture<AlertPage> page = client.async().alerts().list(params);
    page.cancel(true); // cancels the request in flight, or the retry it is waiting for
    // README: end

    assertThat(page).isCancelled();
    assertThat(server.arrived()).isLessThanOrEqualTo(1);
  }

  @Test
  void asyncAutoPaging_forEachWhile() {
    pages.reset(30);
    server.stubFor(
        get(urlPathEqualTo("/api/alerts"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"alerts\":["
                            + AlertPages.alert(0)
                            + ","
                            + sudoersAlert()
                            + ","
                            + AlertPages.alert(2)
                            + "],\"totalCount\":30}")));

    // README: async auto-paging
    CompletableFuture<Void> done =
        client
            .async()
            .alerts()
            .listAutoPaging(params)
            .forEachWhile(
                alert -> {
                  System.out.println(alert.displayId() + " " + alert.title());
                  // false: stop here, no further page is requested
                  return !alert.title().contains("sudoers");
                });
    done.join();
    // README: end

    assertThat(readme.printedLines())
        .containsExactly("COT-1 Alert 0", "COT-2 Change to /etc/sudoers on prod-bastion-02");
    assertThat(server.arrived()).isEqualTo(1);
  }

  private static String sudoersAlert() {
    return AlertPages.alert(1)
        .replace(
            "\"title\":\"Alert 1\"", "\"title\":\"Change to /etc/sudoers on prod-bastion-02\"");
  }

  @Test
  void perRequestOptions_applyToEveryCallAndEveryPage() {
    pages.reset(15);

    // README: per-request options
    RequestOptions options =
        RequestOptions.builder()
            .timeout(Duration.ofSeconds(20)) // this call's deadline: every attempt and every wait
            .maxRetries(5)
            .header("X-Correlation-Id", "incident-4821")
            .queryParam("debug", "true")
            .build();

    AlertPage page = client.alerts().list(params, options);
    CompletableFuture<Detection> created =
        client.async().detections().create(detectionParams, options);
    // each page is sent with the options
    for (Alert alert : client.alerts().listAutoPaging(params, options)) {
      System.out.println(alert.id());
    }
    // README: end

    assertThat(page.alerts()).hasSize(10);
    Operation.CREATE_DETECTION.assertResult(TestHttp.valueOf(created));
    assertThat(readme.printedLines()).containsExactlyElementsOf(AlertPages.ids(0, 15));
    assertThat(requests())
        .hasSize(4)
        .allSatisfy(
            request -> {
              assertThat(request.getHeader("X-Correlation-Id")).isEqualTo("incident-4821");
              assertThat(request.queryParameter("debug").values()).containsExactly("true");
            });
  }

  @Test
  void undocumentedFields_areSentAndRead() {
    server.stubFor(
        Operation.CREATE_DETECTION
            .stub()
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        Operation.CREATE_DETECTION.successBody.replaceFirst(
                            "\\{", "{\"riskScore\":87.5,"))));

    // README: undocumented fields
    CreateDetectionParams withNewField =
        detectionParams.toBuilder()
            .putAdditionalBodyProperty("severityFloor", "high")
            .putAdditionalBodyProperty("labels", List.of("linux", "sudo"))
            .build();
    Detection created = client.detections().create(withNewField);
    // a response property this SDK does not know
    Object riskScore = created.additionalProperties().get("riskScore");
    // README: end

    assertThat(riskScore).isInstanceOf(Number.class).hasToString("87.5");
    assertThat(requests().get(0).getBodyAsString())
        .endsWith(",\"severityFloor\":\"high\",\"labels\":[\"linux\",\"sudo\"]}");
  }

  /**
   * Every snippet above, dedented, is in the README as written: the README cannot drift from
   * compiled code.
   */
  @Test
  void everySnippet_isInTheReadmeVerbatim() throws IOException {
    List<String> names = ReadmeSnippets.assertEachIsInTheReadme(ReadmeSnippetsTest.class);
    assertThat(names)
        .contains("async", "per-request options", "raw responses", "undocumented fields");
  }

  @Test
  void rawResponses_exposeStatusHeadersAndRequestId() {
    // README: raw responses
    ApiResponse<AlertPage> response = client.withRawResponse().alerts().list(params);
    System.out.println(response.statusCode() + " " + response.requestId().orElse("no request id"));
    response
        .header("X-RateLimit-Remaining")
        .ifPresent(left -> System.out.println(left + " calls left"));
    AlertPage firstPage = response.data();

    client
        .async()
        .withRawResponse()
        .detections()
        .create(detectionParams, RequestOptions.none())
        .thenAccept(raw -> System.out.println(raw.statusCode() + " created " + raw.data().id()))
        .join();
    // README: end

    assertThat(firstPage.alerts()).hasSize(10);
    assertThat(readme.printedLines())
        .containsExactly("200 req_7f3a", "99 calls left", "201 created " + Operation.DETECTION_ID);
  }

  @Test
  void testingAsyncCode_aRecordingSleeper() {
    server.stubFor(
        Operation.LIST_ALERTS
            .stub()
            .atPriority(1)
            .inScenario("retry")
            .whenScenarioStateIs("Started")
            .willSetStateTo("ok")
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));

    // README: testing async code
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Sleeper recording =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) {
            waits.add(duration);
          }

          @Override
          public CompletableFuture<Void> sleepAsync(Duration duration) {
            waits.add(duration);
            return CompletableFuture.completedFuture(null);
          }
        };
    CotoolClient testClient =
        CotoolClient.builder().apiKey("test-key").baseUrl(baseUrl).sleeper(recording).build();
    // README: end

    try (testClient) {
      assertThat(testClient.async().alerts().list(params).join().alerts()).hasSize(10);
    }
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
  }
}
