package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Json;
import ai.cotool.sdk.internal.Models;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the wrappers of generated response objects share: the object itself (compared by value),
 * which properties the response included, and the ones this SDK does not know.
 */
abstract class GeneratedView implements ApiModel {
  /** The wire object: compared by value, written by {@link #toJson()}. */
  private final Object wire;

  private final Predicate<String> present;
  private final Supplier<Map<String, Object>> extras;

  GeneratedView(Object wire, Predicate<String> present, Supplier<Map<String, Object>> extras) {
    this.wire = wire;
    this.present = present;
    this.extras = extras;
  }

  /**
   * @param jsonName a property name of this object as the API spells it (for a {@code ...Config}, a
   *     property of {@code config})
   * @return whether the response included the property, possibly as {@code null}: tells {@code
   *     null} from absent
   */
  public boolean hasProperty(String jsonName) {
    return present.test(jsonName);
  }

  /**
   * @return properties of this object (for a {@code ...Config}, of {@code config}) this version of
   *     the SDK does not know (unmodifiable; values may be null)
   */
  public Map<String, Object> additionalProperties() {
    return Models.extras(extras.get());
  }

  @Override
  public String toJson() {
    return Json.encodeModel(wire);
  }

  /** Equal when of the same kind and every property has the same value. */
  @Override
  public final boolean equals(Object o) {
    return this == o
        || (o != null && o.getClass() == getClass() && wire.equals(((GeneratedView) o).wire));
  }

  @Override
  public final int hashCode() {
    return wire.hashCode();
  }
}
