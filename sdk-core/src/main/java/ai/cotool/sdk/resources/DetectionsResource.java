package ai.cotool.sdk.resources;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import java.util.UUID;

/**
 * Detections: create a detection agent, accept a suggested one.
 *
 * <pre>{@code
 * Detection created = client.detections().create(CreateDetectionParams.builder()
 *     .name("Privilege escalation via sudoers change")
 *     .detectionCategory(DetectionCategory.PRIVILEGE_ESCALATION)
 *     .systemPrompt("Triage sudoers modifications ...")
 *     .detectionQuery("index=linux sourcetype=auditd path=/etc/sudoers*")
 *     .build());
 * Detection accepted = client.detections().accept(created.id());
 * }</pre>
 */
public interface DetectionsResource {
  /**
   * {@code POST /api/detections}. Not retried once the request may have reached the server.
   *
   * @param params the detection to create
   * @return the created detection agent
   */
  default Detection create(CreateDetectionParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * @param params the detection to create
   * @param options per-call overrides
   * @return the created detection agent
   */
  Detection create(CreateDetectionParams params, RequestOptions options);

  /**
   * {@code POST /api/detections/{id}/accept}.
   *
   * @param detectionId the detection's UUID, as text
   * @return the accepted detection agent
   * @throws ai.cotool.sdk.errors.InvalidParameterException if the id is not a UUID (nothing is sent)
   */
  default Detection accept(String detectionId) {
    return accept(detectionId, RequestOptions.none());
  }

  /**
   * @param detectionId the detection's UUID
   * @return the accepted detection agent
   */
  default Detection accept(UUID detectionId) {
    return accept(detectionId.toString(), RequestOptions.none());
  }

  /**
   * @param detectionId the detection's UUID, as text
   * @param options per-call overrides
   * @return the accepted detection agent
   */
  Detection accept(String detectionId, RequestOptions options);

  /** The same operations, returning the HTTP response with the result ({@code client.withRawResponse()}). */
  interface WithRawResponse {
    /**
     * @param params the detection to create
     * @param options per-call overrides
     * @return the created detection agent with its response
     */
    ApiResponse<Detection> create(CreateDetectionParams params, RequestOptions options);

    /**
     * @param detectionId the detection's UUID, as text
     * @param options per-call overrides
     * @return the accepted detection agent with its response
     */
    ApiResponse<Detection> accept(String detectionId, RequestOptions options);

    /**
     * @param params the detection to create
     * @return the created detection agent with its response
     */
    default ApiResponse<Detection> create(CreateDetectionParams params) {
      return create(params, RequestOptions.none());
    }

    /**
     * @param detectionId the detection's UUID, as text
     * @return the accepted detection agent with its response
     */
    default ApiResponse<Detection> accept(String detectionId) {
      return accept(detectionId, RequestOptions.none());
    }
  }
}
