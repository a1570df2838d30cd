package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * The type of a built-in (system-managed) agent.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the SDK does not know; the model that returned it keeps
 * the wire value (its {@code ...AsString()} getter). {@code UNKNOWN} cannot be sent in a request.
 */
public enum BuiltInAgentType implements ApiEnum {
  /** Threat relevancy agent. Wire value {@code threat-relevancy}. */
  THREAT_RELEVANCY("threat-relevancy"),
  /** Threat research agent. Wire value {@code threat-research}. */
  THREAT_RESEARCH("threat-research"),
  /** Test agent. Wire value {@code test-agent}. */
  TEST_AGENT("test-agent"),
  /** A value this version of the SDK does not know. */
  UNKNOWN(null);

  private final String value;

  BuiltInAgentType(String value) {
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
  public static BuiltInAgentType fromValue(String value) {
    return Enums.fromValue(BuiltInAgentType.class, value);
  }
}
