package ai.cotool.sdk.internal;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.CotoolClientAsync;
import ai.cotool.sdk.RawRequest;
import ai.cotool.sdk.RawResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.resources.AlertsResource;
import ai.cotool.sdk.resources.AlertsResourceAsync;
import ai.cotool.sdk.resources.DetectionsResource;
import ai.cotool.sdk.resources.DetectionsResourceAsync;
import ai.cotool.sdk.resources.OutputDestinationsResource;
import ai.cotool.sdk.resources.OutputDestinationsResourceAsync;
import ai.cotool.sdk.resources.TriggersResource;
import ai.cotool.sdk.resources.TriggersResourceAsync;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;

/** The client: every face of the resources over one {@link HttpPipeline}. Not API. */
final class DefaultCotoolClient implements CotoolClient {
  private final ClientConfig config;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final DetectionsResource detections;
  private final OutputDestinationsResource outputDestinations;
  private final TriggersResource triggers;
  private final AlertsResource alerts;
  private final WithRawResponse raw;
  private final CotoolClientAsync async;
  private final Transport transport;

  DefaultCotoolClient(ClientConfig config, OkHttpClient http, boolean ownsHttp) {
    this.config = config;
    this.http = http;
    this.ownsHttp = ownsHttp;
    Transport transport = new Transport(new HttpPipeline(config, http));
    this.detections = new DetectionsService.Blocking(transport);
    this.outputDestinations = new OutputDestinationsService.Blocking(transport);
    this.triggers = new TriggersService.Blocking(transport);
    this.alerts = new AlertsService.Blocking(transport);
    this.raw = new Raw(transport);
    this.async = new Async(transport);
    this.transport = transport;
  }

  @Override
  public DetectionsResource detections() {
    return detections;
  }

  @Override
  public OutputDestinationsResource outputDestinations() {
    return outputDestinations;
  }

  @Override
  public TriggersResource triggers() {
    return triggers;
  }

  @Override
  public AlertsResource alerts() {
    return alerts;
  }

  @Override
  public CotoolClientAsync async() {
    return async;
  }

  @Override
  public WithRawResponse withRawResponse() {
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

  private static final class Raw implements WithRawResponse {
    private final DetectionsResource.WithRawResponse detections;
    private final OutputDestinationsResource.WithRawResponse outputDestinations;
    private final TriggersResource.WithRawResponse triggers;
    private final AlertsResource.WithRawResponse alerts;

    Raw(Transport transport) {
      this.detections = new DetectionsService.Raw(transport);
      this.outputDestinations = new OutputDestinationsService.Raw(transport);
      this.triggers = new TriggersService.Raw(transport);
      this.alerts = new AlertsService.Raw(transport);
    }

    @Override
    public DetectionsResource.WithRawResponse detections() {
      return detections;
    }

    @Override
    public OutputDestinationsResource.WithRawResponse outputDestinations() {
      return outputDestinations;
    }

    @Override
    public TriggersResource.WithRawResponse triggers() {
      return triggers;
    }

    @Override
    public AlertsResource.WithRawResponse alerts() {
      return alerts;
    }
  }

  private static final class Async implements CotoolClientAsync {
    private final DetectionsResourceAsync detections;
    private final OutputDestinationsResourceAsync outputDestinations;
    private final TriggersResourceAsync triggers;
    private final AlertsResourceAsync alerts;
    private final CotoolClientAsync.WithRawResponse raw;
    private final Transport transport;

    Async(Transport transport) {
      this.transport = transport;
      this.detections = new DetectionsService.Async(transport);
      this.outputDestinations = new OutputDestinationsService.Async(transport);
      this.triggers = new TriggersService.Async(transport);
      this.alerts = new AlertsService.Async(transport);
      this.raw = new RawAsync(transport);
    }

    @Override
    public DetectionsResourceAsync detections() {
      return detections;
    }

    @Override
    public OutputDestinationsResourceAsync outputDestinations() {
      return outputDestinations;
    }

    @Override
    public TriggersResourceAsync triggers() {
      return triggers;
    }

    @Override
    public AlertsResourceAsync alerts() {
      return alerts;
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

  private static final class RawAsync implements CotoolClientAsync.WithRawResponse {
    private final DetectionsResourceAsync.WithRawResponse detections;
    private final OutputDestinationsResourceAsync.WithRawResponse outputDestinations;
    private final TriggersResourceAsync.WithRawResponse triggers;
    private final AlertsResourceAsync.WithRawResponse alerts;

    RawAsync(Transport transport) {
      this.detections = new DetectionsService.RawAsync(transport);
      this.outputDestinations = new OutputDestinationsService.RawAsync(transport);
      this.triggers = new TriggersService.RawAsync(transport);
      this.alerts = new AlertsService.RawAsync(transport);
    }

    @Override
    public DetectionsResourceAsync.WithRawResponse detections() {
      return detections;
    }

    @Override
    public OutputDestinationsResourceAsync.WithRawResponse outputDestinations() {
      return outputDestinations;
    }

    @Override
    public TriggersResourceAsync.WithRawResponse triggers() {
      return triggers;
    }

    @Override
    public AlertsResourceAsync.WithRawResponse alerts() {
      return alerts;
    }
  }
}
