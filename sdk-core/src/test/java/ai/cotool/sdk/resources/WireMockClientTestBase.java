package ai.cotool.sdk.resources;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.Sleeper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A WireMock server on loopback per test class, reset before each test, and a client pointed at it
 * that never retries and never sleeps (its sleeper only records). Subclasses stub next to the test
 * that uses the stub.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WireMockClientTestBase {
  /** A canary: no toString(), exception message or log line may ever contain it. */
  static final String API_KEY = "ck_live_CANARY_5e0b9f3a71d24c86";

  static final String DETECTION_ID = "bba60bbb-cfcd-484b-b936-d253779243a8";
  static final String TRIGGER_ID = "53299c66-de36-4390-9afe-ef219223b44c";

  WireMockServer server;
  CotoolClient client;
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  /** Subclasses may add extensions. */
  WireMockConfiguration configure(WireMockConfiguration options) {
    return options;
  }

  @BeforeAll
  void startServer() {
    server = new WireMockServer(configure(options().dynamicPort().bindAddress("127.0.0.1")));
    server.start();
  }

  @AfterAll
  void stopServer() {
    server.stop();
  }

  @BeforeEach
  void resetServerAndClient() {
    server.resetAll();
    sleeps.clear();
    client = clientBuilder().build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** No retries, and a sleeper that records instead of sleeping, so nothing ever waits. */
  CotoolClient.Builder clientBuilder() {
    Sleeper recording = sleeps::add;
    return CotoolClient.builder()
        .apiKey(API_KEY)
        .baseUrl(baseUrl())
        .maxRetries(0)
        .sleeper(recording);
  }

  /** The headers every request carries. */
  static RequestPatternBuilder withCommonHeaders(RequestPatternBuilder pattern) {
    return pattern
        .withHeader("Authorization", equalTo("Bearer " + API_KEY))
        .withHeader("Accept", equalTo("application/json"))
        // a real version, not "unknown" or an unfiltered ${project.version}
        .withHeader("User-Agent", matching("cotool-java/[0-9][0-9A-Za-z.+-]* .*"));
  }

  /** The headers of a request with a JSON body. */
  static RequestPatternBuilder withJsonBodyHeaders(RequestPatternBuilder pattern) {
    return withCommonHeaders(pattern)
        .withHeader("Content-Type", matching("application/json(; ?charset=(utf|UTF)-8)?"));
  }

  void verifyNothingSent() {
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  /** The only request the server received. */
  LoggedRequest onlyRequest() {
    List<LoggedRequest> all = server.findAll(anyRequestedFor(anyUrl()));
    if (all.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + all.size());
    }
    return all.get(0);
  }
}
