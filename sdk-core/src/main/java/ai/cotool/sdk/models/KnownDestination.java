package ai.cotool.sdk.models;

import ai.cotool.sdk.internal.Models;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the destination kinds this SDK knows share: the properties every kind has, strict on access.
 *
 * @param <G> the generated type of the kind
 */
abstract class KnownDestination<G> extends GeneratedView<G> {
  private final String id;
  private final String organizationId;
  private final String name;
  private final String createdAt;
  private final String updatedAt;

  KnownDestination(G raw, Predicate<String> present, Supplier<Map<String, Object>> extras, String id,
      String organizationId, String name, String createdAt, String updatedAt) {
    super(raw, present, extras);
    this.id = id;
    this.organizationId = organizationId;
    this.name = name;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  public String id() {
    return Models.require(id, typeName(), "id");
  }

  public String organizationId() {
    return Models.require(organizationId, typeName(), "organizationId");
  }

  public String name() {
    return Models.require(name, typeName(), "name");
  }

  public String createdAt() {
    return Models.require(createdAt, typeName(), "createdAt");
  }

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
