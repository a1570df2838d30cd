package ai.cotool.sdk.internal;

import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.resources.OutputDestinationsResource;
import java.util.List;
import java.util.Objects;

final class OutputDestinationsService implements OutputDestinationsResource {
  private final HttpPipeline pipeline;

  OutputDestinationsService(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public OutputDestination create(OutputDestinationParams params, RequestOptions options) {
    Validate.required("params", params);
    ApiRequest request = ApiRequest.post(List.of("api", "output-destinations"), params.toJson());
    return pipeline.execute(request, Objects.requireNonNull(options, "options"),
        r -> OutputDestination.fromJson(r.body()));
  }
}
