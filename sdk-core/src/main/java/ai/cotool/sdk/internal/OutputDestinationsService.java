package ai.cotool.sdk.internal;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.internal.Transport.Prepared;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.resources.OutputDestinationsResource;
import ai.cotool.sdk.resources.OutputDestinationsResourceAsync;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The output destination operation, and the four ways of calling it. */
final class OutputDestinationsService {
  private OutputDestinationsService() {}

  static Prepared<OutputDestination> create(OutputDestinationParams params) {
    String body = Validate.required("params", params).toJson();
    return Prepared.text(ApiRequest.post(List.of("api", "output-destinations"), body), OutputDestination::fromJson);
  }

  static final class Blocking implements OutputDestinationsResource {
    private final Transport transport;

    Blocking(Transport transport) {
      this.transport = transport;
    }

    @Override
    public OutputDestination create(OutputDestinationParams params, RequestOptions options) {
      return transport.call(OutputDestinationsService.create(params), options);
    }
  }

  static final class Raw implements OutputDestinationsResource.WithRawResponse {
    private final Transport transport;

    Raw(Transport transport) {
      this.transport = transport;
    }

    @Override
    public ApiResponse<OutputDestination> create(OutputDestinationParams params, RequestOptions options) {
      return transport.callRaw(OutputDestinationsService.create(params), options);
    }
  }

  static final class Async implements OutputDestinationsResourceAsync {
    private final Transport transport;

    Async(Transport transport) {
      this.transport = transport;
    }

    @Override
    public CompletableFuture<OutputDestination> create(OutputDestinationParams params, RequestOptions options) {
      return transport.callAsync(OutputDestinationsService.create(params), options);
    }
  }

  static final class RawAsync implements OutputDestinationsResourceAsync.WithRawResponse {
    private final Transport transport;

    RawAsync(Transport transport) {
      this.transport = transport;
    }

    @Override
    public CompletableFuture<ApiResponse<OutputDestination>> create(OutputDestinationParams params,
        RequestOptions options) {
      return transport.callRawAsync(OutputDestinationsService.create(params), options);
    }
  }
}
