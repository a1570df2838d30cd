package ai.cotool.sdk.reliability;

import ai.cotool.sdk.CotoolClient;
import okhttp3.OkHttpClient;

/**
 * What every HTTP test in this package shares: one OkHttpClient (so one connection pool that {@link
 * NoLeakedConnections} inspects) and a syntactically valid test key.
 */
final class TestHttp {
  static final String API_KEY = "sk-test-0123456789abcdef";

  /** Every client in these tests derives from this one, so they all share its connection pool. */
  static final OkHttpClient SHARED = new OkHttpClient.Builder().build();

  private TestHttp() {}

  /** A builder for a client of {@code server} that records its waits instead of sleeping. */
  static CotoolClient.Builder client(TestServer server, RecordingSleeper sleeper) {
    return CotoolClient.builder()
        .apiKey(API_KEY)
        .baseUrl("http://127.0.0.1:" + server.getPort())
        .httpClient(SHARED)
        .sleeper(sleeper);
  }
}
