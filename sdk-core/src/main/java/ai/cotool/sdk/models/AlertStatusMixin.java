package ai.cotool.sdk.models;

import java.util.Optional;

/**
 * What {@link AlertStatus} adds to its generated constants ({@code x-cotool-mixin} in the spec):
 * the {@code closed_<disposition>} statuses are terminal and carry the final disposition.
 */
interface AlertStatusMixin extends ApiEnum {
  /**
   * @return whether this is one of the terminal {@code CLOSED_*} statuses
   */
  default boolean isClosed() {
    return value() != null && value().startsWith("closed_");
  }

  /**
   * @return the disposition a closed status carries ({@link AlertDisposition#UNKNOWN} for one newer
   *     than this SDK); empty for open statuses and {@code UNKNOWN}
   */
  default Optional<AlertDisposition> disposition() {
    return isClosed()
        ? Optional.of(AlertDisposition.fromValue(value().substring("closed_".length())))
        : Optional.empty();
  }
}
