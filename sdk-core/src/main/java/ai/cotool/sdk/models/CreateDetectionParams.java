package ai.cotool.sdk.models;

import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.internal.Json;
import ai.cotool.sdk.internal.Secrets;
import ai.cotool.sdk.internal.Validate;
import ai.cotool.sdk.internal.generated.model.CreateDetectionRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /api/detections}. {@link Builder#build()} checks every rule of the API and throws {@link
 * InvalidParameterException} naming the field.
 *
 * <pre>{@code
 * CreateDetectionParams params = CreateDetectionParams.builder()
 *     .name("Privilege escalation via sudoers change")
 *     .detectionCategory(DetectionCategory.PRIVILEGE_ESCALATION)
 *     .systemPrompt("You are a Linux privilege-escalation analyst...")
 *     .detectionQuery("index=linux_audit path=\"/etc/sudoers\" perm=w")
 *     .siemType("splunk")
 *     .detectionCadence(DetectionCadence.HOURLY)
 *     .build();
 * }</pre>
 *
 * <p>Optional values left unset (or set to {@code null}) are left out of the body.
 */
public final class CreateDetectionParams implements ApiModel {
  private final String name;
  private final DetectionCategory detectionCategory;
  private final String systemPrompt;
  private final String detectionQuery;
  private final String description;
  private final String siemType;
  private final List<String> toolNames;
  private final DetectionCadence detectionCadence;
  private final Map<String, Object> additionalBodyProperties;

