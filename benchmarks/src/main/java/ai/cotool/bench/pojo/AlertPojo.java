package ai.cotool.bench.pojo;

import com.google.gson.annotations.SerializedName;

/**
 * Hand-written equivalent of one alert: every property of the schema, typed as a developer would
 * write it (Java enums for the enumerations, strings for ids and timestamps), and nothing else: no
 * presence tracking, no unknown properties kept, an unknown enum value becomes {@code null}.
 */
public final class AlertPojo {
  public String id;
  public String displayId;
  public String organizationId;
  public String organizationName;
  public String title;
  public String description;
  public Severity severity;
  public Status status;
  public Source source;
  public Detection detection;
  public CreatedBy createdBy;
  public String originAgentId;
  public String originTriggerId;
  public String originRunId;
  public String originDetectionHitId;
  public TriggerType externalProvider;
  public String externalRef;
  public String externalUrl;
  public String assignedAgentId;
  public String triageRunId;
  public String dedupeKey;
  public String createdAt;
  public String updatedAt;
  public String firstTriagedAt;
  public String resolvedAt;
  public Disposition derivedDisposition;
  public String originAgentName;
  public String assignedAgentName;
  public TriggerType triggerSource;

  public static final class Source {
    public SourceCategory category;
    public SourceName name;
    public TriggerType triggerType;
  }

  public static final class Detection {
    public String id;
    public String agentId;
    public String name;
    public DetectionKind kind;
  }

  public enum Severity {
    @SerializedName("low")
    LOW,
    @SerializedName("medium")
    MEDIUM,
    @SerializedName("high")
    HIGH,
    @SerializedName("critical")
    CRITICAL
  }

  public enum Status {
    @SerializedName("open")
    OPEN,
    @SerializedName("in_progress")
    IN_PROGRESS,
    @SerializedName("escalated")
    ESCALATED,
    @SerializedName("closed_true_positive")
    CLOSED_TRUE_POSITIVE,
    @SerializedName("closed_false_positive")
    CLOSED_FALSE_POSITIVE,
    @SerializedName("closed_true_positive_benign")
    CLOSED_TRUE_POSITIVE_BENIGN
  }

  public enum SourceCategory {
    @SerializedName("detection")
    DETECTION,
    @SerializedName("trigger")
    TRIGGER,
    @SerializedName("hunting")
    HUNTING
  }

  public enum SourceName {
    @SerializedName("cotool_detection")
    COTOOL_DETECTION,
    @SerializedName("hunting")
    HUNTING,
    @SerializedName("jira")
    JIRA,
    @SerializedName("jira-automation")
    JIRA_AUTOMATION,
    @SerializedName("slack")
    SLACK,
    @SerializedName("linear")
    LINEAR,
    @SerializedName("cron")
    CRON,
    @SerializedName("webhook")
    WEBHOOK,
    @SerializedName("email")
    EMAIL,
    @SerializedName("bugcrowd")
    BUGCROWD,
    @SerializedName("hackerone")
    HACKERONE
  }

  public enum TriggerType {
    @SerializedName("jira")
    JIRA,
    @SerializedName("jira-automation")
    JIRA_AUTOMATION,
    @SerializedName("slack")
    SLACK,
    @SerializedName("linear")
    LINEAR,
    @SerializedName("cron")
    CRON,
    @SerializedName("webhook")
    WEBHOOK,
    @SerializedName("email")
    EMAIL,
    @SerializedName("bugcrowd")
    BUGCROWD,
    @SerializedName("hackerone")
    HACKERONE
  }

  public enum DetectionKind {
    @SerializedName("cotool")
    COTOOL,
    @SerializedName("external")
    EXTERNAL
  }

  public enum CreatedBy {
    @SerializedName("agent")
    AGENT,
    @SerializedName("trigger")
    TRIGGER,
    @SerializedName("system")
    SYSTEM
  }

  public enum Disposition {
    @SerializedName("true_positive")
    TRUE_POSITIVE,
    @SerializedName("false_positive")
    FALSE_POSITIVE,
    @SerializedName("true_positive_benign")
    TRUE_POSITIVE_BENIGN
  }
}
