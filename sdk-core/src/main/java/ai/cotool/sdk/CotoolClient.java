package ai.cotool.sdk;

import ai.cotool.sdk.internal.ClientFactory;
import ai.cotool.sdk.resources.ClientResources;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The Cotool API client: one per application, thread-safe and immutable, grouped by resource like
 * the API. Close it to release its connections and threads.
 *
 * <pre>{@code
 * try (CotoolClient client = CotoolClient.fromEnv()) {          // COTOOL_API_KEY, optional COTOOL_BASE_URL
 *   Detection detection = client.detections().create(params);
 * }
 * }</pre>
 *
 * <p>It is an interface so that code using it can be tested with a mock or a fake.
 */
public interface CotoolClient extends ClientResources, AutoCloseable {
  /** The production API. */
  String DEFAULT_BASE_URL = "https://app.cotool.ai";

  /**
   * @return the same client without blocking: every operation returns a {@link
   *     java.util.concurrent.CompletableFuture} and shares this client's configuration, connection
   *     pool, retries and deadlines
   * @throws UnsupportedOperationException from a hand-written fake that does not offer it (the
   *     default)
   */
  default CotoolClientAsync async() {
    throw new UnsupportedOperationException("async() is not supported by " + getClass().getName());
  }

  /**
   * @return the same operations, each returning an {@link ApiResponse}: the result with its status,
   *     headers and the request id the server sent
   * @throws UnsupportedOperationException from a hand-written fake that does not offer it (the
   *     default)
   */
  default WithRawResponse withRawResponse() {
    throw new UnsupportedOperationException(
        "withRawResponse() is not supported by " + getClass().getName());
  }

  /** {@link CotoolClient}'s operations with their HTTP responses. */
  interface WithRawResponse extends ClientResources.WithRawResponse {}

  /**
   * Releases connections and threads the client created itself (never those of a caller-supplied
   * OkHttpClient).
   */
  @Override
  void close();

  /**
   * Sends a request to an endpoint this SDK has no method for, as {@link #request(RawRequest,
   * RequestOptions)} does with no options.
   *
   * @param request the method, path, query and body
   * @return the {@code 2xx} response, whatever its body holds
   * @throws UnsupportedOperationException from a hand-written fake that does not offer it (the
   *     default)
   */
  default RawResponse request(RawRequest request) {
    return request(request, RequestOptions.none());
  }

  /**
   * Sends a request to an endpoint this SDK has no method for, through the same pipeline as every
   * typed call: the API key, the deadline, {@code maxResponseBytes}, the same exceptions for an
   * error status ({@code 404} is a {@link ai.cotool.sdk.errors.NotFoundException} with status,
   * headers and body), and the same retries: a {@code GET} as a read; a {@code POST}, {@code PUT},
   * {@code PATCH} or {@code DELETE} as a write, retried only when it provably did not reach the
   * server or was rate limited, unless the options allow more ({@link
   * RequestOptions.Builder#retryNonIdempotent(boolean)}).
   *
   * <pre>{@code
   * RawResponse response = client.request(RawRequest.get("/api/audit-logs").queryParam("limit", "50").build());
   * }</pre>
   *
   * @param request the method, path, query and body
   * @param options per-call overrides; extra headers (an {@code Accept}, say) and query parameters
   *     go here
   * @return the {@code 2xx} response, whatever its body holds
   * @throws ai.cotool.sdk.errors.InvalidParameterException if an extra query parameter has the name
   *     of one of the request's own, before anything is sent
   * @throws UnsupportedOperationException from a hand-written fake that does not offer it (the
   *     default)
   */
  default RawResponse request(RawRequest request, RequestOptions options) {
    throw new UnsupportedOperationException(
        "request(RawRequest, RequestOptions) is not supported by " + getClass().getName());
  }

  /**
   * @return a builder with the defaults: production URL, 2 retries, 10 s connect, 60 s read, 2 min
   *     per call
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@code COTOOL_API_KEY} and, if set, {@code COTOOL_BASE_URL}.
   *
   * @return the client
   * @throws IllegalStateException if {@code COTOOL_API_KEY} is not set
   */
  static CotoolClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** Configures a {@link CotoolClient}. Not thread-safe; {@link #build()} validates everything. */
  final class Builder {
    private @Nullable String apiKey;
    private String baseUrl = DEFAULT_BASE_URL;
    private int maxRetries = 2;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration timeout = Duration.ofMinutes(2);
    private long maxResponseBytes = 16L * 1024 * 1024;
    private @Nullable OkHttpClient httpClient; // null: the client makes its own
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * @param apiKey the API key from Cotool's settings page; sent as {@code Authorization: Bearer
     *     <key>}
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * @param baseUrl the API's root, e.g. {@code https://app.cotool.ai}; plain {@code http} only
     *     for loopback hosts
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * @param baseUrl the API's root
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      return baseUrl(baseUrl.toString());
    }

