package ai.cotool.sdk.models;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.internal.Json;
import ai.cotool.sdk.internal.Models;
import ai.cotool.sdk.internal.Secrets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first-class alert: one work item of {@code GET /api/alerts}. Immutable.
 *
 * <p>Getters follow the API's contract. A property the API always sends with a value ({@link #id()},
 * {@link #title()}, {@link #status()}, ...) is returned as is, and throws {@link CotoolInvalidDataException} when
 * the server left it out or sent {@code null}: decoding never fails for that, only the access does. A property that
 * may be {@code null} is an {@link Optional}, empty for {@code null} and for absent; {@link #hasProperty(String)}
 * tells the two apart. Enumerations return {@code UNKNOWN} for a value newer than this SDK, and the matching
 * {@code ...AsString()} getter returns it as sent.
 *
 * <pre>{@code
 * for (Alert alert : client.alerts().listAutoPaging(params)) {
 *   if (!alert.isClosed() && alert.severity().orElse(AlertSeverity.LOW) == AlertSeverity.CRITICAL) {
 *     page(alert.displayId(), alert.title());
 *   }
 * }
 * }</pre>
 */
public final class Alert implements ApiModel {
  private static final Pattern DISPLAY_ID = Pattern.compile("^COT-(\\d+)$");

  private final ai.cotool.sdk.internal.generated.model.Alert delegate;
  private final AlertSource source;
  private final AlertDetection detection;
  private final Map<String, Object> additionalProperties;

  Alert(ai.cotool.sdk.internal.generated.model.Alert delegate) {
    this.delegate = delegate;
    this.source = delegate.getSource() == null ? null : new AlertSource(delegate.getSource());
    this.detection = delegate.getDetection() == null ? null : new AlertDetection(delegate.getDetection());
    this.additionalProperties = Models.extras(delegate.getAdditionalProperties());
  }

  /**
   * Reads one alert from its JSON form (one element of the {@code alerts} array). Useful to build pages in tests.
   *
   * @param json a JSON object
   * @return the alert
   * @throws CotoolInvalidDataException if the text is not a JSON object of the expected shape
   */
  public static Alert fromJson(String json) {
    return new Alert(Json.decode(json, ai.cotool.sdk.internal.generated.model.Alert.class));
  }

  /** @return the internal alert identifier (a UUID) */
  public String id() {
    return required("id", delegate.getId());
  }

  /** @return the human-readable identifier, such as {@code COT-1042} */
  public String displayId() {
    return required("displayId", delegate.getDisplayId());
  }

  /**
   * @return the number of the {@link #displayId()} ({@code 1042} for {@code COT-1042}); empty when the display id
   *     is missing or not of the form {@code COT-<n>}
   */
  public OptionalLong displayNumber() {
    String displayId = delegate.getDisplayId();
    Matcher matcher = displayId == null ? null : DISPLAY_ID.matcher(displayId);
    if (matcher == null || !matcher.matches()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(matcher.group(1)));
    } catch (NumberFormatException tooLarge) {
      return OptionalLong.empty();
    }
  }

  /** @return the organization that owns the alert (a UUID) */
  public String organizationId() {
    return required("organizationId", delegate.getOrganizationId());
  }

  /** @return the URL-safe organization name used in alert paths */
  public String organizationName() {
    return required("organizationName", delegate.getOrganizationName());
  }

  /** @return the human-readable title */
  public String title() {
    return required("title", delegate.getTitle());
  }

  /** @return the Markdown summary or details, if any */
  public Optional<String> description() {
    return Optional.ofNullable(delegate.getDescription());
  }

  /** @return the severity when known; {@link AlertSeverity#UNKNOWN} for a value newer than this SDK */
  public Optional<AlertSeverity> severity() {
    return severityAsString().map(AlertSeverity::fromValue);
  }

  /** @return the severity as sent */
  public Optional<String> severityAsString() {
    return Optional.ofNullable(delegate.getSeverity()).map(v -> v.getValue());
  }

  /** @return the lifecycle status; {@link AlertStatus#UNKNOWN} for a value newer than this SDK */
  public AlertStatus status() {
    return AlertStatus.fromValue(statusAsString());
  }

  /** @return the lifecycle status as sent */
  public String statusAsString() {
    return required("status", delegate.getStatus() == null ? null : delegate.getStatus().getValue());
  }

  /**
   * @return whether the status is one of the three terminal {@code closed_*} statuses; {@code false} when the status
   *     is missing or newer than this SDK
   */
  public boolean isClosed() {
    AlertStatus status = knownStatus();
    return status != null && status.isClosed();
  }

  /**
   * The final verdict, typed: {@link #derivedDisposition()} when the server sent one, otherwise the disposition that
   * a closed {@link #status()} carries. Empty for alerts that are not closed.
   *
   * @return the disposition, if any
   */
  public Optional<AlertDisposition> disposition() {
    Optional<AlertDisposition> derived = derivedDisposition();
    if (derived.isPresent()) {
      return derived;
    }
    AlertStatus status = knownStatus();
    return status == null ? Optional.empty() : status.disposition();
  }

  /** @return where the alert came from */
  public AlertSource source() {
    return required("source", source);
  }

  /** @return the detection behind the alert, when known */
  public Optional<AlertDetection> detection() {
    return Optional.ofNullable(detection);
  }

  /** @return the class of actor that created the alert; {@link AlertCreator#UNKNOWN} for a newer value */
  public AlertCreator createdBy() {
    return AlertCreator.fromValue(createdByAsString());
  }

  /** @return the class of actor that created the alert, as sent */
  public String createdByAsString() {
    return required("createdBy", delegate.getCreatedBy() == null ? null : delegate.getCreatedBy().getValue());
  }

  /** @return the agent that produced or owns the source flow (a UUID), if any */
  public Optional<String> originAgentId() {
    return Optional.ofNullable(delegate.getOriginAgentId());
  }

  /** @return the trigger that created the alert (a UUID), when it came from an external trigger */
  public Optional<String> originTriggerId() {
    return Optional.ofNullable(delegate.getOriginTriggerId());
  }

  /** @return the run that created the alert (a UUID), if any */
  public Optional<String> originRunId() {
    return Optional.ofNullable(delegate.getOriginRunId());
  }

  /** @return the detection hit that produced the alert (a UUID), if any */
  public Optional<String> originDetectionHitId() {
    return Optional.ofNullable(delegate.getOriginDetectionHitId());
  }

  /** @return the external trigger provider, if any; {@link AlertTriggerType#UNKNOWN} for a newer value */
  public Optional<AlertTriggerType> externalProvider() {
    return externalProviderAsString().map(AlertTriggerType::fromValue);
  }

  /** @return the external trigger provider as sent, if any */
  public Optional<String> externalProviderAsString() {
    return Optional.ofNullable(delegate.getExternalProvider()).map(v -> v.getValue());
  }

  /** @return the provider's own identifier of the event, ticket, message or alert, if any */
  public Optional<String> externalRef() {
    return Optional.ofNullable(delegate.getExternalRef());
  }

  /** @return the provider's URL of the originating object, as sent (not checked), if any */
  public Optional<String> externalUrl() {
    return Optional.ofNullable(delegate.getExternalUrl());
  }

  /** @return the response agent assigned to triage the alert (a UUID), if any */
  public Optional<String> assignedAgentId() {
    return Optional.ofNullable(delegate.getAssignedAgentId());
  }

  /** @return the latest triage run (a UUID), if any */
  public Optional<String> triageRunId() {
    return Optional.ofNullable(delegate.getTriageRunId());
  }

  /** @return the key used for idempotent alert creation, if any */
  public Optional<String> dedupeKey() {
    return Optional.ofNullable(delegate.getDedupeKey());
  }

  /**
   * @return when the alert was created
   * @throws CotoolInvalidDataException if missing or not an ISO-8601 timestamp with an offset
   */
  public Instant createdAt() {
    return instant("createdAt", createdAtAsString());
  }

  /** @return when the alert was created, as sent */
  public String createdAtAsString() {
    return required("createdAt", delegate.getCreatedAt());
  }

  /**
   * @return when the alert was last updated
   * @throws CotoolInvalidDataException if missing or not an ISO-8601 timestamp with an offset
   */
  public Instant updatedAt() {
    return instant("updatedAt", updatedAtAsString());
  }

  /** @return when the alert was last updated, as sent */
  public String updatedAtAsString() {
    return required("updatedAt", delegate.getUpdatedAt());
  }

  /**
   * @return when triage first started, if it has
   * @throws CotoolInvalidDataException if present but not an ISO-8601 timestamp with an offset
   */
  public Optional<Instant> firstTriagedAt() {
    return firstTriagedAtAsString().map(text -> instant("firstTriagedAt", text));
  }

  /** @return when triage first started, as sent, if it has */
  public Optional<String> firstTriagedAtAsString() {
    return Optional.ofNullable(delegate.getFirstTriagedAt());
  }

  /**
   * @return when the alert reached a closed status, if it has
   * @throws CotoolInvalidDataException if present but not an ISO-8601 timestamp with an offset
   */
  public Optional<Instant> resolvedAt() {
    return resolvedAtAsString().map(text -> instant("resolvedAt", text));
  }

  /** @return when the alert reached a closed status, as sent, if it has */
  public Optional<String> resolvedAtAsString() {
    return Optional.ofNullable(delegate.getResolvedAt());
  }

  /**
   * @return the disposition the server derived from a closed status, if any; {@link AlertDisposition#UNKNOWN} for a
   *     newer value. See also {@link #disposition()}.
   */
  public Optional<AlertDisposition> derivedDisposition() {
    return derivedDispositionAsString().map(AlertDisposition::fromValue);
  }

  /** @return the derived disposition as sent, if any */
  public Optional<String> derivedDispositionAsString() {
    return Optional.ofNullable(delegate.getDerivedDisposition()).map(v -> v.getValue());
  }

  /** @return the display name of the origin agent, if available */
  public Optional<String> originAgentName() {
    return Optional.ofNullable(delegate.getOriginAgentName());
  }

  /** @return the display name of the assigned triage agent, if available */
  public Optional<String> assignedAgentName() {
    return Optional.ofNullable(delegate.getAssignedAgentName());
  }

  /** @return the trigger source of an external-trigger alert; {@link AlertTriggerType#UNKNOWN} for a newer value */
  public Optional<AlertTriggerType> triggerSource() {
    return triggerSourceAsString().map(AlertTriggerType::fromValue);
  }

  /** @return the trigger source as sent, if any */
  public Optional<String> triggerSourceAsString() {
    return Optional.ofNullable(delegate.getTriggerSource()).map(v -> v.getValue());
  }

  /**
   * @param jsonName a property name as the API spells it, such as {@code "description"}
   * @return whether the server sent the property, even as {@code null}
   */
  public boolean hasProperty(String jsonName) {
    return delegate.isPropertyPresent(jsonName);
  }

  /**
   * @return the properties the server sent that this SDK does not know, as plain unmodifiable values ({@code String},
   *     {@code Number}, {@code Boolean}, {@code null}, {@code List}, {@code Map}); empty when there are none
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /** Equal when every property has the same value (a property sent as {@code null} equals an absent one). */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Alert && delegate.equals(((Alert) o).delegate));
  }

  @Override
  public int hashCode() {
    return delegate.hashCode();
  }

  @Override
  public String toString() {
    return Secrets.redact("Alert{displayId=" + delegate.getDisplayId() + ", id=" + delegate.getId() + ", status="
        + delegate.getStatus() + ", severity=" + delegate.getSeverity() + ", title=" + abbreviate(delegate.getTitle())
        + "}");
  }

  private AlertStatus knownStatus() {
    return delegate.getStatus() == null ? null : AlertStatus.fromValue(delegate.getStatus().getValue());
  }

  private static <T> T required(String field, T value) {
    return Models.require(value, "Alert", field);
  }

  private static Instant instant(String field, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new CotoolInvalidDataException("Alert." + field + " is not an ISO-8601 timestamp: " + text, e);
    }
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }
  @Override
  public String toJson() {
    return Json.encodeModel(delegate);
  }
}
