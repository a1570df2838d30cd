package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.BodyProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What every request-body builder has: properties of the body this SDK does not know yet, so that a
 * field the API added after this release can be sent without waiting for one. Only this SDK's
 * builders extend it.
 *
 * @param <B> the builder
 */
public abstract class BodyBuilder<B extends BodyBuilder<B>> {
  private final Map<String, Object> additionalBodyProperties = new LinkedHashMap<>();

  BodyBuilder() {}

  /**
   * Adds a property the SDK does not know, sent after the documented ones. {@code build()} rejects
   * a name the body documents (use its setter) and a value JSON cannot carry.
   *
   * @param name the property name
   * @param value a {@code String}, {@code Number}, {@code Boolean}, {@code null} (sent as JSON
   *     {@code null}), or a {@code List} or {@code Map} (with {@code String} keys) of these; copied
   *     at {@code build()}, numbers as the text they are sent as (so {@code 3} and {@code 3L} are
   *     equal, {@code 3} and {@code 3.0} are not)
   * @return this builder
   */
  public B putAdditionalBodyProperty(String name, Object value) {
    additionalBodyProperties.put(Objects.requireNonNull(name, "name"), value);
    return self();
  }

  /**
   * Adds every entry, as {@link #putAdditionalBodyProperty} does, e.g. a response's {@code
   * additionalProperties()}.
   *
   * @param properties names and values
   * @return this builder
   */
  public B putAllAdditionalBodyProperties(Map<String, ?> properties) {
    properties.forEach(this::putAdditionalBodyProperty);
    return self();
  }

  /**
   * @param name a property added before
   * @return this builder
   */
  public B removeAdditionalBodyProperty(String name) {
    additionalBodyProperties.remove(name);
    return self();
  }

  /** Checked, unmodifiable copy for the params object. */
  final Map<String, Object> additionalBodyProperties(Set<String> documented) {
    return BodyProperties.copy(additionalBodyProperties, documented);
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }
}
