package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * The system that sends a trigger webhook: the {@code source} path parameter of {@code POST /api/trigger/{source}/{triggerId}}.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the SDK does not know; the model that returned it keeps
 * the wire value (its {@code ...AsString()} getter). {@code UNKNOWN} cannot be sent in a request.
 */
public enum TriggerSource implements ApiEnum {
  /** Jira. Wire value {@code jira}. */
  JIRA("jira"),
  /** Jira Automation. Wire value {@code jira-automation}. */
  JIRA_AUTOMATION("jira-automation"),
  /** Slack. Wire value {@code slack}. */
  SLACK("slack"),
  /** Linear. Wire value {@code linear}. */
  LINEAR("linear"),
  /** A generic webhook. Wire value {@code webhook}. */
  WEBHOOK("webhook"),
  /** Bugcrowd. Wire value {@code bugcrowd}. */
  BUGCROWD("bugcrowd"),
  /** HackerOne. Wire value {@code hackerone}. */
  HACKERONE("hackerone"),
  /** A value this version of the SDK does not know. */
  UNKNOWN(null);

  private final String value;

  TriggerSource(String value) {
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
  public static TriggerSource fromValue(String value) {
    return Enums.fromValue(TriggerSource.class, value);
  }
}
