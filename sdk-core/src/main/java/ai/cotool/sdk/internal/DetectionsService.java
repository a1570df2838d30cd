package ai.cotool.sdk.internal;

import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.resources.DetectionsResource;
import java.util.List;
import java.util.Objects;

final class DetectionsService implements DetectionsResource {
  private final HttpPipeline pipeline;

  DetectionsService(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public Detection create(CreateDetectionParams params, RequestOptions options) {
    Validate.required("params", params);
    ApiRequest request = ApiRequest.post(List.of("api", "detections"), params.toJson());
    return pipeline.execute(request, Objects.requireNonNull(options, "options"), r -> Detection.fromJson(r.body()));
  }

  @Override
  public Detection accept(String detectionId, RequestOptions options) {
    String id = Validate.uuid("id", Validate.required("id", detectionId));
    ApiRequest request = ApiRequest.post(List.of("api", "detections", id, "accept"), null);
    return pipeline.execute(request, Objects.requireNonNull(options, "options"), r -> Detection.fromJson(r.body()));
  }
}
