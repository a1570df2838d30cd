package ai.cotool.sdk.internal;

import ai.cotool.sdk.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;

/** The client's settled configuration. Its toString never shows the API key. Not API. */
public final class ClientConfig {
  private final HttpUrl baseUrl;
  private final String apiKey;
  private final int maxRetries;
  private final Duration timeout;
  private final long maxResponseBytes;
  private final Sleeper sleeper;
  private final Clock clock;
  private final String userAgent;
  private final Redactor redactor;

  public ClientConfig(
      HttpUrl baseUrl,
      String apiKey,
      int maxRetries,
      Duration timeout,
      long maxResponseBytes,
      Sleeper sleeper,
      Clock clock,
      String userAgent) {
    this.baseUrl = Objects.requireNonNull(baseUrl);
    this.apiKey = Objects.requireNonNull(apiKey);
    this.maxRetries = maxRetries;
    this.timeout = Objects.requireNonNull(timeout);
    this.maxResponseBytes = maxResponseBytes;
    this.sleeper = Objects.requireNonNull(sleeper);
    this.clock = Objects.requireNonNull(clock);
    this.userAgent = Objects.requireNonNull(userAgent);
    this.redactor = new Redactor(apiKey);
    Secrets.register(redactor);
  }

  public HttpUrl baseUrl() {
    return baseUrl;
  }

  public String apiKey() {
    return apiKey;
  }

  public int maxRetries() {
    return maxRetries;
  }

  public Duration timeout() {
    return timeout;
  }

  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  public Sleeper sleeper() {
    return sleeper;
  }

  public Clock clock() {
    return clock;
  }

  public String userAgent() {
    return userAgent;
  }

  /** Blanks the API key out of any text the SDK shows. */
  public Redactor redactor() {
    return redactor;
  }

  @Override
  public String toString() {
    return "ClientConfig{baseUrl="
        + baseUrl
        + ", apiKey=<redacted>, maxRetries="
        + maxRetries
        + ", timeout="
        + timeout
        + ", maxResponseBytes="
        + maxResponseBytes
        + "}";
  }
}
