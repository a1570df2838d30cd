package ai.cotool.sdk.models;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.internal.Models;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the destination kinds this SDK knows share: the properties every kind has, strict on access.
 */
abstract class KnownDestination extends GeneratedView {
  private final String id;
  private final String organizationId;
  private final String name;
  private final String createdAt;
  private final String updatedAt;

  KnownDestination(
      Object raw,
      Predicate<String> present,
      Supplier<Map<String, Object>> extras,
      String id,
      String organizationId,
      String name,
      String createdAt,
      String updatedAt) {
    super(raw, present, extras);
    this.id = id;
    this.organizationId = organizationId;
    this.name = name;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  /**
   * @return the destination's id
   * @throws CotoolInvalidDataException if the response did not include it
   */
  public String id() {
    return Models.require(id, typeName(), "id");
  }

  /**
   * @return the id of the organization that owns the destination
   * @throws CotoolInvalidDataException if the response did not include it
   */
  public String organizationId() {
    return Models.require(organizationId, typeName(), "organizationId");
  }

  /**
   * @return the human-readable name
   * @throws CotoolInvalidDataException if the response did not include it
   */
  public String name() {
    return Models.require(name, typeName(), "name");
  }

  /**
   * @return when the destination was created, as the server wrote it
   * @throws CotoolInvalidDataException if the response did not include it
   */
  public String createdAt() {
    return Models.require(createdAt, typeName(), "createdAt");
  }

  /**
   * @return when the destination was last updated, as the server wrote it
   * @throws CotoolInvalidDataException if the response did not include it
   */
  public String updatedAt() {
    return Models.require(updatedAt, typeName(), "updatedAt");
  }

  /** The start of {@code toString()}: kind, id and name, as sent. */
  final String describe() {
    return typeName() + "{id=" + id + ", name=" + name;
  }

  private String typeName() {
    return "OutputDestination." + getClass().getSimpleName();
  }
}
