package ai.cotool.sdk.testkit.internal;

import ai.cotool.sdk.internal.Json;
import ai.cotool.sdk.internal.generated.model.CreateDetectionRequestJson;
import ai.cotool.sdk.internal.generated.model.LinearDestinationRequestJson;
import ai.cotool.sdk.internal.generated.model.PagerDutyDestinationRequestJson;
import ai.cotool.sdk.internal.generated.model.SlackDestinationRequestJson;
import ai.cotool.sdk.internal.generated.model.TeamsDestinationRequestJson;
import ai.cotool.sdk.internal.generated.model.TinesDestinationRequestJson;
import ai.cotool.sdk.internal.generated.model.WebhookDestinationRequestJson;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.DetectionCadence;
import ai.cotool.sdk.models.DetectionCategory;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.PagerDutySeverity;
import ai.cotool.sdk.models.WebhookAuthType;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns what the fake received back into the SDK's own parameter types, through their public
 * builders, so tests assert on {@code CreateDetectionParams} and {@code AlertListParams} rather
 * than on JSON. Only requests the fake accepted get here, so every value passes the builders'
 * checks. Not API.
 */
public final class Decoders {
  private Decoders() {}

  public static CreateDetectionParams createDetectionParams(JsonObject body) {
    CreateDetectionParams.Builder b =
        CreateDetectionParams.builder()
            .name(required(body, "name"))
            .detectionCategory(DetectionCategory.fromValue(required(body, "detectionCategory")))
            .systemPrompt(required(body, "systemPrompt"))
            .detectionQuery(required(body, "detectionQuery"));
    ifSent(FakeJson.string(body, "description"), b::description);
    ifSent(FakeJson.string(body, "siemType"), b::siemType);
    String cadence = FakeJson.string(body, "detectionCadence");
    if (cadence != null) {
      b.detectionCadence(DetectionCadence.fromValue(cadence));
    }
    List<String> toolNames = strings(body.get("toolNames"));
    if (toolNames != null) {
      b.toolNames(toolNames);
    }
    return b.putAllAdditionalBodyProperties(extras(body, CreateDetectionRequestJson.openapiFields))
        .build();
  }

  private static final Map<String, Set<String>> DOCUMENTED =
      Map.of(
          "webhook", WebhookDestinationRequestJson.openapiFields,
          "teams", TeamsDestinationRequestJson.openapiFields,
          "slack", SlackDestinationRequestJson.openapiFields,
          "pagerduty", PagerDutyDestinationRequestJson.openapiFields,
          "linear", LinearDestinationRequestJson.openapiFields,
          "tines", TinesDestinationRequestJson.openapiFields);

  /** The body's properties the schema does not document, as plain Java values. */
  private static Map<String, Object> extras(JsonObject body, Set<String> documented) {
    Map<String, Object> extras = new LinkedHashMap<>();
    body.entrySet()
        .forEach(
            entry -> {
              if (!documented.contains(entry.getKey())) {
                extras.put(entry.getKey(), Json.gson().fromJson(entry.getValue(), Object.class));
              }
            });
    return extras;
  }

  /** The destination as sent, including the properties its kind does not document. */
  public static OutputDestinationParams outputDestinationParams(JsonObject body) {
    String type = required(body, "type");
    String name = required(body, "name");
    Map<String, Object> extras = extras(body, DOCUMENTED.getOrDefault(type, Set.of()));
    switch (type) {
      case "webhook":
        return OutputDestinationParams.webhook()
            .name(name)
            .url(required(body, "url"))
            .authType(WebhookAuthType.fromValue(required(body, "authType")))
            .headerName(FakeJson.string(body, "headerName"))
            .token(FakeJson.string(body, "token"))
            .putAllAdditionalBodyProperties(extras)
            .build();
      case "teams":
        return OutputDestinationParams.teams()
            .name(name)
            .url(required(body, "url"))
            .putAllAdditionalBodyProperties(extras)
            .build();
      case "slack":
        return OutputDestinationParams.slack()
            .name(name)
            .channelIds(strings(body.get("channelIds")))
            .putAllAdditionalBodyProperties(extras)
            .build();
      case "pagerduty":
        String severity = FakeJson.string(body, "severity");
        return OutputDestinationParams.pagerDuty()
            .name(name)
            .severity(severity == null ? null : PagerDutySeverity.fromValue(severity))
            .source(FakeJson.string(body, "source"))
            .putAllAdditionalBodyProperties(extras)
            .build();
      case "linear":
        return OutputDestinationParams.linear()
            .name(name)
            .teamId(required(body, "teamId"))
            .teamName(FakeJson.string(body, "teamName"))
            .putAllAdditionalBodyProperties(extras)
            .build();
      case "tines":
        return OutputDestinationParams.tines()
            .name(name)
            .teamId(required(body, "teamId"))
            .teamName(FakeJson.string(body, "teamName"))
            .putAllAdditionalBodyProperties(extras)
            .build();
      default:
        throw new IllegalStateException("The fake accepted an unknown destination type: " + type);
    }
  }

  /**
   * Rebuilds the params from the query as received; an empty list filter is treated as absent, as
   * the fake does.
   */
  public static AlertListParams alertListParams(Map<String, List<String>> query) {
    AlertListParams.Builder b = AlertListParams.builder();
    String limit = first(query, "limit");
    if (limit != null) {
      b.limit(Integer.parseInt(limit.strip()));
    }
    String offset = first(query, "offset");
    if (offset != null) {
      b.offset(Long.parseLong(offset.strip()));
    }
    String[] statuses = commaList(first(query, "status"));
    if (statuses != null) {
      b.statusValues(statuses);
    }
    String[] severities = commaList(first(query, "severity"));
    if (severities != null) {
      b.severityValues(severities);
    }
    String[] sources = commaList(first(query, "source"));
    if (sources != null) {
      b.sourceValues(sources);
    }
    ifSent(first(query, "assignedAgentId"), b::assignedAgentId);
    String detection = first(query, "detection");
    ifSent(detection == null || detection.isEmpty() ? null : detection, b::detection);
    ifSent(first(query, "detectionId"), b::detectionId);
    ifSent(first(query, "originAgentId"), b::originAgentId);
    ifSent(first(query, "originDetectionHitId"), b::originDetectionHitId);
    ifSent(first(query, "q"), b::q);
    return b.build();
  }

  /** A string property the fake requires: a body it accepted has it. */
  private static String required(JsonObject body, String name) {
    return Objects.requireNonNull(FakeJson.string(body, name), name);
  }

  /**
   * Sets a property that was sent. One that was not is left unset, which the generated builders
   * read as absent, as they would read {@code null} (they take it without declaring it).
   */
  private static void ifSent(@Nullable String value, Consumer<String> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private static @Nullable String first(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static @Nullable String[] commaList(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      if (!part.isBlank()) {
        values.add(part.strip());
      }
    }
    return values.isEmpty() ? null : values.toArray(new String[0]);
  }

  private static @Nullable List<String> strings(@Nullable JsonElement element) {
    if (element == null || !element.isJsonArray()) {
      return null;
    }
    JsonArray array = element.getAsJsonArray();
    List<String> out = new ArrayList<>(array.size());
    for (JsonElement item : array) {
      out.add(item.getAsString());
    }
    return out;
  }
}
