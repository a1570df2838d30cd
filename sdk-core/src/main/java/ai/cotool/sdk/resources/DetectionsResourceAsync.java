package ai.cotool.sdk.resources;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * {@link DetectionsResource} without blocking: each call returns at once, and its future completes with the same
 * result, or exceptionally with the same exceptions (invalid arguments are thrown before anything is sent).
 */
public interface DetectionsResourceAsync {
  /**
   * @param params the detection to create
   * @param options per-call overrides
   * @return the created detection agent
   */
  CompletableFuture<Detection> create(CreateDetectionParams params, RequestOptions options);

  /**
   * @param detectionId the detection's UUID, as text
   * @param options per-call overrides
   * @return the accepted detection agent
   */
  CompletableFuture<Detection> accept(String detectionId, RequestOptions options);

  /**
   * @param params the detection to create
   * @return the created detection agent
   */
  default CompletableFuture<Detection> create(CreateDetectionParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * @param detectionId the detection's UUID, as text
   * @return the accepted detection agent
   */
  default CompletableFuture<Detection> accept(String detectionId) {
    return accept(detectionId, RequestOptions.none());
  }

  /**
   * @param detectionId the detection's UUID
   * @return the accepted detection agent
   */
  default CompletableFuture<Detection> accept(UUID detectionId) {
    return accept(detectionId.toString(), RequestOptions.none());
  }

  /** The same operations, completing with the HTTP response and the result. */
  interface WithRawResponse {
    /**
     * @param params the detection to create
     * @param options per-call overrides
     * @return the created detection agent with its response
     */
    CompletableFuture<ApiResponse<Detection>> create(CreateDetectionParams params, RequestOptions options);

    /**
     * @param detectionId the detection's UUID, as text
     * @param options per-call overrides
     * @return the accepted detection agent with its response
     */
    CompletableFuture<ApiResponse<Detection>> accept(String detectionId, RequestOptions options);

    /**
     * @param params the detection to create
     * @return the created detection agent with its response
     */
    default CompletableFuture<ApiResponse<Detection>> create(CreateDetectionParams params) {
      return create(params, RequestOptions.none());
    }

    /**
     * @param detectionId the detection's UUID, as text
     * @return the accepted detection agent with its response
     */
    default CompletableFuture<ApiResponse<Detection>> accept(String detectionId) {
      return accept(detectionId, RequestOptions.none());
    }
  }
}
