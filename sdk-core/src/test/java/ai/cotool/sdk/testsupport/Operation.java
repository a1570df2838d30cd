package ai.cotool.sdk.testsupport;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.paging.AlertPage;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Operations of the API with their stubs and documented success responses, each callable in the
 * four ways the client offers: blocking, async, and both with the raw response. Tests run one
 * behaviour over all of them, or over {@link #readAndCreate()}: a read (GET, idempotent) and a
 * create (POST, not idempotent), the two calls the fault tests send.
 */
public enum Operation {
  CREATE_DETECTION("POST", "/api/detections", "detection-created.json") {
    @Override
    public Object call(CotoolClient client, RequestOptions options) {
      return client.detections().create(detection(), options);
    }

    @Override
    public CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options) {
      return client.async().detections().create(detection(), options);
    }

    @Override
    public ApiResponse<?> callRaw(CotoolClient client, RequestOptions options) {
      return client.withRawResponse().detections().create(detection(), options);
    }

    @Override
    public CompletableFuture<? extends ApiResponse<?>> callRawAsync(
        CotoolClient client, RequestOptions options) {
      return client.async().withRawResponse().detections().create(detection(), options);
    }

    @Override
    public void assertResult(Object result) {
      assertThat(result)
          .isInstanceOfSatisfying(
              Detection.class,
              d -> {
                assertThat(d.id()).isEqualTo(DETECTION_ID);
                assertThat(d.name()).contains("Privilege escalation via sudoers change");
              });
    }
  },
  ACCEPT_DETECTION(
      "POST", "/api/detections/" + Operation.DETECTION_ID + "/accept", "detection-accepted.json") {
    @Override
    public Object call(CotoolClient client, RequestOptions options) {
      return client.detections().accept(DETECTION_ID, options);
    }

    @Override
    public CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options) {
      return client.async().detections().accept(DETECTION_ID, options);
    }

    @Override
    public ApiResponse<?> callRaw(CotoolClient client, RequestOptions options) {
      return client.withRawResponse().detections().accept(DETECTION_ID, options);
    }

    @Override
    public CompletableFuture<? extends ApiResponse<?>> callRawAsync(
        CotoolClient client, RequestOptions options) {
      return client.async().withRawResponse().detections().accept(DETECTION_ID, options);
    }

    @Override
    public void assertResult(Object result) {
      assertThat(result)
          .isInstanceOfSatisfying(
              Detection.class,
              d -> {
                assertThat(d.id()).isEqualTo("e4eb7910-b6be-49a4-bf00-963618b7c587");
                assertThat(d.name()).contains("Sequence: MFA reset followed by OAuth app consent");
              });
    }
  },
  CREATE_OUTPUT_DESTINATION("POST", "/api/output-destinations", "destination-slack.json") {
    @Override
    public Object call(CotoolClient client, RequestOptions options) {
      return client.outputDestinations().create(slack(), options);
    }

    @Override
    public CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options) {
      return client.async().outputDestinations().create(slack(), options);
    }

    @Override
    public ApiResponse<?> callRaw(CotoolClient client, RequestOptions options) {
      return client.withRawResponse().outputDestinations().create(slack(), options);
    }

    @Override
    public CompletableFuture<? extends ApiResponse<?>> callRawAsync(
        CotoolClient client, RequestOptions options) {
      return client.async().withRawResponse().outputDestinations().create(slack(), options);
    }

    @Override
    public void assertResult(Object result) {
      assertThat(result)
          .isInstanceOfSatisfying(
              OutputDestination.Slack.class,
              slack -> {
                assertThat(slack.id()).isEqualTo("4a9e2d7c-1f83-4b6a-a5d0-8c3e7b19f264");
                assertThat(slack.config().channelIds())
                    .containsExactly("C04QZ8K1M2P", "C05B7N3TQ9X");
              });
    }
  },
  INVOKE_TRIGGER("POST", "/api/trigger/webhook/" + Operation.TRIGGER_ID, "trigger-started.json") {
    @Override
    public Object call(CotoolClient client, RequestOptions options) {
      return client.triggers().invoke(TriggerSource.WEBHOOK, TRIGGER_ID, payload(), options);
    }

    @Override
    public CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options) {
      return client
          .async()
          .triggers()
          .invoke(TriggerSource.WEBHOOK, TRIGGER_ID, payload(), options);
    }

    @Override
    public ApiResponse<?> callRaw(CotoolClient client, RequestOptions options) {
      return client
          .withRawResponse()
          .triggers()
          .invoke(TriggerSource.WEBHOOK, TRIGGER_ID, payload(), options);
    }

    @Override
    public CompletableFuture<? extends ApiResponse<?>> callRawAsync(
        CotoolClient client, RequestOptions options) {
      return client
          .async()
          .withRawResponse()
          .triggers()
          .invoke(TriggerSource.WEBHOOK, TRIGGER_ID, payload(), options);
    }

    @Override
    public void assertResult(Object result) {
      assertThat(result)
          .isEqualTo(new TriggerResult.Started("3e8f1a6c-7d24-4b9e-a510-c62f9d8b4e17"));
    }
  },
  INVOKE_TRIGGER_WITH_JSON(
      "POST", "/api/trigger/slack/" + Operation.TRIGGER_ID, "trigger-skipped.json") {
    @Override
    public Object call(CotoolClient client, RequestOptions options) {
      return client
          .triggers()
          .invokeWithJson(TriggerSource.SLACK, TRIGGER_ID, JSON_PAYLOAD, options);
    }

    @Override
    public CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options) {
      return client
          .async()
          .triggers()
          .invokeWithJson(TriggerSource.SLACK, TRIGGER_ID, JSON_PAYLOAD, options);
    }

    @Override
    public ApiResponse<?> callRaw(CotoolClient client, RequestOptions options) {
      return client
          .withRawResponse()
          .triggers()
          .invokeWithJson(TriggerSource.SLACK, TRIGGER_ID, JSON_PAYLOAD, options);
    }

    /** {@code TriggersResourceAsync.WithRawResponse} offers {@code invoke} only. */
    @Override
    public CompletableFuture<? extends ApiResponse<?>> callRawAsync(
        CotoolClient client, RequestOptions options) {
      throw new UnsupportedOperationException("no async raw invokeWithJson in the API");
    }

    @Override
    public boolean hasRawAsync() {
      return false;
    }

    @Override
    public void assertResult(Object result) {
      assertThat(result)
          .isInstanceOfSatisfying(
              TriggerResult.Skipped.class,
              skipped -> {
                assertThat(skipped.action()).isEqualTo("jira:issue_updated");
                assertThat(skipped.message()).startsWith("Event did not match the trigger filter");
              });
    }
  },
  LIST_ALERTS("GET", "/api/alerts", "alerts-page.json") {
    @Override
    public Object call(CotoolClient client, RequestOptions options) {
      return client.alerts().list(alertParams(), options);
    }

    @Override
    public CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options) {
      return client.async().alerts().list(alertParams(), options);
    }

    @Override
    public ApiResponse<?> callRaw(CotoolClient client, RequestOptions options) {
      return client.withRawResponse().alerts().list(alertParams(), options);
    }

    @Override
    public CompletableFuture<? extends ApiResponse<?>> callRawAsync(
        CotoolClient client, RequestOptions options) {
      return client.async().withRawResponse().alerts().list(alertParams(), options);
    }

    @Override
    public void assertResult(Object result) {
      assertThat(result)
          .isInstanceOfSatisfying(
              AlertPage.class,
              page -> {
                assertThat(page.alerts()).hasSize(6);
                assertThat(page.alerts().get(0).displayId()).isEqualTo("COT-1042");
                assertThat(page.requestParams()).isEqualTo(alertParams());
              });
    }
  };

  public static final String DETECTION_ID = TestFixtures.DETECTION_ID;
  public static final String TRIGGER_ID = "53299c66-de36-4390-9afe-ef219223b44c";
  public static final String JSON_PAYLOAD =
      "{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"key\":\"SEC-4821\"}}";

  public final String method;
  public final String path;
  public final String successBody;

  Operation(String method, String path, String fixture) {
    this.method = method;
    this.path = path;
    this.successBody = fixture(fixture);
  }

  public abstract Object call(CotoolClient client, RequestOptions options);

  public abstract CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options);

  public abstract ApiResponse<?> callRaw(CotoolClient client, RequestOptions options);

  public abstract CompletableFuture<? extends ApiResponse<?>> callRawAsync(
      CotoolClient client, RequestOptions options);

  /**
   * Asserts that {@code result} is this operation's typed result decoded from {@link #successBody}.
   */
  public abstract void assertResult(Object result);

  public boolean hasRawAsync() {
    return true;
  }

  public Object call(CotoolClient client) {
    return call(client, RequestOptions.none());
  }

  public CompletableFuture<?> callAsync(CotoolClient client) {
    return callAsync(client, RequestOptions.none());
  }

  public boolean isPost() {
    return method.equals("POST");
  }

  /** A stub for this operation's method and path. */
  public MappingBuilder stub() {
    return request(method, urlPathEqualTo(path));
  }

  /** The documented success response. */
  public ResponseDefinitionBuilder success() {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(successBody);
  }

  /**
   * The read and the create of the fault tests: {@link #LIST_ALERTS}, {@link #CREATE_DETECTION}.
   */
  public static Stream<Operation> readAndCreate() {
    return Stream.of(LIST_ALERTS, CREATE_DETECTION);
  }

  /**
   * Answers with every response of {@code failures} in turn, then {@link #success()} from then on.
   */
  public void failThenSucceed(CountingServer server, List<ResponseDefinitionBuilder> failures) {
    String state = Scenario.STARTED;
    for (int i = 0; i < failures.size(); i++) {
      String next = "after failure " + (i + 1);
      server.stubFor(
          stub()
              .inScenario(name())
              .whenScenarioStateIs(state)
              .willSetStateTo(next)
              .willReturn(failures.get(i)));
      state = next;
    }
    server.stubFor(stub().inScenario(name()).whenScenarioStateIs(state).willReturn(success()));
  }

  public void failThenSucceed(CountingServer server, ResponseDefinitionBuilder failure) {
    failThenSucceed(server, List.of(failure));
  }

  /** Answers every request with {@code response}. */
  public void always(CountingServer server, ResponseDefinitionBuilder response) {
    server.stubFor(stub().willReturn(response));
  }

  /** How many requests of this operation the server received. */
  public int requestsSeen(CountingServer server) {
    return server.requests(method, path);
  }

  /**
   * Like {@link #requestsSeen} for a client that may have given up before the server read its
   * request.
   */
  public int awaitRequests(CountingServer server, int expected) {
    return server.awaitRequests(method, path, expected);
  }

  /** The operations with an async raw form. */
  public static Stream<Operation> withRawAsync() {
    return Arrays.stream(values()).filter(Operation::hasRawAsync);
  }

  public static CreateDetectionParams detection() {
    return TestFixtures.detection();
  }

  public static OutputDestinationParams slack() {
    return OutputDestinationParams.slack()
        .name("SOC alerts (Slack)")
        .channelIds("C04QZ8K1M2P", "C05B7N3TQ9X")
        .build();
  }

  public static Map<String, Object> payload() {
    return Map.of("alert", "Impossible travel", "severity", "high");
  }

  public static AlertListParams alertParams() {
    return AlertListParams.builder().limit(6).build();
  }
}
