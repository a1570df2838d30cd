package ai.cotool.sdk.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proves that {@link LeakDetector}, which every HTTP test class relies on, does see a leaked
 * response.
 */
class LeakDetectorTest {
  @RegisterExtension static final CountingServer server = CountingServer.create();

  @BeforeAll
  static void installDetectorBeforeAnyCall() {
    LeakDetector.install();
  }

  @Test
  void leakDetector_reportsAResponseThatWasNeverClosed() throws IOException {
    server.stubFor(get("/leak").willReturn(aResponse().withStatus(200).withBody("not read")));
    OkHttpClient ownPool =
        new OkHttpClient.Builder().build(); // not the shared pool the other tests check

    int status = sendAndForgetTheResponse(ownPool, server.baseUrl() + "/leak");

    List<String> leaks = LeakDetector.leaks(ownPool.connectionPool());
    assertThat(status).isEqualTo(200);
    assertThat(leaks)
        .singleElement()
        .asString()
        .startsWith("A connection to http://")
        .contains("was leaked. Did you forget to close a response body?")
        .contains(
            "LeakDetectorTest.sendAndForgetTheResponse"); // where: OkHttp records it at level FINE
    ownPool.connectionPool().evictAll();
  }

  @Test
  void leakDetector_isQuietWhenEveryResponseIsClosed() throws IOException {
    server.stubFor(get("/closed").willReturn(aResponse().withStatus(200).withBody("read")));
    OkHttpClient ownPool = new OkHttpClient.Builder().build();

    try (Response response =
        ownPool
            .newCall(new Request.Builder().url(server.baseUrl() + "/closed").build())
            .execute()) {
      assertThat(response.body().string()).isEqualTo("read");
    }

    assertThat(LeakDetector.leaks(ownPool.connectionPool())).isEmpty();
    ownPool.connectionPool().evictAll();
  }

  /**
   * Executes a call and drops its response unclosed, so that only the connection pool still refers
   * to it.
   */
  private static int sendAndForgetTheResponse(OkHttpClient http, String url) throws IOException {
    Response response = http.newCall(new Request.Builder().url(url).build()).execute();
    return response.code();
  }
}
