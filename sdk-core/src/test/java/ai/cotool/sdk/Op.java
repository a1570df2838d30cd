package ai.cotool.sdk;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.testsupport.TestFixtures;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Every operation of the API, each callable in the four ways the client offers: blocking, async,
 * and both with the raw response. Tests run one behaviour over all of them.
 */
enum Op {
  CREATE_DETECTION("POST", "/api/detections", "detection-created.json") {
    @Override
    Object call(CotoolClient client, RequestOptions options) {
      return client.detections().create(detection(), options);
    }

    @Override
    CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options) {
      return client.async().detections().create(detection(), options);
    }

    @Override
    ApiResponse<?> callRaw(CotoolClient client, RequestOptions options) {
      return client.withRawResponse().detections().create(detection(), options);
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callRawAsync(
        CotoolClient client, RequestOptions options) {
      return client.async().withRawResponse().detections().create(detection(), options);
    }

    @Override
    void assertResult(Object result) {
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
      "POST", "/api/detections/" + Op.DETECTION_ID + "/accept", "detection-accepted.json") {
    @Override
    Object call(CotoolClient client, RequestOptions options) {
      return client.detections().accept(DETECTION_ID, options);
    }

    @Override
    CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options) {
      return client.async().detections().accept(DETECTION_ID, options);
    }

    @Override
    ApiResponse<?> callRaw(CotoolClient client, RequestOptions options) {
      return client.withRawResponse().detections().accept(DETECTION_ID, options);
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callRawAsync(
        CotoolClient client, RequestOptions options) {
      return client.async().withRawResponse().detections().accept(DETECTION_ID, options);
    }

    @Override
    void assertResult(Object result) {
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
    Object call(CotoolClient client, RequestOptions options) {
      return client.outputDestinations().create(slack(), options);
    }

    @Override
    CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options) {
      return client.async().outputDestinations().create(slack(), options);
    }

    @Override
    ApiResponse<?> callRaw(CotoolClient client, RequestOptions options) {
      return client.withRawResponse().outputDestinations().create(slack(), options);
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callRawAsync(
        CotoolClient client, RequestOptions options) {
      return client.async().withRawResponse().outputDestinations().create(slack(), options);
    }

    @Override
    void assertResult(Object result) {
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
  INVOKE_TRIGGER("POST", "/api/trigger/webhook/" + Op.TRIGGER_ID, "trigger-started.json") {
    @Override
    Object call(CotoolClient client, RequestOptions options) {
      return client.triggers().invoke(TriggerSource.WEBHOOK, TRIGGER_ID, payload(), options);
    }

    @Override
    CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options) {
      return client
          .async()
          .triggers()
          .invoke(TriggerSource.WEBHOOK, TRIGGER_ID, payload(), options);
    }

    @Override
    ApiResponse<?> callRaw(CotoolClient client, RequestOptions options) {
      return client
          .withRawResponse()
          .triggers()
          .invoke(TriggerSource.WEBHOOK, TRIGGER_ID, payload(), options);
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callRawAsync(
        CotoolClient client, RequestOptions options) {
      return client
          .async()
          .withRawResponse()
          .triggers()
          .invoke(TriggerSource.WEBHOOK, TRIGGER_ID, payload(), options);
    }

    @Override
    void assertResult(Object result) {
      assertThat(result)
          .isEqualTo(new TriggerResult.Started("3e8f1a6c-7d24-4b9e-a510-c62f9d8b4e17"));
    }
  },
  INVOKE_TRIGGER_WITH_JSON("POST", "/api/trigger/slack/" + Op.TRIGGER_ID, "trigger-skipped.json") {
    @Override
    Object call(CotoolClient client, RequestOptions options) {
      return client
          .triggers()
          .invokeWithJson(TriggerSource.SLACK, TRIGGER_ID, JSON_PAYLOAD, options);
    }

    @Override
    CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options) {
      return client
          .async()
          .triggers()
          .invokeWithJson(TriggerSource.SLACK, TRIGGER_ID, JSON_PAYLOAD, options);
    }

    @Override
    ApiResponse<?> callRaw(CotoolClient client, RequestOptions options) {
      return client
          .withRawResponse()
          .triggers()
          .invokeWithJson(TriggerSource.SLACK, TRIGGER_ID, JSON_PAYLOAD, options);
    }

    /** {@code TriggersResourceAsync.WithRawResponse} offers {@code invoke} only. */
    @Override
    CompletableFuture<? extends ApiResponse<?>> callRawAsync(
        CotoolClient client, RequestOptions options) {
      throw new UnsupportedOperationException("no async raw invokeWithJson in the API");
    }

    @Override
    boolean hasRawAsync() {
      return false;
    }

    @Override
    void assertResult(Object result) {
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
    Object call(CotoolClient client, RequestOptions options) {
      return client.alerts().list(alertParams(), options);
    }

    @Override
    CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options) {
      return client.async().alerts().list(alertParams(), options);
    }

    @Override
    ApiResponse<?> callRaw(CotoolClient client, RequestOptions options) {
      return client.withRawResponse().alerts().list(alertParams(), options);
    }

    @Override
    CompletableFuture<? extends ApiResponse<?>> callRawAsync(
        CotoolClient client, RequestOptions options) {
      return client.async().withRawResponse().alerts().list(alertParams(), options);
    }

    @Override
    void assertResult(Object result) {
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

  static final String DETECTION_ID = TestFixtures.DETECTION_ID;
  static final String TRIGGER_ID = "53299c66-de36-4390-9afe-ef219223b44c";
  static final String JSON_PAYLOAD =
      "{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"key\":\"SEC-4821\"}}";

  final String method;
  final String path;
  final String successBody;

  Op(String method, String path, String fixture) {
    this.method = method;
    this.path = path;
    this.successBody = fixture(fixture);
  }

  abstract Object call(CotoolClient client, RequestOptions options);

  abstract CompletableFuture<?> callAsync(CotoolClient client, RequestOptions options);

  abstract ApiResponse<?> callRaw(CotoolClient client, RequestOptions options);

  abstract CompletableFuture<? extends ApiResponse<?>> callRawAsync(
      CotoolClient client, RequestOptions options);

  /**
   * Asserts that {@code result} is this operation's typed result decoded from {@link #successBody}.
   */
  abstract void assertResult(Object result);

  boolean hasRawAsync() {
    return true;
  }

  Object call(CotoolClient client) {
    return call(client, RequestOptions.none());
  }

  CompletableFuture<?> callAsync(CotoolClient client) {
    return callAsync(client, RequestOptions.none());
  }

  boolean isPost() {
    return method.equals("POST");
  }

  /** A stub for this operation's method and path. */
  MappingBuilder stub() {
    return request(method, urlPathEqualTo(path));
  }

  /** The documented success response. */
  ResponseDefinitionBuilder success() {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(successBody);
  }

  /** The operations with an async raw form. */
  static Stream<Op> withRawAsync() {
    return Arrays.stream(values()).filter(Op::hasRawAsync);
  }

  static CreateDetectionParams detection() {
    return TestFixtures.detection();
  }

  static OutputDestinationParams slack() {
    return OutputDestinationParams.slack()
        .name("SOC alerts (Slack)")
        .channelIds("C04QZ8K1M2P", "C05B7N3TQ9X")
        .build();
  }

  static Map<String, Object> payload() {
    return Map.of("alert", "Impossible travel", "severity", "high");
  }

  static AlertListParams alertParams() {
    return AlertListParams.builder().limit(6).build();
  }
}
