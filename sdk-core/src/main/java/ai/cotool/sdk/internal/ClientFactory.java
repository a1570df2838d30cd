package ai.cotool.sdk.internal;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.Sleeper;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Authenticator;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Builds the client from the builder's validated settings. Not API. */
public final class ClientFactory {
  static final String VERSION = readVersion();

  private ClientFactory() {}

  public static CotoolClient create(
      HttpUrl baseUrl,
      String apiKey,
      int maxRetries,
      Duration connectTimeout,
      Duration readTimeout,
      Duration timeout,
      long maxResponseBytes,
      @Nullable OkHttpClient shared,
      Sleeper sleeper,
      Clock clock) {
    OkHttpClient http =
        (shared == null ? ownHttpClient() : shared.newBuilder())
            .connectTimeout(connectTimeout)
            .readTimeout(readTimeout)
            .writeTimeout(readTimeout)
            .callTimeout(Duration.ZERO) // the pipeline sets each call's deadline itself
            .retryOnConnectionFailure(false) // the SDK alone decides what is retried: see Attempt
            .authenticator(Authenticator.NONE) // a 401 is an error, never a re-send
            .followRedirects(true) // reads only, within the base URL's rule: see Attempt
            .followSslRedirects(false)
            .addInterceptor(Attempt.applicationInterceptor())
            .addNetworkInterceptor(Attempt.networkInterceptor())
            .build();
    String userAgent =
        "cotool-java/" + VERSION + " (Java " + System.getProperty("java.version") + ")";
    ClientConfig config =
        new ClientConfig(
            baseUrl, apiKey, maxRetries, timeout, maxResponseBytes, sleeper, clock, userAgent);
    return new DefaultCotoolClient(config, http, shared == null);
  }

  /**
   * Every call of this client goes to one host, so OkHttp's per-host limit of 5 concurrent async
   * calls and its 5 idle connections would throttle a busy application: allow 64 and keep 16. The
   * dispatcher's threads are daemon threads, so an application that never closes the client still
   * exits.
   */
  private static OkHttpClient.Builder ownHttpClient() {
    ThreadFactory daemons =
        task -> {
          Thread thread = new Thread(task, "cotool-http-dispatcher");
          thread.setDaemon(true);
          return thread;
        };
    Dispatcher dispatcher =
        new Dispatcher(
            new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), daemons));
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES));
  }

  /**
   * Loopback only: the name {@code localhost} and literal addresses in 127.0.0.0/8 or {@code ::1}.
   * Other names are never resolved here (DNS could point them anywhere), not even {@code
   * *.localhost}.
   */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+") && !h.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(h)
          .isLoopbackAddress(); // a literal address: parsed, not looked up
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String readVersion() {
    try (InputStream in =
        ClientFactory.class.getResourceAsStream("/ai/cotool/sdk/version.properties")) {
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