    /**
     * Reads {@code COTOOL_API_KEY} and, if set, {@code COTOOL_BASE_URL}.
     *
     * @return this builder
     * @throws IllegalStateException if {@code COTOOL_API_KEY} is not set
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    Builder fromEnv(Map<String, String> env) {
      String key = env.get("COTOOL_API_KEY");
      if (key == null || key.isBlank()) {
        throw new IllegalStateException("COTOOL_API_KEY is not set");
      }
      apiKey(key.strip());
      String url = env.get("COTOOL_BASE_URL");
      if (url != null && !url.isBlank()) {
        baseUrl(url.strip());
      }
      return this;
    }

    /**
     * @param maxRetries retries after the first attempt (default 2); 0 disables retrying
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * @param connectTimeout time to establish a connection (default 10 s)
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * @param readTimeout longest silence while reading a response (default 60 s)
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    /**
     * @param timeout the overall deadline of one call, covering every attempt and wait (default 2
     *     min); a server that sends slowly forever is cut off by it
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /**
     * @param maxResponseBytes the largest response body read (default 16 MiB); a larger one is an
     *     error
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1) {
        throw new IllegalArgumentException("maxResponseBytes must be positive");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Shares a caller's OkHttp connection pool and dispatcher. The client derives its own settings
     * from it (timeouts, no silent retries) and never shuts it down.
     *
     * @param httpClient the OkHttpClient to share
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * @param sleeper waits between retries (tests pass one that records instead of sleeping)
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * @param clock the time source for deadlines and HTTP-date retry hints
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @return the client
     * @throws IllegalStateException if the API key is missing, blank or not a valid header value,
     *     or the base URL is unusable: not http(s), with credentials, a query or a fragment, or
     *     plain {@code http} to a host that is not loopback
     */
    public CotoolClient build() {
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalStateException(
            "An API key is required: call apiKey(...) or set COTOOL_API_KEY");
      }
      for (char c : apiKey.toCharArray()) {
        if (c < 0x21 || c > 0x7e) {
          throw new IllegalStateException(
              "The API key contains a character not allowed in an HTTP header"
                  + " (whitespace, a line break or a non-ASCII character)");
        }
      }
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalStateException("Base URL is not an absolute http(s) URL: " + baseUrl);
      }
      if (!url.username().isEmpty() || !url.password().isEmpty()) {
        throw new IllegalStateException("Base URL must not contain credentials: " + redacted(url));
      }
      if (!url.isHttps() && !ClientFactory.isLoopback(url.host())) {
        throw new IllegalStateException(
            "Refusing to send the API key over plain http to "
                + url.host()
                + ": use https (plain http is allowed only for localhost and loopback addresses)");
      }
      if (url.query() != null || url.fragment() != null) {
        throw new IllegalStateException(
            "Base URL must not have a query or fragment: " + redacted(url));
      }
      return ClientFactory.create(
          url,
          apiKey,
          maxRetries,
          connectTimeout,
          readTimeout,
          timeout,
          maxResponseBytes,
          httpClient,
          sleeper,
          clock);
    }

    /** The URL without user info, query or fragment: for messages. */
    private static String redacted(HttpUrl url) {
      return url.newBuilder()
          .username("")
          .password("")
          .query(null)
          .fragment(null)
          .build()
          .toString();
    }

    private static Duration positive(@Nullable Duration d, String name) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }

    @Override
    public String toString() {
      HttpUrl url = HttpUrl.parse(baseUrl);
      return "CotoolClient.Builder{baseUrl="
          + (url == null ? "<invalid>" : redacted(url))
          + ", apiKey="
          + (apiKey == null ? "unset" : "<redacted>")
          + ", maxRetries="
          + maxRetries
          + ", connectTimeout="
          + connectTimeout
          + ", readTimeout="
          + readTimeout
          + ", timeout="
          + timeout
          + ", maxResponseBytes="
          + maxResponseBytes
          + "}";
    }
  }
}
