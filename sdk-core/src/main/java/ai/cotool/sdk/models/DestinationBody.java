package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Json;
import ai.cotool.sdk.internal.Secrets;
import ai.cotool.sdk.internal.Validate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What the kinds of {@link OutputDestinationParams} share: the name, the added body properties, and
 * how a destination is compared, shown and encoded. Each kind adds its own values.
 */
abstract class DestinationBody {
  private final String name;
  private final Map<String, Object> additionalBodyProperties;

  DestinationBody(OutputDestinationParams.Builder<?> builder, Set<String> documented) {
    this.name = Validate.required("name", Validate.length("name", builder.name, 1, 255));
    this.additionalBodyProperties = builder.additionalBodyProperties(documented);
  }

  /**
   * @return the human-readable name of the destination (1 to 255 characters)
   */
  public String name() {
    return name;
  }

  /**
   * @return the properties added for fields this SDK does not know yet (unmodifiable, in the order
   *     added)
   */
  public Map<String, Object> additionalBodyProperties() {
    return additionalBodyProperties;
  }

  /** The kind's own values, compared by {@code equals}; may hold {@code null}. */
  abstract List<Object> values();

  /**
   * The kind's own values as {@code toString()} shows them, each after {@code ", "}: secrets
   * hidden.
   */
  abstract String shownValues();

  /** The body as JSON, with the added properties put on the generated body by {@code put}. */
  final String encode(Object body, BiConsumer<String, Object> put) {
    additionalBodyProperties.forEach(put);
    return Json.encode(body);
  }

  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    DestinationBody other = (DestinationBody) o;
    return name.equals(other.name)
        && values().equals(other.values())
        && additionalBodyProperties.equals(other.additionalBodyProperties);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass().getSimpleName(), name, values(), additionalBodyProperties);
  }

  /**
   * Shows the name and the kind's values (never a secret) and the added properties by name only.
   */
  @Override
  public final String toString() {
    return Secrets.redact(
        "OutputDestinationParams."
            + getClass().getSimpleName()
            + "{name="
            + name
            + shownValues()
            + (additionalBodyProperties.isEmpty()
                ? ""
                : ", additionalBodyProperties=" + additionalBodyProperties.keySet())
            + "}");
  }
}
