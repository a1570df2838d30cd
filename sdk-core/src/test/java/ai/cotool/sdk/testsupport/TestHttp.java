package ai.cotool.sdk.testsupport;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.Sleeper;

/** What the HTTP tests share: clients on {@link SharedHttp#CLIENT} and a valid test key. */
public final class TestHttp {
  public static final String API_KEY = "sk-test-0123456789abcdef";

  private TestHttp() {}

  /**
   * A builder for a client of {@code server} on the shared pool, with the default retries and
   * {@code sleeper}.
   */
  public static CotoolClient.Builder client(CountingServer server, Sleeper sleeper) {
    return CotoolClient.builder()
        .apiKey(API_KEY)
        .baseUrl(server.loopbackUrl())
        .httpClient(SharedHttp.CLIENT)
        .sleeper(sleeper);
  }
}
