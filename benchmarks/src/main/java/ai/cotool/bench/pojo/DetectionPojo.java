package ai.cotool.bench.pojo;

import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;

/**
 * Hand-written equivalent of the {@code POST /api/detections} response, for plain Gson
 * data-binding.
 */
public final class DetectionPojo {
  public String id;
  public String organizationId;
  public String name;
  public String description;
  public String createdAt;
  public String updatedAt;
  public String deletedAt;
  public List<String> toolNames;
  public List<Input> inputs;
  public Object modelAlias;
  public PlanningMode planningMode;
  public AgentType agentType;
  public Boolean isBuiltIn;
  public BuiltInAgentType builtInAgentType;
  public List<ContextDoc> contextDocs;
  public String tinesStoryImportId;
  public List<TriggerSummary> triggerSummary;
  public StructuredOutputSchema structuredOutputSchema;
  public CreateDetectionRequestPojo.Category detectionCategory;
  public String detectionQuery;
  public String siemType;
  public CreateDetectionRequestPojo.Cadence detectionCadence;
  public Boolean isSuggestion;
  public String lastDetectionRunAt;
  public ActiveSystemPrompt activeSystemPrompt;

  public static final class Input {
    public String type;
    public String name;
    public String description;
    public Boolean required;
  }

  public static final class ContextDoc {
    public String provider;
    public String id;
    public String name;
    public String mimeType;
  }

  public static final class TriggerSummary {
    public String id;
    public String source;
    public String name;
    public Boolean enabled;
  }

  public static final class StructuredOutputSchema {
    public String type;
    public String title;
    public String description;
    public Map<String, Object> properties;
    public Object items;
    public List<String> required;

    @SerializedName("enum")
    public List<String> enumValues;

    @SerializedName("x-cotool")
    public Metadata xCotool;
  }

  public static final class Metadata {
    public String presetId;
  }

  public static final class ActiveSystemPrompt {
    public String id;
    public String prompt;
    public String description;
  }

  public enum PlanningMode {
    @SerializedName("auto")
    AUTO,
    @SerializedName("never")
    NEVER,
    @SerializedName("always")
    ALWAYS
  }

  public enum AgentType {
    @SerializedName("response")
    RESPONSE,
    @SerializedName("detection")
    DETECTION
  }

  public enum BuiltInAgentType {
    @SerializedName("threat-relevancy")
    THREAT_RELEVANCY,
    @SerializedName("threat-research")
    THREAT_RESEARCH
  }
}
