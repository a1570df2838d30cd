package ai.cotool.sdk.models;

import java.util.Optional;

/**
 * What {@link Detection} adds to its generated accessors ({@code x-cotool-mixin} in the spec).
 *
 * <p>Both {@code POST /api/detections} (create) and {@code POST /api/detections/{id}/accept}
 * (accept) return this agent object, at different levels of detail: one class reads both, and a
 * property the response did not include is an empty {@code Optional} or list. The create response
 * alone has {@code detectionCadence}; the accept response alone has {@code origin}, {@code
 * cronSchedule}, {@code enabled}, {@code toolActionConfigs}, {@code cliNames}, {@code tags}, {@code
 * skills}, {@code acceptanceCriteria}, the 30-day statistics and the threat model fields. The API
 * documents most properties as required, but only on a rendered page; this SDK reads them
 * tolerantly, and only {@code id()} is strict ({@code x-cotool-strict}).
 */
abstract class DetectionMixin {
  DetectionMixin() {}

  /**
   * @return when the agent was soft-deleted, as sent; implemented by {@link Detection}
   */
  public abstract Optional<String> deletedAt();

  /**
   * @return whether the agent is soft-deleted ({@code deletedAt} is set)
   */
  public boolean isDeleted() {
    return deletedAt().isPresent();
  }
}
