package ai.cotool.sdk.internal;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.CotoolClientAsync;
import ai.cotool.sdk.RawRequest;
import ai.cotool.sdk.RawResponse;
import ai.cotool.sdk.RequestOptions;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;

/**
 * The client: every face of the resources ({@link Services}) over one {@link HttpPipeline}. Not
 * API.
 */
final class DefaultCotoolClient extends Services.Blocking implements CotoolClient {
  private final ClientConfig config;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final CotoolClient.WithRawResponse raw;
  private final CotoolClientAsync async;
  private final Transport transport;

  DefaultCotoolClient(ClientConfig config, OkHttpClient http, boolean ownsHttp) {
    this(config, http, ownsHttp, new Transport(new HttpPipeline(config, http)));
  }

  private DefaultCotoolClient(
      ClientConfig config, OkHttpClient http, boolean ownsHttp, Transport transport) {
    super(transport);
    this.config = config;
    this.http = http;
    this.ownsHttp = ownsHttp;
    this.raw = new Raw(transport);
    this.async = new Async(transport);
    this.transport = transport;
  }

  @Override
  public CotoolClientAsync async() {
    return async;
  }

  @Override
  public CotoolClient.WithRawResponse withRawResponse() {
    return raw;
  }

  @Override
  public void close() {
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "CotoolClient{" + config + "}";
  }

  @Override
  public RawResponse request(RawRequest request, RequestOptions options) {
    return transport.call(RawCalls.prepare(request), options);
  }

  private static final class Raw extends Services.Raw implements CotoolClient.WithRawResponse {
    Raw(Transport transport) {
      super(transport);
    }
  }

  private static final class Async extends Services.Async implements CotoolClientAsync {
    private final CotoolClientAsync.WithRawResponse raw;
    private final Transport transport;

    Async(Transport transport) {
      super(transport);
      this.transport = transport;
      this.raw = new RawAsync(transport);
    }

    @Override
    public CotoolClientAsync.WithRawResponse withRawResponse() {
      return raw;
    }

    @Override
    public CompletableFuture<RawResponse> request(RawRequest request, RequestOptions options) {
      return transport.callAsync(RawCalls.prepare(request), options);
    }
  }

  private static final class RawAsync extends Services.RawAsync
      implements CotoolClientAsync.WithRawResponse {
    RawAsync(Transport transport) {
      super(transport);
    }
  }
}
