package ai.cotool.sdk.testkit;

import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertCreator;
import ai.cotool.sdk.models.AlertDetectionKind;
import ai.cotool.sdk.models.AlertDisposition;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertSourceCategory;
import ai.cotool.sdk.models.AlertSourceName;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.models.AlertTriggerType;
import ai.cotool.sdk.testkit.internal.FakeJson;
import ai.cotool.sdk.testkit.internal.Ids;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One alert of the fake's data set, as {@code GET /api/alerts} serves it. Immutable; build one with
 * {@link #builder()}, which fills every field the API requires with a realistic value, so a test
 * sets only what it cares about.
 *
 * <pre>{@code
 * fake.alerts().reset(List.of(
 *     FakeAlert.builder().title("Sudoers changed on prod-bastion-02")
 *         .status(AlertStatus.OPEN).severity(AlertSeverity.CRITICAL).build(),
 *     FakeAlert.builder().title("Phishing report").source(AlertSourceName.EMAIL)
 *         .status(AlertStatus.CLOSED_FALSE_POSITIVE).build()));
 * }</pre>
 *
 * <p>Setting a closed status fills {@code resolvedAt} and {@code derivedDisposition} unless set
 * explicitly; {@link Builder#source(AlertSourceName)} sets the category, trigger type, creator and
 * provider that go with the source. The {@code displayId} is assigned ({@code COT-<n>}) when the
 * alert is added to the fake, if not set.
 */
public final class FakeAlert {
  /** The organization every fake alert belongs to, unless set. */
  public static final String DEFAULT_ORGANIZATION_ID = "7c67f3c6-cb58-481b-8978-bd41e0c84856";

  /** The organization name every fake alert carries, unless set. */
  public static final String DEFAULT_ORGANIZATION_NAME = "acme-corp";

  private static final Pattern DISPLAY_ID = Pattern.compile("^COT-\\d+$");

  private final String id;
  private final @Nullable String displayId;
  private final String organizationId;
  private final String organizationName;
  private final String title;
  private final @Nullable String description;
  private final @Nullable AlertSeverity severity;
  private final AlertStatus status;
  private final AlertSourceCategory sourceCategory;
  private final AlertSourceName sourceName;
  private final @Nullable AlertTriggerType triggerType;
  private final @Nullable String detectionId;
  private final @Nullable String detectionAgentId;
  private final @Nullable String detectionName;
  private final @Nullable AlertDetectionKind detectionKind;
  private final AlertCreator createdBy;
  private final @Nullable String originAgentId;
  private final @Nullable String originTriggerId;
  private final @Nullable String originRunId;
  private final @Nullable String originDetectionHitId;
  private final @Nullable AlertTriggerType externalProvider;
  private final @Nullable String externalRef;
  private final @Nullable String externalUrl;
  private final @Nullable String assignedAgentId;
  private final @Nullable String triageRunId;
  private final @Nullable String dedupeKey;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final @Nullable Instant firstTriagedAt;
  private final @Nullable Instant resolvedAt;
  private final @Nullable AlertDisposition derivedDisposition;
  private final @Nullable String originAgentName;
  private final @Nullable String assignedAgentName;
  private final @Nullable AlertTriggerType triggerSource;

  private FakeAlert(Builder b) {
    this.id = b.id;
    this.displayId = b.displayId;
    this.organizationId = b.organizationId;
    this.organizationName = b.organizationName;
    this.title = b.title;
    this.description = b.description;
    this.severity = b.severity;
    this.status = b.status;
    this.sourceCategory = b.sourceCategory;
    this.sourceName = b.sourceName;
    this.triggerType = b.triggerType;
    this.detectionId = b.detectionId;
    this.detectionAgentId = b.detectionAgentId;
    this.detectionName = b.detectionName;
    this.detectionKind = b.detectionKind;
    this.createdBy = b.createdBy;
    this.originAgentId = b.originAgentId;
    this.originTriggerId = b.originTriggerId;
    this.originRunId = b.originRunId;
    this.originDetectionHitId = b.originDetectionHitId;
    this.externalProvider = b.externalProvider;
    this.externalRef = b.externalRef;
    this.externalUrl = b.externalUrl;
    this.assignedAgentId = b.assignedAgentId;
    this.triageRunId = b.triageRunId;
    this.dedupeKey = b.dedupeKey;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt == null ? b.createdAt : b.updatedAt;
    this.firstTriagedAt = b.firstTriagedAt;
    this.resolvedAt =
        b.resolvedAt != null || !b.status.isClosed() || b.resolvedAtSet
            ? b.resolvedAt
            : this.updatedAt;
    this.derivedDisposition =
        b.derivedDispositionSet ? b.derivedDisposition : b.status.disposition().orElse(null);
    this.originAgentName = b.originAgentName;
    this.assignedAgentName = b.assignedAgentName;
    this.triggerSource = b.triggerSource;
  }

  /**
   * @return a builder with a fresh id, an open medium-severity Cotool-detection alert created now
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return a builder holding this alert's values
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * @return the alert id (a UUID)
   */
  public String id() {
    return id;
  }

  /**
   * @return the display id ({@code COT-<n>}); empty until the alert is added to a fake, if not set
   */
  public Optional<String> displayId() {
    return Optional.ofNullable(displayId);
  }

  /**
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * @return the description, if any
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * @return the severity, if known
   */
  public Optional<AlertSeverity> severity() {
    return Optional.ofNullable(severity);
  }

  /**
   * @return the status
   */
  public AlertStatus status() {
    return status;
  }

  /**
   * @return the source name (what the {@code source} filter matches)
   */
  public AlertSourceName sourceName() {
    return sourceName;
  }

  /**
   * @return the detection id, when the alert is attributed to a Cotool detection
   */
  public Optional<String> detectionId() {
    return Optional.ofNullable(detectionId);
  }

  /**
   * @return the detection name, when the alert is attributed to a detection
   */
  public Optional<String> detectionName() {
    return Optional.ofNullable(detectionName);
  }

  /**
   * @return the detection's kind, when the alert is attributed to a detection
   */
  public Optional<AlertDetectionKind> detectionKind() {
    return Optional.ofNullable(detectionKind);
  }

  /**
   * @return the origin agent id, if any
   */
  public Optional<String> originAgentId() {
    return Optional.ofNullable(originAgentId);
  }

  /**
   * @return the run that created the alert, if any
   */
  public Optional<String> originRunId() {
    return Optional.ofNullable(originRunId);
  }

  /**
   * @return the origin detection hit id, if any
   */
  public Optional<String> originDetectionHitId() {
    return Optional.ofNullable(originDetectionHitId);
  }

  /**
   * @return the external reference (ticket key, message id, ...), if any
   */
  public Optional<String> externalRef() {
    return Optional.ofNullable(externalRef);
  }

  /**
   * @return the assigned response agent id, if any
   */
  public Optional<String> assignedAgentId() {
    return Optional.ofNullable(assignedAgentId);
  }

  /**
   * @return when the alert was created
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * @return when the alert was last updated
   */
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * @return when triage first started, if it has
   */
  public Optional<Instant> firstTriagedAt() {
    return Optional.ofNullable(firstTriagedAt);
  }

  /**
   * @return when the alert was closed, if it is
   */
  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }

  /**
   * @return the disposition, if any
   */
  public Optional<AlertDisposition> derivedDisposition() {
    return Optional.ofNullable(derivedDisposition);
  }

  /**
   * @return the alert as one element of the {@code alerts} array of {@code GET /api/alerts}, every
   *     required property present
   */
  public String toJson() {
    return FakeJson.write(toJsonObject());
  }

  /**
   * @return the alert as the SDK decodes it from the fake's response
   */
  public Alert toAlert() {
    return Alert.fromJson(toJson());
  }

  private JsonObject toJsonObject() {
    JsonObject o = new JsonObject();
    o.addProperty("id", id);
    o.addProperty("displayId", displayId);
    o.addProperty("organizationId", organizationId);
    o.addProperty("organizationName", organizationName);
    o.addProperty("title", title);
    o.addProperty("description", description);
    o.addProperty("severity", severity == null ? null : severity.value());
    o.addProperty("status", status.value());
    JsonObject source = new JsonObject();
    source.addProperty("category", sourceCategory.value());
    source.addProperty("name", sourceName.value());
    source.addProperty("triggerType", value(triggerType));
    o.add("source", source);
    if (detectionKind == null) {
      o.add("detection", JsonNull.INSTANCE);
    } else {
      JsonObject detection = new JsonObject();
      detection.addProperty("id", detectionId);
      detection.addProperty("agentId", detectionAgentId);
      detection.addProperty("name", detectionName);
      detection.addProperty("kind", detectionKind.value());
      o.add("detection", detection);
    }
    o.addProperty("createdBy", createdBy.value());
    o.addProperty("originAgentId", originAgentId);
    o.addProperty("originTriggerId", originTriggerId);
    o.addProperty("originRunId", originRunId);
    o.addProperty("originDetectionHitId", originDetectionHitId);
    o.addProperty("externalProvider", value(externalProvider));
    o.addProperty("externalRef", externalRef);
    o.addProperty("externalUrl", externalUrl);
    o.addProperty("assignedAgentId", assignedAgentId);
    o.addProperty("triageRunId", triageRunId);
    o.addProperty("dedupeKey", dedupeKey);
    o.addProperty("createdAt", FakeJson.timestamp(createdAt));
    o.addProperty("updatedAt", FakeJson.timestamp(updatedAt));
    o.addProperty("firstTriagedAt", FakeJson.timestampOrNull(firstTriagedAt));
    o.addProperty("resolvedAt", FakeJson.timestampOrNull(resolvedAt));
    o.addProperty(
        "derivedDisposition", derivedDisposition == null ? null : derivedDisposition.value());
    o.addProperty("originAgentName", originAgentName);
    o.addProperty("assignedAgentName", assignedAgentName);
    o.addProperty("triggerSource", value(triggerSource));
    return o;
  }

  private static @Nullable String value(@Nullable AlertTriggerType type) {
    return type == null ? null : type.value();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof FakeAlert && toJson().equals(((FakeAlert) o).toJson()));
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return "FakeAlert{"
        + (displayId == null ? id : displayId)
        + ", "
        + status.value()
        + ", "
        + (severity == null ? "no severity" : severity.value())
        + ", "
        + sourceName.value()
        + ", "
        + title
        + "}";
  }

  /**
   * Builds a {@link FakeAlert}. Every setter accepts {@code null} for the properties the API allows
   * to be null.
   */
  public static final class Builder {
    private String id = UUID.randomUUID().toString();
    private @Nullable String displayId;
    private String organizationId = DEFAULT_ORGANIZATION_ID;
    private String organizationName = DEFAULT_ORGANIZATION_NAME;
    private String title = "Suspicious activity";
    private @Nullable String description;
    private @Nullable AlertSeverity severity = AlertSeverity.MEDIUM;
    private AlertStatus status = AlertStatus.OPEN;
    private AlertSourceCategory sourceCategory = AlertSourceCategory.DETECTION;
    private AlertSourceName sourceName = AlertSourceName.COTOOL_DETECTION;
    private @Nullable AlertTriggerType triggerType;
    private @Nullable String detectionId;
    private @Nullable String detectionAgentId;
    private @Nullable String detectionName;
    private @Nullable AlertDetectionKind detectionKind;
    private AlertCreator createdBy = AlertCreator.AGENT;
    private @Nullable String originAgentId;
    private @Nullable String originTriggerId;
    private @Nullable String originRunId;
    private @Nullable String originDetectionHitId;
    private @Nullable AlertTriggerType externalProvider;
    private @Nullable String externalRef;
    private @Nullable String externalUrl;
    private @Nullable String assignedAgentId;
    private @Nullable String triageRunId;
    private @Nullable String dedupeKey;
    private Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private @Nullable Instant updatedAt; // null: createdAt
    private @Nullable Instant firstTriagedAt;
    private @Nullable Instant resolvedAt;
    private boolean resolvedAtSet;
    private @Nullable AlertDisposition derivedDisposition;
    private boolean derivedDispositionSet;
    private @Nullable String originAgentName;
    private @Nullable String assignedAgentName;
    private @Nullable AlertTriggerType triggerSource;

    private Builder() {}

    private Builder(FakeAlert a) {
      id = a.id;
      displayId = a.displayId;
      organizationId = a.organizationId;
      organizationName = a.organizationName;
      title = a.title;
      description = a.description;
      severity = a.severity;
      status = a.status;
      sourceCategory = a.sourceCategory;
      sourceName = a.sourceName;
      triggerType = a.triggerType;
      detectionId = a.detectionId;
      detectionAgentId = a.detectionAgentId;
      detectionName = a.detectionName;
      detectionKind = a.detectionKind;
      createdBy = a.createdBy;
      originAgentId = a.originAgentId;
      originTriggerId = a.originTriggerId;
      originRunId = a.originRunId;
      originDetectionHitId = a.originDetectionHitId;
      externalProvider = a.externalProvider;
      externalRef = a.externalRef;
      externalUrl = a.externalUrl;
      assignedAgentId = a.assignedAgentId;
      triageRunId = a.triageRunId;
      dedupeKey = a.dedupeKey;
      createdAt = a.createdAt;
      updatedAt = a.updatedAt;
      firstTriagedAt = a.firstTriagedAt;
      resolvedAt = a.resolvedAt;
      resolvedAtSet = true;
      derivedDisposition = a.derivedDisposition;
      derivedDispositionSet = true;
      originAgentName = a.originAgentName;
      assignedAgentName = a.assignedAgentName;
      triggerSource = a.triggerSource;
    }

    /**
     * @param id the alert id, a UUID
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * @param displayId {@code COT-<n>}, or {@code null} to have one assigned when added to the fake
     * @return this builder
     */
    public Builder displayId(@Nullable String displayId) {
      this.displayId = displayId;
      return this;
    }

    /**
     * @param organizationId the owning organization, a UUID
     * @param organizationName its URL-safe name
     * @return this builder
     */
    public Builder organization(String organizationId, String organizationName) {
      this.organizationId = organizationId;
      this.organizationName = organizationName;
      return this;
    }

    /**
     * @param title the title, not empty
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * @param description Markdown details, or {@code null}
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * @param severity the severity, or {@code null} when unknown (such an alert never matches a
     *     severity filter)
     * @return this builder
     */
    public Builder severity(@Nullable AlertSeverity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * @param status the lifecycle status; a closed one also sets {@code resolvedAt} and {@code
     *     derivedDisposition} unless they are set explicitly
     * @return this builder
     */
    public Builder status(AlertStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the source and what goes with it: category, trigger type, creator, external provider and
     * trigger source ({@code cotool_detection} is a detection created by an agent, {@code hunting}
     * a system-created hunting alert, every other name a trigger of that type).
     *
     * @param name the source name
     * @return this builder
     */
    public Builder source(AlertSourceName name) {
      this.sourceName = Objects.requireNonNull(name, "name");
      switch (name) {
        case COTOOL_DETECTION:
          sourceCategory = AlertSourceCategory.DETECTION;
          triggerType = null;
          createdBy = AlertCreator.AGENT;
          externalProvider = null;
          triggerSource = null;
          break;
        case HUNTING:
          sourceCategory = AlertSourceCategory.HUNTING;
          triggerType = null;
          createdBy = AlertCreator.SYSTEM;
          externalProvider = null;
          triggerSource = null;
          break;
        case UNKNOWN:
          throw new IllegalArgumentException("UNKNOWN is not a source name");
        default:
          AlertTriggerType type = AlertTriggerType.fromValue(name.value());
          sourceCategory = AlertSourceCategory.TRIGGER;
          triggerType = type;
          createdBy = AlertCreator.TRIGGER;
          externalProvider = type;
          triggerSource = type;
      }
      return this;
    }

    /**
     * Sets the raw source triple, for combinations {@link #source(AlertSourceName)} does not make.
     *
     * @param category the category
     * @param name the name
     * @param triggerType the trigger type, or {@code null}
     * @return this builder
     */
    public Builder source(
        AlertSourceCategory category,
        AlertSourceName name,
        @Nullable AlertTriggerType triggerType) {
      this.sourceCategory = Objects.requireNonNull(category, "category");
      this.sourceName = Objects.requireNonNull(name, "name");
      this.triggerType = triggerType;
      return this;
    }

    /**
     * Attributes the alert to a Cotool detection.
     *
     * @param detectionId the detection id, a UUID
     * @param agentId the detection agent id, a UUID, or {@code null}
     * @param name the detection's name
     * @return this builder
     */
    public Builder cotoolDetection(String detectionId, @Nullable String agentId, String name) {
      this.detectionKind = AlertDetectionKind.COTOOL;
      this.detectionId = detectionId;
      this.detectionAgentId = agentId;
      this.detectionName = name;
      return this;
    }

    /**
     * Attributes the alert to a detection of an external tool (no ids).
     *
     * @param name the external detection's name
     * @return this builder
     */
    public Builder externalDetection(String name) {
      this.detectionKind = AlertDetectionKind.EXTERNAL;
      this.detectionId = null;
      this.detectionAgentId = null;
      this.detectionName = name;
      return this;
    }

    /**
     * @return this builder, with no detection attribution
     */
    public Builder noDetection() {
      this.detectionKind = null;
      this.detectionId = null;
      this.detectionAgentId = null;
      this.detectionName = null;
      return this;
    }

    /**
     * @param createdBy the class of actor that created the alert
     * @return this builder
     */
    public Builder createdBy(AlertCreator createdBy) {
      this.createdBy = createdBy;
      return this;
    }

    /**
     * @param originAgentId the origin agent id (a UUID), or {@code null}
     * @param originAgentName its display name, or {@code null}
     * @return this builder
     */
    public Builder originAgent(@Nullable String originAgentId, @Nullable String originAgentName) {
      this.originAgentId = originAgentId;
      this.originAgentName = originAgentName;
      return this;
    }

    /**
     * @param originTriggerId the trigger that created the alert (a UUID), or {@code null}
     * @return this builder
     */
    public Builder originTriggerId(@Nullable String originTriggerId) {
      this.originTriggerId = originTriggerId;
      return this;
    }

    /**
     * @param originRunId the run that created the alert (a UUID), or {@code null}
     * @return this builder
     */
    public Builder originRunId(@Nullable String originRunId) {
      this.originRunId = originRunId;
      return this;
    }

    /**
     * @param originDetectionHitId the detection hit behind the alert (a UUID), or {@code null}
     * @return this builder
     */
    public Builder originDetectionHitId(@Nullable String originDetectionHitId) {
      this.originDetectionHitId = originDetectionHitId;
      return this;
    }

    /**
     * @param externalRef the provider's identifier (ticket key, message id, ...), or {@code null}
     * @param externalUrl the provider's URL of it (an absolute URI), or {@code null}
     * @return this builder
     */
    public Builder external(@Nullable String externalRef, @Nullable String externalUrl) {
      this.externalRef = externalRef;
      this.externalUrl = externalUrl;
      return this;
    }

    /**
     * @param provider the external provider, or {@code null}
     * @return this builder
     */
    public Builder externalProvider(@Nullable AlertTriggerType provider) {
      this.externalProvider = provider;
      return this;
    }

    /**
     * @param triggerSource the trigger source of an external-trigger alert, or {@code null}
     * @return this builder
     */
    public Builder triggerSource(@Nullable AlertTriggerType triggerSource) {
      this.triggerSource = triggerSource;
      return this;
    }

    /**
     * @param assignedAgentId the assigned response agent (a UUID), or {@code null}
     * @param assignedAgentName its display name, or {@code null}
     * @return this builder
     */
    public Builder assignedAgent(
        @Nullable String assignedAgentId, @Nullable String assignedAgentName) {
      this.assignedAgentId = assignedAgentId;
      this.assignedAgentName = assignedAgentName;
      return this;
    }

    /**
     * @param triageRunId the latest triage run (a UUID), or {@code null}
     * @return this builder
     */
    public Builder triageRunId(@Nullable String triageRunId) {
      this.triageRunId = triageRunId;
      return this;
    }

    /**
     * @param dedupeKey the idempotency key, or {@code null}
     * @return this builder
     */
    public Builder dedupeKey(@Nullable String dedupeKey) {
      this.dedupeKey = dedupeKey;
      return this;
    }

    /**
     * @param createdAt when the alert was created; the fake serves alerts newest first
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * @param updatedAt when the alert was last updated (defaults to {@code createdAt})
     * @return this builder
     */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * @param firstTriagedAt when triage first started, or {@code null}
     * @return this builder
     */
    public Builder firstTriagedAt(@Nullable Instant firstTriagedAt) {
      this.firstTriagedAt = firstTriagedAt;
      return this;
    }

    /**
     * @param resolvedAt when the alert was closed, or {@code null}
     * @return this builder
     */
    public Builder resolvedAt(@Nullable Instant resolvedAt) {
      this.resolvedAt = resolvedAt;
      this.resolvedAtSet = true;
      return this;
    }

    /**
     * @param derivedDisposition the disposition, or {@code null}
     * @return this builder
     */
    public Builder derivedDisposition(@Nullable AlertDisposition derivedDisposition) {
      this.derivedDisposition = derivedDisposition;
      this.derivedDispositionSet = true;
      return this;
    }

    /**
     * @return the alert
     * @throws IllegalArgumentException if a value would make the fake's response break the API's
     *     schema (a required property missing, an id that is not a UUID, a malformed display id or
     *     URL, an {@code UNKNOWN} constant)
     */
    public FakeAlert build() {
      Ids.requireUuid("id", id);
      Ids.requireUuid("organizationId", organizationId);
      if (displayId != null && !DISPLAY_ID.matcher(displayId).matches()) {
        throw new IllegalArgumentException("displayId must look like COT-<number>: " + displayId);
      }
      requireText("organizationName", organizationName);
      requireText("title", title);
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(createdAt, "createdAt");
      Objects.requireNonNull(createdBy, "createdBy");
      known("status", status);
      known("severity", severity);
      known("createdBy", createdBy);
      known("sourceCategory", sourceCategory);
      known("sourceName", sourceName);
      known("triggerType", triggerType);
      known("externalProvider", externalProvider);
      known("triggerSource", triggerSource);
      known("derivedDisposition", derivedDisposition);
      if (detectionKind != null) {
        known("detection kind", detectionKind);
        requireText("detection name", detectionName);
        Ids.optionalUuid("detection id", detectionId);
        Ids.optionalUuid("detection agentId", detectionAgentId);
      }
      Ids.optionalUuid("originAgentId", originAgentId);
      Ids.optionalUuid("originTriggerId", originTriggerId);
      Ids.optionalUuid("originRunId", originRunId);
      Ids.optionalUuid("originDetectionHitId", originDetectionHitId);
      Ids.optionalUuid("assignedAgentId", assignedAgentId);
      Ids.optionalUuid("triageRunId", triageRunId);
      if (externalUrl != null) {
        try {
          if (!new URI(externalUrl).isAbsolute()) {
            throw new IllegalArgumentException(
                "externalUrl must be an absolute URI: " + externalUrl);
          }
        } catch (URISyntaxException e) {
          throw new IllegalArgumentException("externalUrl is not a URI: " + externalUrl, e);
        }
      }
      return new FakeAlert(this);
    }

    private static void requireText(String field, @Nullable String value) {
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException(field + " must not be empty");
      }
    }

    private static void known(String field, @Nullable Enum<?> value) {
      if (value != null && value.name().equals("UNKNOWN")) {
        throw new IllegalArgumentException(field + " must be a known value, not UNKNOWN");
      }
    }
  }
}
