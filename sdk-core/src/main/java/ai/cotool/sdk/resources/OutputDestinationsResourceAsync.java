package ai.cotool.sdk.resources;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import java.util.concurrent.CompletableFuture;

/** {@link OutputDestinationsResource} without blocking. */
public interface OutputDestinationsResourceAsync {
  /**
   * @param params the destination to create
   * @param options per-call overrides
   * @return the created destination
   */
  CompletableFuture<OutputDestination> create(OutputDestinationParams params, RequestOptions options);

  /**
   * @param params the destination to create
   * @return the created destination
   */
  default CompletableFuture<OutputDestination> create(OutputDestinationParams params) {
    return create(params, RequestOptions.none());
  }

  /** The same operation, completing with the HTTP response and the result. */
  interface WithRawResponse {
    /**
     * @param params the destination to create
     * @param options per-call overrides
     * @return the created destination with its response
     */
    CompletableFuture<ApiResponse<OutputDestination>> create(OutputDestinationParams params, RequestOptions options);

    /**
     * @param params the destination to create
     * @return the created destination with its response
     */
    default CompletableFuture<ApiResponse<OutputDestination>> create(OutputDestinationParams params) {
      return create(params, RequestOptions.none());
    }
  }
}
