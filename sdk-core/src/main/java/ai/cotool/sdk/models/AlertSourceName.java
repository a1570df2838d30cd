package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Enums;

/**
 * The filter-oriented source name of an alert ({@code source.name}, and the {@code source} filter of
 * {@link AlertListParams}). Trigger-created alerts use their trigger type.
 */
public enum AlertSourceName implements ApiEnum {
  /** A Cotool detection. Wire value {@code "cotool_detection"}. */
  COTOOL_DETECTION("cotool_detection"),
  /** Threat hunting. Wire value {@code "hunting"}. */
  HUNTING("hunting"),
  /** A Jira trigger. Wire value {@code "jira"}. */
  JIRA("jira"),
  /** A Jira Automation trigger. Wire value {@code "jira-automation"}. */
  JIRA_AUTOMATION("jira-automation"),
  /** A Slack trigger. Wire value {@code "slack"}. */
  SLACK("slack"),
  /** A Linear trigger. Wire value {@code "linear"}. */
  LINEAR("linear"),
  /** A scheduled trigger. Wire value {@code "cron"}. */
  CRON("cron"),
  /** A webhook trigger. Wire value {@code "webhook"}. */
  WEBHOOK("webhook"),
  /** An email trigger. Wire value {@code "email"}. */
  EMAIL("email"),
  /** A Bugcrowd trigger. Wire value {@code "bugcrowd"}. */
  BUGCROWD("bugcrowd"),
  /** A HackerOne trigger. Wire value {@code "hackerone"}. */
  HACKERONE("hackerone"),
  /** A value this version of the SDK does not know; the model's {@code ...AsString()} getter has it. */
  UNKNOWN(null);

  private final String value;

  AlertSourceName(String value) {
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
  public static AlertSourceName fromValue(String value) {
    return Enums.fromValue(AlertSourceName.class, value);
  }
}
