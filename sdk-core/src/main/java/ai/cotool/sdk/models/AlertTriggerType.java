package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * The kind of external trigger behind an alert: {@code source.triggerType}, {@code externalProvider} and
 * {@code triggerSource} of {@link Alert}.
 */
public enum AlertTriggerType implements ApiEnum {
  /** Jira. Wire value {@code "jira"}. */
  JIRA("jira"),
  /** Jira Automation. Wire value {@code "jira-automation"}. */
  JIRA_AUTOMATION("jira-automation"),
  /** Slack. Wire value {@code "slack"}. */
  SLACK("slack"),
  /** Linear. Wire value {@code "linear"}. */
  LINEAR("linear"),
  /** A schedule. Wire value {@code "cron"}. */
  CRON("cron"),
  /** A webhook. Wire value {@code "webhook"}. */
  WEBHOOK("webhook"),
  /** Email. Wire value {@code "email"}. */
  EMAIL("email"),
  /** Bugcrowd. Wire value {@code "bugcrowd"}. */
  BUGCROWD("bugcrowd"),
  /** HackerOne. Wire value {@code "hackerone"}. */
  HACKERONE("hackerone"),
  /** A value this version of the SDK does not know; the model's {@code ...AsString()} getter has it. */
  UNKNOWN(null);

  private final String value;

  AlertTriggerType(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /**
   * @param value a wire value, or {@code null}
   * @return its constant, {@link #UNKNOWN} for a value this SDK does not list, {@code null} for {@code null}
   */
  public static AlertTriggerType fromValue(String value) {
    return Enums.fromValue(AlertTriggerType.class, value);
  }
}
