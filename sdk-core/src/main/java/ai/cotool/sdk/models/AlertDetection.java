package ai.cotool.sdk.models;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.internal.Json;
import ai.cotool.sdk.internal.Models;
import ai.cotool.sdk.internal.Secrets;
import java.util.Map;
import java.util.Optional;

/**
 * The detection an alert is attributed to ({@code detection} of {@link Alert}): a Cotool detection, or one extracted
 * from an external tool (then without ids). Immutable; getters follow the rules described on {@link Alert}.
 */
public final class AlertDetection implements ApiModel {
  private final ai.cotool.sdk.internal.generated.model.AlertDetection delegate;
  private final Map<String, Object> additionalProperties;

  AlertDetection(ai.cotool.sdk.internal.generated.model.AlertDetection delegate) {
    this.delegate = delegate;
    this.additionalProperties = Models.extras(delegate.getAdditionalProperties());
  }

  /** @return the Cotool detection id (a UUID), when known */
  public Optional<String> id() {
    return Optional.ofNullable(delegate.getId());
  }

  /** @return the Cotool detection agent id (a UUID), when known */
  public Optional<String> agentId() {
    return Optional.ofNullable(delegate.getAgentId());
  }

  /**
   * @return the detection's display name
   * @throws CotoolInvalidDataException if the server did not send it
   */
  public String name() {
    return Models.require(delegate.getName(), "AlertDetection", "name");
  }

  /**
   * @return whether the detection is Cotool's or external; {@link AlertDetectionKind#UNKNOWN} for a newer value
   * @throws CotoolInvalidDataException if the server did not send it
   */
  public AlertDetectionKind kind() {
    return AlertDetectionKind.fromValue(kindAsString());
  }

  /** @return the kind as sent */
  public String kindAsString() {
    return Models.require(delegate.getKind() == null ? null : delegate.getKind().getValue(), "AlertDetection", "kind");
  }

  /**
   * @param jsonName a property name as the API spells it, such as {@code "id"}
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
    return o == this || (o instanceof AlertDetection && delegate.equals(((AlertDetection) o).delegate));
  }

  @Override
  public int hashCode() {
    return delegate.hashCode();
  }

  @Override
  public String toString() {
    return Secrets.redact("AlertDetection{name=" + delegate.getName() + ", kind=" + delegate.getKind() + ", id=" + delegate.getId()
        + "}");
  }
  @Override
  public String toJson() {
    return Json.encodeModel(delegate);
  }
}
