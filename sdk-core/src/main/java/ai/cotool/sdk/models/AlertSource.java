package ai.cotool.sdk.models;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.internal.Json;
import ai.cotool.sdk.internal.Models;
import ai.cotool.sdk.internal.Secrets;
import java.util.Map;
import java.util.Optional;

/**
 * Where an alert came from ({@code source} of {@link Alert}): a broad category, the name the {@code source} filter
 * uses, and the trigger type for trigger-created alerts. Immutable; getters follow the rules described on
 * {@link Alert}.
 */
public final class AlertSource implements ApiModel {
  private final ai.cotool.sdk.internal.generated.model.AlertSource delegate;
  private final Map<String, Object> additionalProperties;

  AlertSource(ai.cotool.sdk.internal.generated.model.AlertSource delegate) {
    this.delegate = delegate;
    this.additionalProperties = Models.extras(delegate.getAdditionalProperties());
  }

  /**
   * @return the broad category; {@link AlertSourceCategory#UNKNOWN} for a value newer than this SDK
   * @throws CotoolInvalidDataException if the server did not send it
   */
  public AlertSourceCategory category() {
    return AlertSourceCategory.fromValue(categoryAsString());
  }

  /** @return the broad category as sent */
  public String categoryAsString() {
    return Models.require(delegate.getCategory() == null ? null : delegate.getCategory().getValue(), "AlertSource", "category");
  }

  /**
   * @return the source name (the value of the {@code source} filter); {@link AlertSourceName#UNKNOWN} for a value
   *     newer than this SDK
   * @throws CotoolInvalidDataException if the server did not send it
   */
  public AlertSourceName name() {
    return AlertSourceName.fromValue(nameAsString());
  }

  /** @return the source name as sent */
  public String nameAsString() {
    return Models.require(delegate.getName() == null ? null : delegate.getName().getValue(), "AlertSource", "name");
  }

  /** @return the trigger type, when the category is {@code trigger}; {@code UNKNOWN} for a newer value */
  public Optional<AlertTriggerType> triggerType() {
    return triggerTypeAsString().map(AlertTriggerType::fromValue);
  }

  /** @return the trigger type as sent, if any */
  public Optional<String> triggerTypeAsString() {
    return Optional.ofNullable(delegate.getTriggerType()).map(v -> v.getValue());
  }

  /**
   * @param jsonName a property name as the API spells it, such as {@code "triggerType"}
   * @return whether the server sent the property, even as {@code null}
   */
  public boolean hasProperty(String jsonName) {
    return delegate.isPropertyPresent(jsonName);
  }

  /** @return the properties the server sent that this SDK does not know (see {@link Alert#additionalProperties()}) */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof AlertSource && delegate.equals(((AlertSource) o).delegate));
  }

  @Override
  public int hashCode() {
    return delegate.hashCode();
  }

  @Override
  public String toString() {
    return Secrets.redact("AlertSource{category=" + delegate.getCategory() + ", name=" + delegate.getName() + ", triggerType="
        + delegate.getTriggerType() + "}");
  }
  @Override
  public String toJson() {
    return Json.encodeModel(delegate);
  }
}
