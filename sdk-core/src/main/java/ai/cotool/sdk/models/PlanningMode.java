package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * Whether an agent plans before it acts.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the SDK does not know; the model that returned it keeps
 * the wire value (its {@code ...AsString()} getter). {@code UNKNOWN} cannot be sent in a request.
 */
public enum PlanningMode implements ApiEnum {
  /** The agent decides. Wire value {@code auto}. */
  AUTO("auto"),
  /** The agent never plans. Wire value {@code never}. */
  NEVER("never"),
  /** The agent always plans. Wire value {@code always}. */
  ALWAYS("always"),
  /** A value this version of the SDK does not know. */
  UNKNOWN(null);

  private final String value;

  PlanningMode(String value) {
    this.value = value;
  }

  /** @return the wire value, or {@code null} for {@link #UNKNOWN} */
  @Override
  public String value() {
    return value;
  }

  /**
   * @param value a wire value, or {@code null}
   * @return the constant for it, {@link #UNKNOWN} for a value this SDK does not list, {@code null} for {@code null}
   */
  public static PlanningMode fromValue(String value) {
    return Enums.fromValue(PlanningMode.class, value);
  }
}
