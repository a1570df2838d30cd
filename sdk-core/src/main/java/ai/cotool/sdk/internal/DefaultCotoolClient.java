package ai.cotool.sdk.internal;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.resources.AlertsResource;
import ai.cotool.sdk.resources.DetectionsResource;
import ai.cotool.sdk.resources.OutputDestinationsResource;
import ai.cotool.sdk.resources.TriggersResource;
import okhttp3.OkHttpClient;

/** The client: resources over one {@link HttpPipeline}. Not API. */
final class DefaultCotoolClient implements CotoolClient {
  private final ClientConfig config;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final DetectionsResource detections;
  private final OutputDestinationsResource outputDestinations;
  private final TriggersResource triggers;
  private final AlertsResource alerts;

  DefaultCotoolClient(ClientConfig config, OkHttpClient http, boolean ownsHttp) {
    this.config = config;
    this.http = http;
    this.ownsHttp = ownsHttp;
    HttpPipeline pipeline = new HttpPipeline(config, http);
    this.detections = new DetectionsService(pipeline);
    this.outputDestinations = new OutputDestinationsService(pipeline);
    this.triggers = new TriggersService(pipeline);
    this.alerts = new AlertsService(pipeline);
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
}
