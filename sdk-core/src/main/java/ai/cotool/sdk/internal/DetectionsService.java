package ai.cotool.sdk.internal;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.internal.Transport.Prepared;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.resources.DetectionsResource;
import ai.cotool.sdk.resources.DetectionsResourceAsync;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The detection operations, and the four ways of calling them. */
final class DetectionsService {
  private DetectionsService() {}

  static Prepared<Detection> create(CreateDetectionParams params) {
    String body = Validate.required("params", params).toJson();
    return Prepared.streaming(ApiRequest.post(List.of("api", "detections"), body), Detection::fromJson);
  }

  static Prepared<Detection> accept(String detectionId) {
    String id = Validate.uuid("id", Validate.required("id", detectionId));
    return Prepared.streaming(ApiRequest.post(List.of("api", "detections", id, "accept"), null), Detection::fromJson);
  }

  static final class Blocking implements DetectionsResource {
    private final Transport transport;

    Blocking(Transport transport) {
      this.transport = transport;
    }

    @Override
    public Detection create(CreateDetectionParams params, RequestOptions options) {
      return transport.call(DetectionsService.create(params), options);
    }

    @Override
    public Detection accept(String detectionId, RequestOptions options) {
      return transport.call(DetectionsService.accept(detectionId), options);
    }
  }

  static final class Raw implements DetectionsResource.WithRawResponse {
    private final Transport transport;

    Raw(Transport transport) {
      this.transport = transport;
    }

    @Override
    public ApiResponse<Detection> create(CreateDetectionParams params, RequestOptions options) {
      return transport.callRaw(DetectionsService.create(params), options);
    }

    @Override
    public ApiResponse<Detection> accept(String detectionId, RequestOptions options) {
      return transport.callRaw(DetectionsService.accept(detectionId), options);
    }
  }

  static final class Async implements DetectionsResourceAsync {
    private final Transport transport;

    Async(Transport transport) {
      this.transport = transport;
    }

    @Override
    public CompletableFuture<Detection> create(CreateDetectionParams params, RequestOptions options) {
      return transport.callAsync(DetectionsService.create(params), options);
    }

    @Override
    public CompletableFuture<Detection> accept(String detectionId, RequestOptions options) {
      return transport.callAsync(DetectionsService.accept(detectionId), options);
    }
  }

  static final class RawAsync implements DetectionsResourceAsync.WithRawResponse {
    private final Transport transport;

    RawAsync(Transport transport) {
      this.transport = transport;
    }

    @Override
    public CompletableFuture<ApiResponse<Detection>> create(CreateDetectionParams params, RequestOptions options) {
      return transport.callRawAsync(DetectionsService.create(params), options);
    }

    @Override
    public CompletableFuture<ApiResponse<Detection>> accept(String detectionId, RequestOptions options) {
      return transport.callRawAsync(DetectionsService.accept(detectionId), options);
    }
  }
}
