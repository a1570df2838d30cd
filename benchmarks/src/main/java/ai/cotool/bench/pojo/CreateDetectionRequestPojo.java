package ai.cotool.bench.pojo;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * Hand-written equivalent of the {@code POST /api/detections} request body (Gson leaves {@code
 * null}s out).
 */
public final class CreateDetectionRequestPojo {
  public String name;
  public String description;
  public Category detectionCategory;
  public String systemPrompt;
  public String detectionQuery;
  public String siemType;
  public List<String> toolNames;
  public Cadence detectionCadence;

  public enum Category {
    @SerializedName("baseline_anomaly")
    BASELINE_ANOMALY,
    @SerializedName("first_occurrence")
    FIRST_OCCURRENCE,
    @SerializedName("sequence_pattern")
    SEQUENCE_PATTERN,
    @SerializedName("privilege_escalation")
    PRIVILEGE_ESCALATION,
    @SerializedName("custom")
    CUSTOM
  }

  public enum Cadence {
    @SerializedName("hourly")
    HOURLY,
    @SerializedName("daily")
    DAILY,
    @SerializedName("weekly")
    WEEKLY
  }
}
