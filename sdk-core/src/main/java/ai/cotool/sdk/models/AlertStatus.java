package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;
import java.util.Optional;

/**
 * The lifecycle status of an alert ({@code status}). The three {@code CLOSED_*} statuses are terminal and carry
 * the final disposition; see {@link #isClosed()} and {@link #disposition()}.
 */
public enum AlertStatus implements ApiEnum {
  /** Not yet triaged. Wire value {@code "open"}. */
  OPEN("open"),
  /** Being triaged. Wire value {@code "in_progress"}. */
  IN_PROGRESS("in_progress"),
  /** Handed to a human responder. Wire value {@code "escalated"}. */
  ESCALATED("escalated"),
  /** Closed: a real threat. Wire value {@code "closed_true_positive"}. */
  CLOSED_TRUE_POSITIVE("closed_true_positive"),
  /** Closed: not a threat. Wire value {@code "closed_false_positive"}. */
  CLOSED_FALSE_POSITIVE("closed_false_positive"),
  /** Closed: real activity, but expected or harmless. Wire value {@code "closed_true_positive_benign"}. */
  CLOSED_TRUE_POSITIVE_BENIGN("closed_true_positive_benign"),
  /** A value this version of the SDK does not know; the model's {@code ...AsString()} getter has it. */
  UNKNOWN(null);

  private final String value;

  AlertStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** @return whether this is one of the three terminal {@code CLOSED_*} statuses */
  public boolean isClosed() {
    return this == CLOSED_TRUE_POSITIVE || this == CLOSED_FALSE_POSITIVE || this == CLOSED_TRUE_POSITIVE_BENIGN;
  }

  /** @return the disposition a closed status carries; empty for open statuses and {@code UNKNOWN} */
  public Optional<AlertDisposition> disposition() {
    return switch (this) {
      case CLOSED_TRUE_POSITIVE -> Optional.of(AlertDisposition.TRUE_POSITIVE);
      case CLOSED_FALSE_POSITIVE -> Optional.of(AlertDisposition.FALSE_POSITIVE);
      case CLOSED_TRUE_POSITIVE_BENIGN -> Optional.of(AlertDisposition.TRUE_POSITIVE_BENIGN);
      default -> Optional.empty();
    };
  }

  /**
   * @param value a wire value, or {@code null}
   * @return its constant, {@link #UNKNOWN} for a value this SDK does not list, {@code null} for {@code null}
   */
  public static AlertStatus fromValue(String value) {
    return Enums.fromValue(AlertStatus.class, value);
  }
}
