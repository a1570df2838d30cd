package ai.cotool.sdk.internal;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Builds the client from the builder's validated settings. Not API. */
public final class ClientFactory {
  static final String VERSION = readVersion();

  private ClientFactory() {}

  public static CotoolClient create(HttpUrl baseUrl, String apiKey, int maxRetries, Duration connectTimeout,
      Duration readTimeout, Duration timeout, long maxResponseBytes, OkHttpClient shared, Sleeper sleeper,
      Clock clock) {
    OkHttpClient http = (shared == null ? ownHttpClient() : shared.newBuilder())
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        .callTimeout(Duration.ZERO) // the pipeline sets each call's deadline itself
        .retryOnConnectionFailure(false) // the SDK alone decides what is retried
        .followSslRedirects(false) // never follow https -> http
        .addNetworkInterceptor(HttpPipeline.sendTracker())
        .build();
    String userAgent = "cotool-java/" + VERSION + " (Java " + System.getProperty("java.version") + ")";
    ClientConfig config = new ClientConfig(
        baseUrl, apiKey, maxRetries, timeout, maxResponseBytes, sleeper, clock, userAgent);
    return new DefaultCotoolClient(config, http, shared == null);
  }

  /**
   * Every call of this client goes to one host, so OkHttp's per-host limit of 5 concurrent async calls and its 5
   * idle connections would throttle a busy application: allow 64 and keep 16.
   */
  private static OkHttpClient.Builder ownHttpClient() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES));
  }

  private static String readVersion() {
    try (InputStream in = ClientFactory.class.getResourceAsStream("/ai/cotool/sdk/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
