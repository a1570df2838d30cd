package ai.cotool.sdk.models;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.internal.Json;
import ai.cotool.sdk.internal.Models;
import ai.cotool.sdk.internal.Secrets;
import ai.cotool.sdk.internal.generated.model.AcceptDetectionResponse;
import ai.cotool.sdk.internal.generated.model.AcceptedStructuredOutputSchema;
import ai.cotool.sdk.internal.generated.model.ActiveSystemPrompt;
import ai.cotool.sdk.internal.generated.model.AgentSkill;
import ai.cotool.sdk.internal.generated.model.CotoolSchemaMetadata;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A detection agent, as returned by {@code POST /api/detections} (create) and {@code POST
 * /api/detections/{id}/accept} (accept).
 *
 * <p>Both operations return the same agent object at different levels of detail, so one class models every property
 * of both: a property the response did not include is an empty {@link Optional} or an empty list. The create
 * response alone has {@link #detectionCadence()}; the accept response alone has {@link #origin()}, {@link
 * #cronSchedule()}, {@link #enabled()}, {@link #toolActionConfigs()}, {@link #cliNames()}, {@link #tags()}, {@link
 * #skills()}, {@link #acceptanceCriteria()}, the 30-day statistics and the threat model fields.
 *
 * <p>The API documents most properties of this object as required, but only on a rendered page; this SDK reads
 * them tolerantly (empty when missing or {@code null}). Only {@link #id()} is strict: it throws {@link
 * CotoolInvalidDataException} when the server left it out.
 */
public final class Detection implements ApiModel {
  private static final String TYPE = "Detection";
  /** The create response's property that the accept shape does not declare. */
  private static final String DETECTION_CADENCE = "detectionCadence";

  private final AcceptDetectionResponse raw;

  Detection(AcceptDetectionResponse raw) {
    this.raw = Objects.requireNonNull(raw, "raw");
  }

  @Override
  public String toJson() {
    return Json.encodeModel(raw);
  }

  /**
   * Reads a detection from JSON text: the body of either the create or the accept response (the two shapes are
   * read the same way). Useful in tests.
   *
   * @param json one JSON object
   * @return the detection
   * @throws CotoolInvalidDataException if the text is not JSON or not an object of this shape
   */
  public static Detection fromJson(String json) {
    Objects.requireNonNull(json, "json");
    return new Detection(Json.decode(json, AcceptDetectionResponse.class));
  }

  /**
   * Reads a detection as {@link #fromJson(String)} does, streaming from {@code json} (which is not closed).
   *
   * @param json one JSON object
   * @return the detection
   * @throws CotoolInvalidDataException if the text is not JSON, not an object of this shape, or cannot be read
   */
  public static Detection fromJson(Reader json) {
    Objects.requireNonNull(json, "json");
    return new Detection(Json.decode(json, AcceptDetectionResponse.class));
  }

  /**
   * @return the agent's unique identifier
   * @throws CotoolInvalidDataException if the response did not include it
   */
  public String id() {
    return Models.require(raw.getId(), TYPE, "id");
  }

  /** @return the identifier of the organization that owns the agent */
  public Optional<String> organizationId() {
    return Optional.ofNullable(raw.getOrganizationId());
  }

  /** @return the human-readable name */
  public Optional<String> name() {
    return Optional.ofNullable(raw.getName());
  }

  /** @return what the agent does */
  public Optional<String> description() {
    return Optional.ofNullable(raw.getDescription());
  }

  /** @return when the agent was created, as the server wrote it (an ISO-8601 timestamp) */
  public Optional<String> createdAt() {
    return Optional.ofNullable(raw.getCreatedAt());
  }

  /** @return when the agent was last updated, as the server wrote it */
  public Optional<String> updatedAt() {
    return Optional.ofNullable(raw.getUpdatedAt());
  }

  /** @return when the agent was soft-deleted; empty if it is not deleted */
  public Optional<String> deletedAt() {
    return Optional.ofNullable(raw.getDeletedAt());
  }

  /** @return whether the agent is soft-deleted ({@link #deletedAt()} is set) */
  public boolean isDeleted() {
    return raw.getDeletedAt() != null;
  }

  /** @return the names of the tools the agent may use */
  public List<String> toolNames() {
    return Models.list(raw.getToolNames());
  }

  /** @return per-tool-action configuration (accept response only) */
  public List<ToolActionConfig> toolActionConfigs() {
    return Models.list(raw.getToolActionConfigs(), ToolActionConfig::new);
  }

  /** @return the inputs the agent expects */
  public List<AgentInput> inputs() {
    return Models.list(raw.getInputs(), AgentInput::new);
  }

  /**
   * The model alias, which the API types as "any" value: a {@link String} today, but possibly a {@link Number},
   * {@link Boolean}, unmodifiable {@link List} or unmodifiable {@link Map}.
   *
   * @return the LLM model alias
   */
  public Optional<Object> modelAlias() {
    return Optional.ofNullable(Models.plain(raw.getModelAlias()));
  }

  /** @return the planning mode; {@link PlanningMode#UNKNOWN} for a value this SDK does not know */
  public Optional<PlanningMode> planningMode() {
    return planningModeAsString().map(PlanningMode::fromValue);
  }

  /** @return the planning mode as the server sent it */
  public Optional<String> planningModeAsString() {
    return Optional.ofNullable(raw.getPlanningMode()).map(AcceptDetectionResponse.PlanningModeEnum::getValue);
  }

  /** @return the agent type; {@link AgentType#UNKNOWN} for a value this SDK does not know */
  public Optional<AgentType> agentType() {
    return agentTypeAsString().map(AgentType::fromValue);
  }

  /** @return the agent type as the server sent it */
  public Optional<String> agentTypeAsString() {
    return Optional.ofNullable(raw.getAgentType()).map(AcceptDetectionResponse.AgentTypeEnum::getValue);
  }

  /** @return who created the agent (accept response only); {@link AgentOrigin#UNKNOWN} for a new value */
  public Optional<AgentOrigin> origin() {
    return originAsString().map(AgentOrigin::fromValue);
  }

  /** @return who created the agent, as the server sent it */
  public Optional<String> originAsString() {
    return Optional.ofNullable(raw.getOrigin()).map(AcceptDetectionResponse.OriginEnum::getValue);
  }

  /** @return whether the agent is built in (system-managed) */
  public Optional<Boolean> isBuiltIn() {
    return Optional.ofNullable(raw.getIsBuiltIn());
  }

  /** @return the type of built-in agent; {@link BuiltInAgentType#UNKNOWN} for a value this SDK does not know */
  public Optional<BuiltInAgentType> builtInAgentType() {
    return builtInAgentTypeAsString().map(BuiltInAgentType::fromValue);
  }

  /** @return the type of built-in agent as the server sent it */
  public Optional<String> builtInAgentTypeAsString() {
    return Optional.ofNullable(raw.getBuiltInAgentType()).map(AcceptDetectionResponse.BuiltInAgentTypeEnum::getValue);
  }

  /** @return the cron expression of the schedule trigger, e.g. {@code 0 * * * *} (accept response only) */
  public Optional<String> cronSchedule() {
    return Optional.ofNullable(raw.getCronSchedule());
  }

  /** @return whether the detection schedule is enabled (accept response only) */
  public Optional<Boolean> enabled() {
    return Optional.ofNullable(raw.getEnabled());
  }

  /** @return the CLI integration ids the agent may use (accept response only) */
  public List<String> cliNames() {
    return Models.list(raw.getCliNames());
  }

  /** @return context documents given to the agent */
  public List<ContextDoc> contextDocs() {
    return Models.list(raw.getContextDocs(), ContextDoc::new);
  }

  /** @return the Tines story import template the agent was created from */
  public Optional<String> tinesStoryImportId() {
    return Optional.ofNullable(raw.getTinesStoryImportId());
  }

  /** @return the triggers configured for the agent (the {@code triggerSummary} property) */
  public List<AgentTrigger> triggerSummary() {
    return Models.list(raw.getTriggerSummary(), AgentTrigger::new);
  }

  /** @return the JSON schema of the structured output the agent emits */
  public Optional<StructuredOutputSchema> structuredOutputSchema() {
    return Optional.ofNullable(raw.getStructuredOutputSchema()).map(StructuredOutputSchema::new);
  }

  /** @return tags categorizing the agent (accept response only) */
  public List<String> tags() {
    return Models.list(raw.getTags());
  }

  /** @return reusable skills attached to the agent (accept response only) */
  public List<Skill> skills() {
    return Models.list(raw.getSkills(), Skill::new);
  }

  /** @return acceptance criteria evaluated for every run (accept response only) */
  public List<String> acceptanceCriteria() {
    return Models.list(raw.getAcceptanceCriteria());
  }

  /** @return the detection category; {@link DetectionCategory#UNKNOWN} for a value this SDK does not know */
  public Optional<DetectionCategory> detectionCategory() {
    return detectionCategoryAsString().map(DetectionCategory::fromValue);
  }

  /** @return the detection category as the server sent it */
  public Optional<String> detectionCategoryAsString() {
    return Optional.ofNullable(raw.getDetectionCategory()).map(AcceptDetectionResponse.DetectionCategoryEnum::getValue);
  }

  /** @return the SIEM query */
  public Optional<String> detectionQuery() {
    return Optional.ofNullable(raw.getDetectionQuery());
  }

  /** @return the SIEM platform type, e.g. {@code splunk} or {@code elastic} */
  public Optional<String> siemType() {
    return Optional.ofNullable(raw.getSiemType());
  }

  /** @return how often the detection runs (create response only); {@link DetectionCadence#UNKNOWN} for a new value */
  public Optional<DetectionCadence> detectionCadence() {
    return detectionCadenceAsString().map(DetectionCadence::fromValue);
  }

  /**
   * @return how often the detection runs, as the server sent it
   * @throws CotoolInvalidDataException if the server sent an object or array instead of a string
   */
  public Optional<String> detectionCadenceAsString() {
    Map<String, Object> extras = raw.getAdditionalProperties();
    Object value = extras == null ? null : extras.get(DETECTION_CADENCE);
    if (value == null || value instanceof String) {
      return Optional.ofNullable((String) value);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return Optional.of(value.toString());
    }
    throw new CotoolInvalidDataException(TYPE + "." + DETECTION_CADENCE + " is not a string", null);
  }

  /** @return whether the detection is a suggestion; {@code false} when the response does not say */
  public boolean isSuggestion() {
    return Boolean.TRUE.equals(raw.getIsSuggestion());
  }

  /** @return when the detection last ran; empty if it never ran */
  public Optional<String> lastDetectionRunAt() {
    return Optional.ofNullable(raw.getLastDetectionRunAt());
  }

  /** @return the active system prompt (the {@code activeSystemPrompt} property) */
  public Optional<SystemPrompt> activeSystemPrompt() {
    return Optional.ofNullable(raw.getActiveSystemPrompt()).map(SystemPrompt::new);
  }

  /** @return total runs in the last 30 days (accept response only) */
  public Optional<BigInteger> runs30d() {
    return Optional.ofNullable(raw.getRuns30d());
  }

  /** @return runs still active among those of the last 30 days (accept response only) */
  public Optional<BigInteger> runningRuns30d() {
    return Optional.ofNullable(raw.getRunningRuns30d());
  }

  /** @return detection hits recorded in the last 30 days (accept response only) */
  public Optional<BigInteger> hits30d() {
    return Optional.ofNullable(raw.getHits30d());
  }

  /** @return the average LLM judge evaluation score (0-100) over the last 30 days (accept response only) */
  public Optional<BigDecimal> avgEvalScore30d() {
    return Optional.ofNullable(raw.getAvgEvalScore30d());
  }

  /** @return the quote from the threat model the agent was grounded in; empty for user-created agents */
  public Optional<String> threatModelSnippet() {
    return Optional.ofNullable(raw.getThreatModelSnippet());
  }

  /** @return the threat model version the agent was built against; empty for user-created agents */
  public Optional<ThreatModelVersion> threatModelVersion() {
    return Optional.ofNullable(raw.getThreatModelVersion()).map(ThreatModelVersion::new);
  }

  /**
   * @param jsonName a property name as the API spells it, e.g. {@code "deletedAt"}
   * @return whether the response included the property, possibly as {@code null}: tells {@code null} from absent
   */
  public boolean hasProperty(String jsonName) {
    return raw.isPropertyPresent(jsonName);
  }

  /** @return properties this version of the SDK does not know, by name (unmodifiable; values may be null) */
  public Map<String, Object> additionalProperties() {
    return Models.extras(raw.getAdditionalProperties(), Set.of(DETECTION_CADENCE));
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Detection && raw.equals(((Detection) o).raw));
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return Secrets.redact("Detection{id=" + raw.getId()
        + ", name=" + raw.getName()
        + ", agentType=" + raw.getAgentType()
        + ", detectionCategory=" + raw.getDetectionCategory()
        + ", isSuggestion=" + raw.getIsSuggestion()
        + ", deleted=" + isDeleted()
        + "}");
  }

  /** One input the agent expects (an item of {@code inputs}). */
  public static final class AgentInput implements ApiModel {
    private final ai.cotool.sdk.internal.generated.model.AgentInput raw;

    @Override
    public String toJson() {
      return Json.encodeModel(raw);
    }

    AgentInput(ai.cotool.sdk.internal.generated.model.AgentInput raw) {
      this.raw = raw;
    }

    /** @return the input's type, e.g. {@code text} */
    public Optional<String> type() {
      return Optional.ofNullable(raw.getType());
    }

    /** @return the input's name */
    public Optional<String> name() {
      return Optional.ofNullable(raw.getName());
    }

    /** @return what the input is */
    public Optional<String> description() {
      return Optional.ofNullable(raw.getDescription());
    }

    /** @return whether the input is required */
    public Optional<Boolean> required() {
      return Optional.ofNullable(raw.getRequired());
    }

    /**
     * @param jsonName a property name as the API spells it
     * @return whether the response included the property, possibly as {@code null}
     */
    public boolean hasProperty(String jsonName) {
      return raw.isPropertyPresent(jsonName);
    }

    /** @return properties this version of the SDK does not know (unmodifiable) */
    public Map<String, Object> additionalProperties() {
      return Models.extras(raw.getAdditionalProperties());
    }

    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof AgentInput && raw.equals(((AgentInput) o).raw));
    }

    @Override
    public int hashCode() {
      return raw.hashCode();
    }

    @Override
    public String toString() {
      return Secrets.redact("AgentInput{name=" + raw.getName() + ", type=" + raw.getType() + ", required=" + raw.getRequired() + "}");
    }
  }

  /** A context document given to the agent, e.g. a Google Doc (an item of {@code contextDocs}). */
  public static final class ContextDoc implements ApiModel {
    private final ai.cotool.sdk.internal.generated.model.ContextDoc raw;

    @Override
    public String toJson() {
      return Json.encodeModel(raw);
    }

    ContextDoc(ai.cotool.sdk.internal.generated.model.ContextDoc raw) {
      this.raw = raw;
    }

    /** @return where the document lives, e.g. {@code googleDocs} */
    public Optional<String> provider() {
      return Optional.ofNullable(raw.getProvider());
    }

    /** @return the document's id at its provider */
    public Optional<String> id() {
      return Optional.ofNullable(raw.getId());
    }

    /** @return the document's name */
    public Optional<String> name() {
      return Optional.ofNullable(raw.getName());
    }

    /** @return the document's MIME type */
    public Optional<String> mimeType() {
      return Optional.ofNullable(raw.getMimeType());
    }

    /**
     * @param jsonName a property name as the API spells it
     * @return whether the response included the property, possibly as {@code null}
     */
    public boolean hasProperty(String jsonName) {
      return raw.isPropertyPresent(jsonName);
    }

    /** @return properties this version of the SDK does not know (unmodifiable) */
    public Map<String, Object> additionalProperties() {
      return Models.extras(raw.getAdditionalProperties());
    }

    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof ContextDoc && raw.equals(((ContextDoc) o).raw));
    }

    @Override
    public int hashCode() {
      return raw.hashCode();
    }

    @Override
    public String toString() {
      return Secrets.redact("ContextDoc{provider=" + raw.getProvider() + ", id=" + raw.getId() + ", name=" + raw.getName() + "}");
    }
  }

  /**
   * A trigger configured for the agent (an item of {@code triggerSummary}). Its {@link #source()} is free text
   * ({@code cron}, {@code jira}, ...), wider than {@link TriggerSource}.
   */
  public static final class AgentTrigger implements ApiModel {
    private final ai.cotool.sdk.internal.generated.model.TriggerSummary raw;

    @Override
    public String toJson() {
      return Json.encodeModel(raw);
    }

    AgentTrigger(ai.cotool.sdk.internal.generated.model.TriggerSummary raw) {
      this.raw = raw;
    }

    /** @return the trigger's id */
    public Optional<String> id() {
      return Optional.ofNullable(raw.getId());
    }

    /** @return what fires the trigger, e.g. {@code jira} or {@code cron} */
    public Optional<String> source() {
      return Optional.ofNullable(raw.getSource());
    }

    /** @return the trigger's name */
    public Optional<String> name() {
      return Optional.ofNullable(raw.getName());
    }

    /** @return whether the trigger is enabled */
    public Optional<Boolean> enabled() {
      return Optional.ofNullable(raw.getEnabled());
    }

    /**
     * @param jsonName a property name as the API spells it
     * @return whether the response included the property, possibly as {@code null}
     */
    public boolean hasProperty(String jsonName) {
      return raw.isPropertyPresent(jsonName);
    }

    /** @return properties this version of the SDK does not know (unmodifiable) */
    public Map<String, Object> additionalProperties() {
      return Models.extras(raw.getAdditionalProperties());
    }

    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof AgentTrigger && raw.equals(((AgentTrigger) o).raw));
    }

    @Override
    public int hashCode() {
      return raw.hashCode();
    }

    @Override
    public String toString() {
      return Secrets.redact("AgentTrigger{id=" + raw.getId() + ", source=" + raw.getSource() + ", name=" + raw.getName()
          + ", enabled=" + raw.getEnabled() + "}");
    }
  }

  /**
   * The JSON schema of the agent's structured output. Besides the schema keywords it may carry Cotool metadata
   * ({@code x-cotool}, see {@link #presetId()}), which the server strips before sending the schema to the LLM.
   */
  public static final class StructuredOutputSchema implements ApiModel {
    private static final String SCHEMA_TYPE = "Detection.StructuredOutputSchema";

    private final AcceptedStructuredOutputSchema raw;

    @Override
    public String toJson() {
      return Json.encodeModel(raw);
    }

    StructuredOutputSchema(AcceptedStructuredOutputSchema raw) {
      this.raw = raw;
    }

    /** @return the schema's {@code type} keyword, e.g. {@code object} */
    public Optional<String> type() {
      return Optional.ofNullable(raw.getType());
    }

    /** @return the schema's title */
    public Optional<String> title() {
      return Optional.ofNullable(raw.getTitle());
    }

    /** @return the schema's description */
    public Optional<String> description() {
      return Optional.ofNullable(raw.getDescription());
    }

    /**
     * @return the {@code properties} keyword: property name to sub-schema, as plain unmodifiable maps and lists
     * @throws CotoolInvalidDataException if the server sent something other than an object
     */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> properties() {
      Object value = Models.plain(raw.getProperties());
      if (value == null || value instanceof Map) {
        return Optional.ofNullable((Map<String, Object>) value);
      }
      throw new CotoolInvalidDataException(SCHEMA_TYPE + ".properties is not an object", null);
    }

    /** @return the {@code items} keyword (any JSON value, as plain unmodifiable maps and lists) */
    public Optional<Object> items() {
      return Optional.ofNullable(Models.plain(raw.getItems()));
    }

    /** @return the {@code required} keyword */
    public List<String> required() {
      return Models.list(raw.getRequired());
    }

    /** @return the {@code enum} keyword */
    public List<String> enumValues() {
      return Models.list(raw.getEnum());
    }

    /**
     * @return the schema's own {@code additionalProperties} keyword (accept response only); not to be confused with
     *     {@link #additionalProperties()}
     */
    public Optional<Boolean> allowsAdditionalProperties() {
      return Optional.ofNullable(raw.getAllowsAdditionalProperties());
    }

    /** @return the UX preset the schema was made from ({@code x-cotool.presetId}), e.g. {@code classification} */
    public Optional<String> presetId() {
      return Optional.ofNullable(raw.getxCotool()).map(CotoolSchemaMetadata::getPresetId);
    }

    /** @return properties of {@code x-cotool} this version of the SDK does not know (unmodifiable) */
    public Map<String, Object> cotoolAdditionalProperties() {
      CotoolSchemaMetadata cotool = raw.getxCotool();
      return cotool == null ? Map.of() : Models.extras(cotool.getAdditionalProperties());
    }

    /**
     * @param jsonName a property name as the API spells it, e.g. {@code "x-cotool"} or {@code "additionalProperties"}
     * @return whether the response included the property, possibly as {@code null}
     */
    public boolean hasProperty(String jsonName) {
      return raw.isPropertyPresent(jsonName);
    }

    /** @return properties (schema keywords) this version of the SDK does not know (unmodifiable) */
    public Map<String, Object> additionalProperties() {
      return Models.extras(raw.getAdditionalProperties());
    }

    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof StructuredOutputSchema && raw.equals(((StructuredOutputSchema) o).raw));
    }

    @Override
    public int hashCode() {
      return raw.hashCode();
    }

    @Override
    public String toString() {
      return Secrets.redact("StructuredOutputSchema{type=" + raw.getType() + ", title=" + raw.getTitle() + ", presetId="
          + presetId().orElse(null) + "}");
    }
  }

  /** A system prompt of the detection (the {@code activeSystemPrompt} property). */
  public static final class SystemPrompt implements ApiModel {
    private final ActiveSystemPrompt raw;

    @Override
    public String toJson() {
      return Json.encodeModel(raw);
    }

    SystemPrompt(ActiveSystemPrompt raw) {
      this.raw = raw;
    }

    /** @return the prompt version's id */
    public Optional<String> id() {
      return Optional.ofNullable(raw.getId());
    }

    /** @return the prompt text */
    public Optional<String> prompt() {
      return Optional.ofNullable(raw.getPrompt());
    }

    /** @return a note on this prompt version */
    public Optional<String> description() {
      return Optional.ofNullable(raw.getDescription());
    }

    /**
     * @param jsonName a property name as the API spells it
     * @return whether the response included the property, possibly as {@code null}
     */
    public boolean hasProperty(String jsonName) {
      return raw.isPropertyPresent(jsonName);
    }

    /** @return properties this version of the SDK does not know (unmodifiable) */
    public Map<String, Object> additionalProperties() {
      return Models.extras(raw.getAdditionalProperties());
    }

    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof SystemPrompt && raw.equals(((SystemPrompt) o).raw));
    }

    @Override
    public int hashCode() {
      return raw.hashCode();
    }

    @Override
    public String toString() {
      String prompt = raw.getPrompt();
      return "SystemPrompt{id=" + raw.getId() + ", prompt=" + (prompt == null ? null : prompt.length() + " chars") + "}";
    }
  }

  /** Configuration of one tool action (an item of {@code toolActionConfigs}). */
  public static final class ToolActionConfig implements ApiModel {
    private final ai.cotool.sdk.internal.generated.model.ToolActionConfig raw;

    @Override
    public String toJson() {
      return Json.encodeModel(raw);
    }

    ToolActionConfig(ai.cotool.sdk.internal.generated.model.ToolActionConfig raw) {
      this.raw = raw;
    }

    /** @return the tool action, e.g. {@code slack_send_message} */
    public Optional<String> type() {
      return Optional.ofNullable(raw.getType());
    }

    /** @return the channels the action may post to */
    public List<AllowedChannel> allowedChannels() {
      return Models.list(raw.getAllowedChannels(), AllowedChannel::new);
    }

    /**
     * @param jsonName a property name as the API spells it
     * @return whether the response included the property, possibly as {@code null}
     */
    public boolean hasProperty(String jsonName) {
      return raw.isPropertyPresent(jsonName);
    }

    /** @return properties this version of the SDK does not know (unmodifiable) */
    public Map<String, Object> additionalProperties() {
      return Models.extras(raw.getAdditionalProperties());
    }

    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof ToolActionConfig && raw.equals(((ToolActionConfig) o).raw));
    }

    @Override
    public int hashCode() {
      return raw.hashCode();
    }

    @Override
    public String toString() {
      return Secrets.redact("ToolActionConfig{type=" + raw.getType() + ", allowedChannels=" + allowedChannels() + "}");
    }
  }

  /** A channel a tool action may post to. */
  public static final class AllowedChannel implements ApiModel {
    private final ai.cotool.sdk.internal.generated.model.AllowedChannel raw;

    @Override
    public String toJson() {
      return Json.encodeModel(raw);
    }

    AllowedChannel(ai.cotool.sdk.internal.generated.model.AllowedChannel raw) {
      this.raw = raw;
    }

    /** @return the channel id */
    public Optional<String> id() {
      return Optional.ofNullable(raw.getId());
    }

    /** @return the channel name, e.g. {@code #soc-alerts} */
    public Optional<String> name() {
      return Optional.ofNullable(raw.getName());
    }

    /**
     * @param jsonName a property name as the API spells it
     * @return whether the response included the property, possibly as {@code null}
     */
    public boolean hasProperty(String jsonName) {
      return raw.isPropertyPresent(jsonName);
    }

    /** @return properties this version of the SDK does not know (unmodifiable) */
    public Map<String, Object> additionalProperties() {
      return Models.extras(raw.getAdditionalProperties());
    }

    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof AllowedChannel && raw.equals(((AllowedChannel) o).raw));
    }

    @Override
    public int hashCode() {
      return raw.hashCode();
    }

    @Override
    public String toString() {
      return Secrets.redact("AllowedChannel{id=" + raw.getId() + ", name=" + raw.getName() + "}");
    }
  }

  /** A reusable skill attached to the agent (an item of {@code skills}). */
  public static final class Skill implements ApiModel {
    private final AgentSkill raw;

    @Override
    public String toJson() {
      return Json.encodeModel(raw);
    }

    Skill(AgentSkill raw) {
      this.raw = raw;
    }

    /** @return the skill's id */
    public Optional<String> skillId() {
      return Optional.ofNullable(raw.getSkillId());
    }

    /** @return the skill's definition (name, description, required tools) */
    public Optional<SkillInfo> skill() {
      return Optional.ofNullable(raw.getSkill()).map(SkillInfo::new);
    }

    /** @return the id of the skill version the agent uses */
    public Optional<String> skillVersionId() {
      return Optional.ofNullable(raw.getSkillVersionId());
    }

    /** @return how often the skill was invoked in the last 30 days */
    public Optional<BigInteger> invocationCount30d() {
      return Optional.ofNullable(raw.getInvocationCount30d());
    }

    /**
     * @param jsonName a property name as the API spells it
     * @return whether the response included the property, possibly as {@code null}
     */
    public boolean hasProperty(String jsonName) {
      return raw.isPropertyPresent(jsonName);
    }

    /** @return properties this version of the SDK does not know (unmodifiable) */
    public Map<String, Object> additionalProperties() {
      return Models.extras(raw.getAdditionalProperties());
    }

    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof Skill && raw.equals(((Skill) o).raw));
    }

    @Override
    public int hashCode() {
      return raw.hashCode();
    }

    @Override
    public String toString() {
      return Secrets.redact("Skill{skillId=" + raw.getSkillId() + ", name=" + (raw.getSkill() == null ? null : raw.getSkill().getName())
          + "}");
    }
  }

  /** The definition of a {@link Skill} (its {@code skill} property). */
  public static final class SkillInfo implements ApiModel {
    private final ai.cotool.sdk.internal.generated.model.SkillInfo raw;

    @Override
    public String toJson() {
      return Json.encodeModel(raw);
    }

    SkillInfo(ai.cotool.sdk.internal.generated.model.SkillInfo raw) {
      this.raw = raw;
    }

    /** @return the skill's name */
    public Optional<String> name() {
      return Optional.ofNullable(raw.getName());
    }

    /** @return what the skill does */
    public Optional<String> description() {
      return Optional.ofNullable(raw.getDescription());
    }

    /** @return the tools the skill needs */
    public List<String> requiredTools() {
      return Models.list(raw.getRequiredTools());
    }

    /**
     * @param jsonName a property name as the API spells it
     * @return whether the response included the property, possibly as {@code null}
     */
    public boolean hasProperty(String jsonName) {
      return raw.isPropertyPresent(jsonName);
    }

    /** @return properties this version of the SDK does not know (unmodifiable) */
    public Map<String, Object> additionalProperties() {
      return Models.extras(raw.getAdditionalProperties());
    }

    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof SkillInfo && raw.equals(((SkillInfo) o).raw));
    }

    @Override
    public int hashCode() {
      return raw.hashCode();
    }

    @Override
    public String toString() {
      return Secrets.redact("SkillInfo{name=" + raw.getName() + ", requiredTools=" + requiredTools() + "}");
    }
  }

  /** The threat model version an orchestrator-built agent was grounded in. */
  public static final class ThreatModelVersion implements ApiModel {
    private final ai.cotool.sdk.internal.generated.model.ThreatModelVersion raw;

    @Override
    public String toJson() {
      return Json.encodeModel(raw);
    }

    ThreatModelVersion(ai.cotool.sdk.internal.generated.model.ThreatModelVersion raw) {
      this.raw = raw;
    }

    /** @return the threat model version's id */
    public Optional<String> id() {
      return Optional.ofNullable(raw.getId());
    }

    /** @return the version number */
    public Optional<BigInteger> version() {
      return Optional.ofNullable(raw.getVersion());
    }

    /** @return whether this is the organization's current threat model version */
    public Optional<Boolean> isCurrent() {
      return Optional.ofNullable(raw.getIsCurrent());
    }

    /**
     * @param jsonName a property name as the API spells it
     * @return whether the response included the property, possibly as {@code null}
     */
    public boolean hasProperty(String jsonName) {
      return raw.isPropertyPresent(jsonName);
    }

    /** @return properties this version of the SDK does not know (unmodifiable) */
    public Map<String, Object> additionalProperties() {
      return Models.extras(raw.getAdditionalProperties());
    }

    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof ThreatModelVersion && raw.equals(((ThreatModelVersion) o).raw));
    }

    @Override
    public int hashCode() {
      return raw.hashCode();
    }

    @Override
    public String toString() {
      return Secrets.redact("ThreatModelVersion{id=" + raw.getId() + ", version=" + raw.getVersion() + ", isCurrent="
          + raw.getIsCurrent() + "}");
    }
  }
}