  private CreateDetectionParams(Builder builder) {
    this.name = Validate.length("name", Validate.required("name", builder.name), 1, 255);
    this.detectionCategory =
        Validate.known("detectionCategory", Validate.required("detectionCategory", builder.detectionCategory));
    this.systemPrompt =
        Validate.length("systemPrompt", Validate.required("systemPrompt", builder.systemPrompt), 1, Integer.MAX_VALUE);
    this.detectionQuery = Validate.length(
        "detectionQuery", Validate.required("detectionQuery", builder.detectionQuery), 1, Integer.MAX_VALUE);
    this.description = Validate.length("description", builder.description, 0, 1000);
    this.siemType = builder.siemType;
    this.toolNames =
        builder.toolNames == null ? null : List.copyOf(Validate.noNullItems("toolNames", builder.toolNames));
    this.detectionCadence = Validate.known("detectionCadence", builder.detectionCadence);
    this.additionalBodyProperties = builder.additionalBodyProperties(CreateDetectionRequest.openapiFields);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these values */
  public Builder toBuilder() {
    Builder builder = new Builder()
        .name(name)
        .detectionCategory(detectionCategory)
        .systemPrompt(systemPrompt)
        .detectionQuery(detectionQuery)
        .description(description)
        .siemType(siemType)
        .detectionCadence(detectionCadence)
        .putAllAdditionalBodyProperties(additionalBodyProperties);
    return toolNames == null ? builder : builder.toolNames(toolNames);
  }

  /** @return the detection's name (1 to 255 characters) */
  public String name() {
    return name;
  }

  /** @return the detection's category */
  public DetectionCategory detectionCategory() {
    return detectionCategory;
  }

  /** @return the system prompt of the detection agent */
  public String systemPrompt() {
    return systemPrompt;
  }

  /** @return the SIEM query */
  public String detectionQuery() {
    return detectionQuery;
  }

  /** @return the description (at most 1000 characters) */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** @return the SIEM platform type, e.g. {@code splunk} or {@code elastic} */
  public Optional<String> siemType() {
    return Optional.ofNullable(siemType);
  }

  /** @return the tool names available to the agent (unmodifiable); empty when not set, so not sent */
  public Optional<List<String>> toolNames() {
    return Optional.ofNullable(toolNames);
  }

  /** @return how often the detection runs */
  public Optional<DetectionCadence> detectionCadence() {
    return Optional.ofNullable(detectionCadence);
  }

  /** @return the properties added for fields this SDK does not know yet (unmodifiable, in the order added) */
  public Map<String, Object> additionalBodyProperties() {
    return additionalBodyProperties;
  }

  /** @return the JSON body the request sends */
  @Override
  public String toJson() {
    CreateDetectionRequest body = new CreateDetectionRequest()
        .name(name)
        .detectionCategory(CreateDetectionRequest.DetectionCategoryEnum.fromValue(detectionCategory.value()))
        .systemPrompt(systemPrompt)
        .detectionQuery(detectionQuery);
    if (description != null) {
      body.description(description);
    }
    if (siemType != null) {
      body.siemType(siemType);
    }
    if (toolNames != null) {
      body.toolNames(new ArrayList<>(toolNames));
    }
    if (detectionCadence != null) {
      body.detectionCadence(CreateDetectionRequest.DetectionCadenceEnum.fromValue(detectionCadence.value()));
    }
    additionalBodyProperties.forEach(body::putAdditionalProperty);
    return Json.encode(body);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CreateDetectionParams)) {
      return false;
    }
    CreateDetectionParams other = (CreateDetectionParams) o;
    return name.equals(other.name)
        && detectionCategory == other.detectionCategory
        && systemPrompt.equals(other.systemPrompt)
        && detectionQuery.equals(other.detectionQuery)
        && Objects.equals(description, other.description)
        && Objects.equals(siemType, other.siemType)
        && Objects.equals(toolNames, other.toolNames)
        && detectionCadence == other.detectionCadence
        && additionalBodyProperties.equals(other.additionalBodyProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, detectionCategory, systemPrompt, detectionQuery, description, siemType, toolNames, detectionCadence,
        additionalBodyProperties);
  }

  /** Shows the name and settings; the prompt, query and description only by length, added properties by name. */
  @Override
  public String toString() {
    return Secrets.redact("CreateDetectionParams{name=" + name
        + ", detectionCategory=" + detectionCategory.value()
        + ", detectionCadence=" + (detectionCadence == null ? null : detectionCadence.value())
        + ", siemType=" + siemType
        + ", toolNames=" + toolNames
        + ", systemPrompt=" + systemPrompt.length() + " chars"
        + ", detectionQuery=" + detectionQuery.length() + " chars"
        + (description == null ? "" : ", description=" + description.length() + " chars")
        + (additionalBodyProperties.isEmpty() ? "" : ", additionalBodyProperties=" + additionalBodyProperties.keySet())
        + "}");
  }

  /**
   * Builds {@link CreateDetectionParams}; {@code name}, {@code detectionCategory}, {@code systemPrompt} and {@code
   * detectionQuery} are required.
   */
  public static final class Builder extends BodyBuilder<Builder> {
    private String name;
    private DetectionCategory detectionCategory;
    private String systemPrompt;
    private String detectionQuery;
    private String description;
    private String siemType;
    private List<String> toolNames;
    private DetectionCadence detectionCadence;

    private Builder() {}

    /**
     * @param name the detection's name: 1 to 255 characters (Unicode code points)
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * @param detectionCategory the category (not {@code UNKNOWN})
     * @return this builder
     */
    public Builder detectionCategory(DetectionCategory detectionCategory) {
      this.detectionCategory = detectionCategory;
      return this;
    }

    /**
     * @param systemPrompt the system prompt of the detection agent, at least 1 character
     * @return this builder
     */
    public Builder systemPrompt(String systemPrompt) {
      this.systemPrompt = systemPrompt;
      return this;
    }

    /**
     * @param detectionQuery the SIEM query, at least 1 character
     * @return this builder
     */
    public Builder detectionQuery(String detectionQuery) {
      this.detectionQuery = detectionQuery;
      return this;
    }

    /**
     * @param description at most 1000 characters, or {@code null} to leave it out
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * @param siemType the SIEM platform, e.g. {@code splunk}, or {@code null} to leave it out
     * @return this builder
     */
    public Builder siemType(String siemType) {
      this.siemType = siemType;
      return this;
    }

    /**
     * @param toolNames the tool names available to the agent (copied; replaces any set before), or {@code null} to
     *     leave them out
     * @return this builder
     */
    public Builder toolNames(List<String> toolNames) {
      this.toolNames = toolNames == null ? null : new ArrayList<>(toolNames);
      return this;
    }

    /**
     * @param toolNames the tool names available to the agent (replaces any set before)
     * @return this builder
     */
    public Builder toolNames(String... toolNames) {
      return toolNames(toolNames == null ? null : Arrays.asList(toolNames));
    }

    /**
     * @param detectionCadence how often the detection runs (not {@code UNKNOWN}), or {@code null} to leave it out
     * @return this builder
     */
    public Builder detectionCadence(DetectionCadence detectionCadence) {
      this.detectionCadence = detectionCadence;
      return this;
    }

    /**
     * @return the params
     * @throws InvalidParameterException if a value breaks a rule of the API, naming the field
     */
    public CreateDetectionParams build() {
      return new CreateDetectionParams(this);
    }
  }
}
