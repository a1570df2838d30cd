package ai.cotool.sdk.reliability;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.testsupport.CountingServer;
import ai.cotool.sdk.testsupport.SharedHttp;

/** What every HTTP test in this package shares: clients on {@link SharedHttp#CLIENT} and a valid test key. */
final class TestHttp {
  static final String API_KEY = "sk-test-0123456789abcdef";

  private TestHttp() {}

  /** A builder for a client of {@code server} that records its waits instead of sleeping. */
  static CotoolClient.Builder client(CountingServer server, RecordingSleeper sleeper) {
    return CotoolClient.builder()
        .apiKey(API_KEY)
        .baseUrl("http://127.0.0.1:" + server.getPort())
        .httpClient(SharedHttp.CLIENT)
        .sleeper(sleeper);
  }
}
