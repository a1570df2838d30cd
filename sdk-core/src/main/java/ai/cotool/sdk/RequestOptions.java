package ai.cotool.sdk;

import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for one call that override the client's: retries, deadline, extra headers and query
 * parameters. Immutable; {@link #none()} overrides nothing.
 *
 * <pre>{@code
 * client.alerts().list(params, RequestOptions.builder().maxRetries(5).timeout(Duration.ofSeconds(20)).build());
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final @Nullable Integer maxRetries;
  private final @Nullable Duration timeout;
  private final boolean retryNonIdempotent;
  private final Map<String, String> headers;
  private final Map<String, String> queryParams;

  private RequestOptions(Builder b) {
    this.maxRetries = b.maxRetries;
    this.timeout = b.timeout;
    this.retryNonIdempotent = b.retryNonIdempotent;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParams));
  }

  /**
   * @return options that override nothing
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return a builder holding these options
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxRetries = maxRetries;
    b.timeout = timeout;
    b.retryNonIdempotent = retryNonIdempotent;
    b.headers.putAll(headers);
    b.queryParams.putAll(queryParams);
    return b;
  }

  /**
   * @return the retry budget for this call, if overridden
   */
  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  /**
   * @return the overall deadline of this call (all attempts and waits), if overridden
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * @return whether a request other than a GET may be retried after it may have reached the server
   */
  public boolean retryNonIdempotent() {
    return retryNonIdempotent;
  }

  /**
   * @return extra headers to send, in the order they were set
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * @return extra query parameters to send after the operation's own, in the order they were set
   */
  public Map<String, String> queryParams() {
    return queryParams;
  }

  @Override
  public String toString() {
    return "RequestOptions{maxRetries="
        + maxRetries
        + ", timeout="
        + timeout
        + ", retryNonIdempotent="
        + retryNonIdempotent
        + ", headers="
        + headers.keySet()
        + ", queryParams="
        + queryParams.keySet()
        + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Integer maxRetries;
    private @Nullable Duration timeout;
    private boolean retryNonIdempotent;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * @param maxRetries retries after the first attempt, 0 to disable
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
     * @param timeout the overall deadline of the call, including retries and waits
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Allows retrying a create (POST), or a raw {@code POST}, {@code PUT}, {@code PATCH} or {@code
     * DELETE}, even after the request may have reached the server. Only do this when a duplicate is
     * harmless to you: the API documents no idempotency key.
     *
     * @param retry whether to allow it
     * @return this builder
     */
    public Builder retryNonIdempotent(boolean retry) {
      this.retryNonIdempotent = retry;
      return this;
    }

    /**
     * @param name a header name; {@code Authorization} cannot be overridden here
     * @param value its value, without CR or LF
     * @return this builder
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.toLowerCase(Locale.ROOT).equals("authorization")) {
        throw new IllegalArgumentException("Authorization is set by the client from its API key");
      }
      if (!isToken(name)) {
        throw new IllegalArgumentException(
            "Not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~ only)");
      }
      if (!isFieldValue(value)) {
        throw new IllegalArgumentException(
            "The value of header "
                + name
                + " has a character HTTP cannot carry (a control character, a line break or non-ASCII)");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * Adds a query parameter the SDK does not know yet. A name the operation defines itself (such
     * as {@code limit} or {@code offset} for the alert list) is rejected when the call is made: set
     * it on the params instead.
     *
     * @param name a query parameter name
     * @param value its value (encoded by the client)
     * @return this builder
     */
    public Builder queryParam(String name, String value) {
      queryParams.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    /** RFC 9110 token: what a header name may be. */
    private static boolean isToken(String s) {
      if (s.isEmpty()) {
        return false;
      }
      for (char c : s.toCharArray()) {
        boolean ok =
            (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        if (!ok) {
          return false;
        }
      }
      return true;
    }

    /** Visible ASCII, space and tab: what every HTTP client carries unchanged. */
    private static boolean isFieldValue(String s) {
      for (char c : s.toCharArray()) {
        if (!(c == '\t' || (c >= 0x20 && c <= 0x7e))) {
          return false;
        }
      }
      return true;
    }
  }
}
