package ai.cotool.sdk.models;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.internal.Json;
import ai.cotool.sdk.internal.Models;
import ai.cotool.sdk.internal.Secrets;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.annotation.Nullable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What invoking an agent trigger ({@code POST /api/trigger/{source}/{triggerId}}) did: {@link
 * Started} an execution, {@link Skipped} the event, or {@link Failed}.
 *
 * <pre>{@code
 * TriggerResult result = TriggerResult.fromJson(body);
 * if (result instanceof TriggerResult.Started started) {
 *   track(started.executionId());
 * } else if (result instanceof TriggerResult.Skipped skipped) {
 *   log.info("skipped: {} ({})", skipped.message(), skipped.action());
 * } else if (result instanceof TriggerResult.Failed failed) {
 *   log.warn("trigger failed: {}", failed.error());
 * }
 * }</pre>
 *
 * <p>Or with a {@link Visitor}; on Java 21 and later, with a pattern {@code switch} (exhaustive
 * without {@code default}). Each outcome also keeps the response's unknown properties ({@link
 * #additionalProperties()}).
 */
public sealed interface TriggerResult extends ApiModel
    permits TriggerResult.Started, TriggerResult.Skipped, TriggerResult.Failed {

  /** The {@code executionId} the API sends when it skipped the event. */
  String SKIPPED_EXECUTION_ID = "skipped";

  /**
   * Reads a trigger result from JSON text (a response body). Useful in tests. Decides by content,
   * in this order: an {@code executionId} of {@code "skipped"} is {@link Skipped}; any other string
   * {@code executionId} is {@link Started}; otherwise a string {@code error} is {@link Failed}. A
   * {@link Skipped} whose {@code message} or {@code action} is missing, {@code null} or not a
   * string gets the empty string there.
   *
   * @param json one JSON object
   * @return the result
   * @throws CotoolInvalidDataException if the text is not a JSON object, or matches none of the
   *     three shapes
   */
  static TriggerResult fromJson(String json) {
    Objects.requireNonNull(json, "json");
    JsonElement tree = Json.parse(json);
    if (!tree.isJsonObject()) {
      throw new CotoolInvalidDataException("Expected a JSON object for TriggerResult", null);
    }
    JsonObject object = tree.getAsJsonObject();
    String executionId = string(object, "executionId");
    if (SKIPPED_EXECUTION_ID.equals(executionId)) {
      return new Skipped(
          orEmpty(string(object, "message")),
          orEmpty(string(object, "action")),
          extras(object, "executionId", "message", "action"));
    }
    if (executionId != null) {
      return new Started(executionId, extras(object, "executionId"));
    }
    String error = string(object, "error");
    if (error != null) {
      return new Failed(error, extras(object, "error"));
    }
    throw new CotoolInvalidDataException(
        "TriggerResult has neither a string executionId nor a string error", null);
  }

  /** A JSON string property; {@code null} when missing, {@code null} or not a string. */
  private static @Nullable String string(JsonObject object, String property) {
    JsonElement value = object.get(property);
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
        ? value.getAsString()
        : null;
  }

  /** The properties other than the given ones, as plain Java values. */
  private static Map<String, Object> extras(JsonObject object, String... known) {
    Map<String, Object> extras = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
      if (!Arrays.asList(known).contains(entry.getKey())) {
        extras.put(entry.getKey(), Json.gson().fromJson(entry.getValue(), Object.class));
      }
    }
    return extras;
  }

  /** The given properties, then the unknown ones, as one JSON object (nulls written). */
  private static String toJson(Map<String, Object> additionalProperties, String... namesAndValues) {
    Map<String, Object> all = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      all.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    additionalProperties.forEach(all::putIfAbsent);
    return Json.encodeWithNulls(all);
  }

  /** An unmodifiable deep copy (nested maps and lists too) that keeps {@code null} values. */
  private static Map<String, Object> copy(@Nullable Map<String, Object> values) {
    return values == null ? Map.of() : Models.extras(values);
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  /**
   * Calls the visitor's method for this outcome.
   *
   * @param visitor one method per outcome
   * @param <R> what the visitor returns
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per outcome, for branching exhaustively on Java 17.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * @param result an execution was started
     * @return the result
     */
    R visitStarted(Started result);

    /**
     * @param result the event was skipped
     * @return the result
     */
    R visitSkipped(Skipped result);

    /**
     * @param result processing failed
     * @return the result
     */
    R visitFailed(Failed result);
  }

  /**
   * @return properties of the response this version of the SDK does not know (unmodifiable; values
   *     may be null)
   */
  Map<String, Object> additionalProperties();

  /**
   * The trigger started an agent execution.
   *
   * @param executionId the execution's id, for looking up its status
   * @param additionalProperties properties of the response this version of the SDK does not know
   */
  record Started(String executionId, Map<String, Object> additionalProperties)
      implements TriggerResult {
    /**
     * @param executionId the execution's id, not {@code null}
     * @param additionalProperties unknown properties (copied), or {@code null} for none
     */
    public Started {
      Objects.requireNonNull(executionId, "executionId");
      additionalProperties = copy(additionalProperties);
    }

    /**
     * @param executionId the execution's id, not {@code null}
     */
    public Started(String executionId) {
      this(executionId, Map.of());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitStarted(this);
    }

    @Override
    public String toString() {
      return Secrets.redact(
          "TriggerResult.Started[executionId="
              + executionId
              + ", additionalProperties="
              + additionalProperties
              + "]");
    }

    /**
     * @return {@code {"executionId": ...}} and the unknown properties
     */
    @Override
    public String toJson() {
      return TriggerResult.toJson(additionalProperties, "executionId", executionId);
    }
  }

  /**
   * The trigger skipped the event (the API's {@code executionId} was {@code "skipped"}).
   *
   * @param message why it was skipped; empty if the server did not say
   * @param action the action that caused the skip; empty if the server did not say
   * @param additionalProperties properties of the response this version of the SDK does not know
   */
  record Skipped(String message, String action, Map<String, Object> additionalProperties)
      implements TriggerResult {
    /**
     * @param message why it was skipped, not {@code null}
     * @param action the action that caused the skip, not {@code null}
     * @param additionalProperties unknown properties (copied), or {@code null} for none
     */
    public Skipped {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(action, "action");
      additionalProperties = copy(additionalProperties);
    }

    /**
     * @param message why it was skipped, not {@code null}
     * @param action the action that caused the skip, not {@code null}
     */
    public Skipped(String message, String action) {
      this(message, action, Map.of());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitSkipped(this);
    }

    @Override
    public String toString() {
      return Secrets.redact(
          "TriggerResult.Skipped[message="
              + message
              + ", action="
              + action
              + ", additionalProperties="
              + additionalProperties
              + "]");
    }

    /**
     * @return {@code {"executionId": "skipped", "message": ..., "action": ...}} and the unknown
     *     properties
     */
    @Override
    public String toJson() {
      return TriggerResult.toJson(
          additionalProperties,
          "executionId",
          SKIPPED_EXECUTION_ID,
          "message",
          message,
          "action",
          action);
    }
  }

  /**
   * Processing the webhook failed (a 200 response carrying an {@code error}).
   *
   * @param error the error message
   * @param additionalProperties properties of the response this version of the SDK does not know
   */
  record Failed(String error, Map<String, Object> additionalProperties) implements TriggerResult {
    /**
     * @param error the error message, not {@code null}
     * @param additionalProperties unknown properties (copied), or {@code null} for none
     */
    public Failed {
      Objects.requireNonNull(error, "error");
      additionalProperties = copy(additionalProperties);
    }

    /**
     * @param error the error message, not {@code null}
     */
    public Failed(String error) {
      this(error, Map.of());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitFailed(this);
    }

    @Override
    public String toString() {
      return Secrets.redact(
          "TriggerResult.Failed[error="
              + error
              + ", additionalProperties="
              + additionalProperties
              + "]");
    }

    /**
     * @return {@code {"error": ...}} and the unknown properties
     */
    @Override
    public String toJson() {
      return TriggerResult.toJson(additionalProperties, "error", error);
    }
  }
}
