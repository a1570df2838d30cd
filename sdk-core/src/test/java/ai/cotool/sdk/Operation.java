package ai.cotool.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.TestFixtures;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;

/**
 * The two calls the fault tests send: a read (GET, idempotent) and a create (POST, not idempotent).
 */
enum Operation {
  LIST_ALERTS("GET", "/api/alerts", TestFixtures.ALERTS_PAGE) {
    @Override
    Object send(CotoolClient client, RequestOptions options) {
      return client.alerts().list(AlertListParams.builder().build(), options);
    }

    @Override
    void assertSuccess(Object result) {
      assertThat(((AlertPage) result).alerts()).hasSize(TestFixtures.ALERTS_ON_PAGE);
    }
  },
  CREATE_DETECTION("POST", "/api/detections", TestFixtures.DETECTION_CREATED) {
    @Override
    Object send(CotoolClient client, RequestOptions options) {
      return client.detections().create(TestFixtures.detection(), options);
    }

    @Override
    void assertSuccess(Object result) {
      assertThat(((Detection) result).id()).isEqualTo(TestFixtures.DETECTION_ID);
    }
  };

  final String method;
  final String path;
  final String successBody;

  Operation(String method, String path, String successBody) {
    this.method = method;
    this.path = path;
    this.successBody = successBody;
  }

  abstract Object send(CotoolClient client, RequestOptions options);

  abstract void assertSuccess(Object result);

  Object send(CotoolClient client) {
    return send(client, RequestOptions.none());
  }

  boolean isPost() {
    return method.equals("POST");
  }

  /** A stub mapping for this operation's method and path. */
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

  /**
   * Answers with every response of {@code failures} in turn, then {@link #success()} from then on.
   */
  void failThenSucceed(CountingServer server, List<ResponseDefinitionBuilder> failures) {
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

  void failThenSucceed(CountingServer server, ResponseDefinitionBuilder failure) {
    failThenSucceed(server, List.of(failure));
  }

  /** Answers every request with {@code response}. */
  void always(CountingServer server, ResponseDefinitionBuilder response) {
    server.stubFor(stub().willReturn(response));
  }

  /** How many requests of this operation the server received. */
  int requestsSeen(CountingServer server) {
    return server.requests(method, path);
  }

  /**
   * Like {@link #requestsSeen} for a client that may have given up before the server read its
   * request.
   */
  int awaitRequests(CountingServer server, int expected) {
    return server.awaitRequests(method, path, expected);
  }
}
