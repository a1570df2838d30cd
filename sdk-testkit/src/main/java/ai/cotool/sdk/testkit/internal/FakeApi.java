package ai.cotool.sdk.testkit.internal;

import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.testkit.FakeAlert;
import ai.cotool.sdk.testkit.FakeAlerts;
import ai.cotool.sdk.testkit.Operation;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake Cotool API, independent of the HTTP server: routes a request to one of the operations it
 * serves, checks authentication and input as the API does, keeps state (detections, destinations,
 * trigger outcomes, alerts) and records what it received. Thread-safe: one lock guards everything
 * but the alert store, which has its own. Not API.
 */
public final class FakeApi {
  public static final String ORGANIZATION_ID = FakeAlert.DEFAULT_ORGANIZATION_ID;

  private static final Pattern ACCEPT = Pattern.compile("^/api/detections/([^/]+)/accept/?$");
  private static final Pattern OUTPUTS = Pattern.compile("^/api/detections/([^/]+)/outputs/?$");
  private static final Pattern HITS = Pattern.compile("^/api/detections/hits/?$");
  private static final Pattern HIT_STATUS =
      Pattern.compile("^/api/detections/hits/([^/]+)/status/?$");
  private static final Pattern ALERT = Pattern.compile("^/api/alerts/([^/]+)/?$");
  private static final Pattern ALERT_TIMELINE = Pattern.compile("^/api/alerts/([^/]+)/timeline/?$");
  private static final Pattern ALERT_COMMENTS = Pattern.compile("^/api/alerts/([^/]+)/comments/?$");
  private static final Pattern ALERT_STATUS = Pattern.compile("^/api/alerts/([^/]+)/status/?$");
  private static final Pattern TRIGGER = Pattern.compile("^/api/trigger/([^/]+)/([^/]+)/?$");
  private static final Pattern BEARER =
      Pattern.compile("^Bearer\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);
  private static final List<String> SEND_MODES = List.of("triggered_entities_only", "all_entities");
  private static final Pattern DIGITS = Pattern.compile("^\\d+$");
  private static final Pattern INTEGER = Pattern.compile("^-?\\d{1,18}$");

  static final List<String> DETECTION_CATEGORIES =
      List.of(
          "baseline_anomaly",
          "first_occurrence",
          "sequence_pattern",
          "privilege_escalation",
          "custom");
  static final List<String> CADENCES = List.of("hourly", "daily", "weekly");
  static final List<String> DESTINATION_TYPES =
      List.of("webhook", "teams", "slack", "pagerduty", "linear", "tines");
  static final List<String> TRIGGER_SOURCES =
      List.of("jira", "jira-automation", "slack", "linear", "webhook", "bugcrowd", "hackerone");
  static final List<String> STATUSES =
      List.of(
          "open",
          "in_progress",
          "escalated",
          "closed_true_positive",
          "closed_false_positive",
          "closed_true_positive_benign");
  static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");
  static final List<String> SOURCES =
      List.of(
          "cotool_detection",
          "hunting",
          "jira",
          "jira-automation",
          "slack",
          "linear",
          "cron",
          "webhook",
          "email",
          "bugcrowd",
          "hackerone");

  /**
   * One request and what the fake did with it.
   *
   * @param operation the operation, or {@code null} for a path the API does not have
   * @param request the request as received
   * @param status the status answered, 0 for an injected network fault
   * @param fromScenario whether a scheduled failure answered instead of the operation
   */
  public record Exchange(
      @Nullable Operation operation, IncomingRequest request, int status, boolean fromScenario) {}

  /**
   * A trigger's scripted outcome.
   *
   * @param kind started, skipped or failed
   * @param executionId for started: a fixed execution id, or {@code null} for a fresh one per call
   * @param message for skipped: why
   * @param action for skipped: the action that caused the skip
   * @param error for failed: the error text
   */
  public record TriggerOutcome(
      Kind kind,
      @Nullable String executionId,
      @Nullable String message,
      @Nullable String action,
      @Nullable String error) {
    /** The three outcomes the API documents. */
    public enum Kind {
      STARTED,
      SKIPPED,
      FAILED
    }
  }

  /**
   * A trigger invocation the fake answered.
   *
   * @param source the source path parameter
   * @param triggerId the trigger id
   * @param body the JSON body as sent
   */
  public record TriggerCall(String source, String triggerId, String body) {}

  private final Object lock = new Object();
  private final Supplier<List<FakeAlert>> defaultAlerts;
  private final AlertStore alerts = new AlertStore();
  private final DetectionHitStore hits = new DetectionHitStore(alerts);
  private final Map<String, JsonObject> detections = new LinkedHashMap<>();
  private final List<JsonObject> createdDetections = new ArrayList<>();
  private final List<JsonObject> createdDestinations = new ArrayList<>();
  private final List<JsonObject> destinations = new ArrayList<>();
  private final Map<String, JsonObject> outputSettings = new HashMap<>();
  private final List<Map<String, List<String>>> alertQueries = new ArrayList<>();
  private final List<TriggerCall> triggerCalls = new ArrayList<>();
  private final Map<String, TriggerOutcome> triggerOutcomes = new HashMap<>();
  private final Map<Operation, Deque<FakeResponse>> scheduled = new EnumMap<>(Operation.class);
  private final List<Exchange> exchanges = new ArrayList<>();

  public FakeApi(Supplier<List<FakeAlert>> defaultAlerts) {
    this.defaultAlerts = defaultAlerts;
    alerts.replace(defaultAlerts.get());
  }

  // ---- control
  // ---------------------------------------------------------------------------------------------

  public void reset() {
    synchronized (lock) {
      detections.clear();
      createdDetections.clear();
      createdDestinations.clear();
      destinations.clear();
      outputSettings.clear();
      alertQueries.clear();
      triggerCalls.clear();
      triggerOutcomes.clear();
      scheduled.clear();
      exchanges.clear();
    }
    alerts.replace(defaultAlerts.get());
    hits.clear();
  }

  public AlertStore alerts() {
    return alerts;
  }

  public DetectionHitStore hits() {
    return hits;
  }

  public void schedule(Operation operation, int times, FakeResponse response) {
    synchronized (lock) {
      Deque<FakeResponse> queue = scheduled.computeIfAbsent(operation, op -> new ArrayDeque<>());
      for (int i = 0; i < times; i++) {
        queue.addLast(response);
      }
    }
  }

  public int pendingFailures(Operation operation) {
    synchronized (lock) {
      Deque<FakeResponse> queue = scheduled.get(operation);
      return queue == null ? 0 : queue.size();
    }
  }

  public void setTriggerOutcome(String triggerId, TriggerOutcome outcome) {
    synchronized (lock) {
      if (outcome == null) {
        triggerOutcomes.remove(triggerId.toLowerCase(Locale.ROOT));
      } else {
        triggerOutcomes.put(triggerId.toLowerCase(Locale.ROOT), outcome);
      }
    }
  }

  public void clearTriggerOutcomes() {
    synchronized (lock) {
      triggerOutcomes.clear();
    }
  }

  public List<Exchange> exchanges() {
    synchronized (lock) {
      return List.copyOf(exchanges);
    }
  }

  public List<JsonObject> createdDetections() {
    synchronized (lock) {
      return copies(createdDetections);
    }
  }

  public List<JsonObject> createdDestinations() {
    synchronized (lock) {
      return copies(createdDestinations);
    }
  }

  public List<Map<String, List<String>>> alertQueries() {
    synchronized (lock) {
      return List.copyOf(alertQueries);
    }
  }

  public List<TriggerCall> triggerCalls() {
    synchronized (lock) {
      return List.copyOf(triggerCalls);
    }
  }

  /**
   * @return the current JSON of every detection the fake holds, in creation order
   */
  public List<JsonObject> detections() {
    synchronized (lock) {
      return copies(detections.values());
    }
  }

  // ---- serving
  // ---------------------------------------------------------------------------------------------

  /** Answers one request and records it. */
  public FakeResponse handle(IncomingRequest request) {
    Operation operation = route(request);
    FakeResponse scheduledResponse = operation == null ? null : nextScheduled(operation);
    FakeResponse response;
    boolean fromScenario;
    if (scheduledResponse != null && !scheduledResponse.passThrough()) {
      response = scheduledResponse;
      fromScenario = true;
    } else {
      fromScenario = false;
      response = serve(operation, request);
      if (scheduledResponse != null) {
        response = response.withDelay(scheduledResponse.delay());
      }
    }
    synchronized (lock) {
      exchanges.add(
          new Exchange(
              operation, request, response.fault() == null ? response.status() : 0, fromScenario));
    }
    return response;
  }

  private @Nullable FakeResponse nextScheduled(Operation operation) {
    synchronized (lock) {
      Deque<FakeResponse> queue = scheduled.get(operation);
      return queue == null ? null : queue.pollFirst();
    }
  }

  private static @Nullable Operation route(IncomingRequest r) {
    String path = r.path();
    boolean post = r.method().equals("POST");
    boolean get = r.method().equals("GET");
    if (path.equals("/api/detections") || path.equals("/api/detections/")) {
      return post ? Operation.CREATE_DETECTION : get ? Operation.LIST_DETECTIONS : null;
    }
    if (HITS.matcher(path).matches()) {
      return get ? Operation.LIST_DETECTION_HITS : null;
    }
    if (HIT_STATUS.matcher(path).matches()) {
      return post ? Operation.UPDATE_DETECTION_HIT_STATUS : null;
    }
    if (ACCEPT.matcher(path).matches()) {
      return post ? Operation.ACCEPT_DETECTION : null;
    }
    if (OUTPUTS.matcher(path).matches()) {
      return get
          ? Operation.GET_DETECTION_OUTPUTS
          : r.method().equals("PUT") ? Operation.UPDATE_DETECTION_OUTPUTS : null;
    }
    if (path.equals("/api/output-destinations") || path.equals("/api/output-destinations/")) {
      return post ? Operation.CREATE_OUTPUT_DESTINATION : null;
    }
    if (TRIGGER.matcher(path).matches()) {
      return post ? Operation.INVOKE_TRIGGER : null;
    }
    if (path.equals("/api/alerts") || path.equals("/api/alerts/")) {
      return get ? Operation.LIST_ALERTS : null;
    }
    if (ALERT_TIMELINE.matcher(path).matches()) {
      return get ? Operation.GET_ALERT_TIMELINE : null;
    }
    if (ALERT_COMMENTS.matcher(path).matches()) {
      return post ? Operation.ADD_ALERT_COMMENT : null;
    }
    if (ALERT_STATUS.matcher(path).matches()) {
      return post ? Operation.UPDATE_ALERT_STATUS : null;
    }
    if (ALERT.matcher(path).matches()) {
      return get ? Operation.GET_ALERT : null;
    }
    return null;
  }

  private FakeResponse serve(@Nullable Operation operation, IncomingRequest request) {
    if (operation == null) {
      boolean known =
          request.path().startsWith("/api/detections")
              || request.path().startsWith("/api/trigger/")
              || request.path().startsWith("/api/alerts")
              || request.path().startsWith("/api/output-destinations");
      return known
          ? FakeResponse.json(
              405, FakeJson.write(FakeJson.error("Method " + request.method() + " not allowed")))
          : FakeResponse.json(404, FakeJson.write(FakeJson.error("Not found: " + request.path())));
    }
    String authorization = request.header("Authorization");
    if (authorization == null || !BEARER.matcher(authorization.strip()).matches()) {
      return FakeResponse.json(
          401, FakeJson.write(FakeJson.error("Unauthorized: missing or invalid API key")));
    }
    switch (operation) {
      case CREATE_DETECTION:
        return createDetection(request);
      case LIST_DETECTIONS:
        return listDetections();
      case ACCEPT_DETECTION:
        return acceptDetection(request);
      case GET_DETECTION_OUTPUTS:
      case UPDATE_DETECTION_OUTPUTS:
        return detectionOutputs(request, operation == Operation.UPDATE_DETECTION_OUTPUTS);
      case CREATE_OUTPUT_DESTINATION:
        return createDestination(request);
      case INVOKE_TRIGGER:
        return invokeTrigger(request);
      case LIST_ALERTS:
        return listAlerts(request);
      case GET_ALERT:
        return getAlert(request);
      case LIST_DETECTION_HITS:
        return listHits(request);
      case UPDATE_DETECTION_HIT_STATUS:
        return updateHitStatus(request);
      case GET_ALERT_TIMELINE:
        return alertTimeline(request);
      case ADD_ALERT_COMMENT:
        return addAlertComment(request);
      case UPDATE_ALERT_STATUS:
        return updateAlertStatus(request);
      default:
        throw new IllegalStateException("unreachable: " + operation);
    }
  }

  // ---- detections
  // ------------------------------------------------------------------------------------------

  private FakeResponse createDetection(IncomingRequest request) {
    JsonElement parsed = FakeJson.parseOrNull(request.body());
    if (parsed == null || !parsed.isJsonObject()) {
      return new Issues()
          .add("invalid_type", "Expected object, received " + Issues.typeOf(parsed))
          .toResponse("Invalid request body");
    }
    JsonObject body = parsed.getAsJsonObject();
    Issues issues = new Issues();
    String name = issues.string(body, "name", true, false, 1, 255);
    String description = issues.string(body, "description", false, true, 0, 1000);
    String category =
        issues.enumValue(body, "detectionCategory", true, false, DETECTION_CATEGORIES);
    String systemPrompt = issues.string(body, "systemPrompt", true, false, 1, Integer.MAX_VALUE);
    String query = issues.string(body, "detectionQuery", true, false, 1, Integer.MAX_VALUE);
    String siemType = issues.string(body, "siemType", false, true, 0, Integer.MAX_VALUE);
    JsonArray toolNames = issues.stringArray(body, "toolNames", false, true, 0);
    String cadence = issues.enumValue(body, "detectionCadence", false, true, CADENCES);
    if (!issues.isEmpty()) {
      return issues.toResponse("Invalid request body");
    }
    String now = FakeJson.timestamp(Instant.now());
    JsonObject d = new JsonObject();
    d.addProperty("id", UUID.randomUUID().toString());
    d.addProperty("organizationId", ORGANIZATION_ID);
    d.addProperty("name", name);
    d.addProperty("description", description == null ? "" : description);
    d.addProperty("createdAt", now);
    d.addProperty("updatedAt", now);
    d.add("deletedAt", null);
    d.add("toolNames", toolNames == null ? new JsonArray() : toolNames.deepCopy());
    d.add("inputs", new JsonArray());
    d.addProperty("modelAlias", "claude-sonnet-4-5");
    d.addProperty("planningMode", "auto");
    d.addProperty("agentType", "detection");
    d.addProperty("isBuiltIn", false);
    d.addProperty("builtInAgentType", "threat-research");
    d.add("tinesStoryImportId", null);
    d.add("triggerSummary", new JsonArray());
    d.addProperty("detectionCategory", category);
    d.addProperty("detectionQuery", query);
    d.addProperty("siemType", siemType);
    d.addProperty("detectionCadence", cadence);
    d.addProperty("isSuggestion", true);
    d.add("lastDetectionRunAt", null);
    d.addProperty("enabled", false);
    d.add("cronSchedule", null);
    JsonObject prompt = new JsonObject();
    prompt.addProperty("id", UUID.randomUUID().toString());
    prompt.addProperty("prompt", systemPrompt);
    prompt.addProperty("description", "Initial prompt");
    d.add("activeSystemPrompt", prompt);
    synchronized (lock) {
      detections.put(d.get("id").getAsString(), d);
      createdDetections.add(body.deepCopy());
    }
    return FakeResponse.json(200, FakeJson.write(d));
  }

  /** Every detection the fake holds, suggestions and accepted ones, in creation order. */
  private FakeResponse listDetections() {
    JsonObject list = new JsonObject();
    JsonArray all = new JsonArray();
    synchronized (lock) {
      detections.values().forEach(d -> all.add(d.deepCopy()));
    }
    list.add("detections", all);
    return FakeResponse.json(200, FakeJson.write(list));
  }

  /**
   * A detection's output settings: disabled until set; {@code PUT} replaces them (the ids must be
   * UUIDs, not necessarily of destinations the fake created); {@code GET} also lists the
   * destinations created so far.
   */
  private FakeResponse detectionOutputs(IncomingRequest request, boolean update) {
    Matcher m = OUTPUTS.matcher(request.path());
    m.matches();
    String id = m.group(1);
    if (!Ids.isUuid(id)) {
      return new Issues().invalidUuid("id").toResponse("Invalid path parameters");
    }
    String key = id.toLowerCase(Locale.ROOT);
    JsonObject body = null;
    if (update) {
      JsonElement parsed = FakeJson.parseOrNull(request.body());
      Issues issues = new Issues();
      if (parsed == null || !parsed.isJsonObject()) {
        return issues
            .add("invalid_type", "Expected object, received " + Issues.typeOf(parsed))
            .toResponse("Invalid request body");
      }
      body = parsed.getAsJsonObject();
      JsonElement enabled = body.get("enabled");
      if (enabled == null
          || !enabled.isJsonPrimitive()
          || !enabled.getAsJsonPrimitive().isBoolean()) {
        issues.add(
            "invalid_type",
            enabled == null ? "Required" : "Expected boolean, received " + Issues.typeOf(enabled),
            "enabled");
      }
      JsonArray ids = issues.stringArray(body, "destinationIds", true, false, 0);
      for (int i = 0; ids != null && i < ids.size(); i++) {
        if (!Ids.isUuid(ids.get(i).getAsString())) {
          issues.add("invalid_string", "Invalid uuid", "destinationIds", i);
        }
      }
      issues.enumValue(body, "sendMode", true, false, SEND_MODES);
      if (!issues.isEmpty()) {
        return issues.toResponse("Invalid request body");
      }
    }
    synchronized (lock) {
      if (!detections.containsKey(key)) {
        return FakeResponse.json(
            404, FakeJson.write(FakeJson.error("Detection " + id + " not found")));
      }
      String now = FakeJson.timestamp(Instant.now());
      JsonObject settings = outputSettings.computeIfAbsent(key, k -> defaultOutputSettings(k, now));
      if (body != null) {
        settings.add("enabled", body.get("enabled").deepCopy());
        settings.add("destinationIds", body.get("destinationIds").deepCopy());
        settings.add("sendMode", body.get("sendMode").deepCopy());
        settings.addProperty("updatedAt", now);
        return FakeResponse.json(200, FakeJson.write(settings));
      }
      JsonObject shown = settings.deepCopy();
      JsonArray ids = shown.remove("destinationIds").getAsJsonArray();
      if (!ids.isEmpty()) {
        shown.add("destinationId", ids.get(0));
      }
      JsonObject outputs = new JsonObject();
      outputs.add("settings", shown);
      JsonArray all = new JsonArray();
      destinations.forEach(d -> all.add(d.deepCopy()));
      outputs.add("destinations", all);
      return FakeResponse.json(200, FakeJson.write(outputs));
    }
  }

  private static JsonObject defaultOutputSettings(String detectionId, String now) {
    JsonObject settings = new JsonObject();
    settings.addProperty("id", UUID.randomUUID().toString());
    settings.addProperty("organizationId", ORGANIZATION_ID);
    settings.addProperty("agentId", detectionId);
    settings.addProperty("enabled", false);
    settings.add("destinationIds", new JsonArray());
    settings.addProperty("sendMode", SEND_MODES.get(0));
    settings.addProperty("createdAt", now);
    settings.addProperty("updatedAt", now);
    return settings;
  }

  private FakeResponse acceptDetection(IncomingRequest request) {
    Matcher m = ACCEPT.matcher(request.path());
    m.matches();
    String id = m.group(1);
    if (!Ids.isUuid(id)) {
      return new Issues().invalidUuid("id").toResponse("Invalid path parameters");
    }
    JsonObject accepted;
    synchronized (lock) {
      JsonObject d = detections.get(id.toLowerCase(Locale.ROOT));
      if (d == null) {
        return FakeResponse.json(
            404, FakeJson.write(FakeJson.error("Detection " + id + " not found")));
      }
      if (d.get("isSuggestion").getAsBoolean()) {
        String cadence = FakeJson.string(d, "detectionCadence");
        d.addProperty("updatedAt", FakeJson.timestamp(Instant.now()));
        d.addProperty("isSuggestion", false);
        d.addProperty("enabled", true);
        d.addProperty("cronSchedule", cron(cadence == null ? "daily" : cadence));
        d.add("toolActionConfigs", new JsonArray());
        d.addProperty("origin", "user");
        JsonObject trigger = new JsonObject();
        trigger.addProperty("id", UUID.randomUUID().toString());
        trigger.addProperty("source", "cron");
        trigger.addProperty("name", (cadence == null ? "daily" : cadence) + " schedule");
        trigger.addProperty("enabled", true);
        d.getAsJsonArray("triggerSummary").add(trigger);
        d.addProperty("runs30d", 0);
        d.addProperty("runningRuns30d", 0);
        d.addProperty("hits30d", 0);
        d.add("avgEvalScore30d", null);
      }
      accepted = d.deepCopy();
    }
    return FakeResponse.json(200, FakeJson.write(accepted));
  }

  private static String cron(String cadence) {
    switch (cadence) {
      case "hourly":
        return "0 * * * *";
      case "weekly":
        return "0 0 * * 1";
      default:
        return "0 0 * * *";
    }
  }

  // ---- output destinations
  // ---------------------------------------------------------------------------------

  private FakeResponse createDestination(IncomingRequest request) {
    JsonElement parsed = FakeJson.parseOrNull(request.body());
    if (parsed == null || !parsed.isJsonObject()) {
      return new Issues()
          .add("invalid_type", "Expected object, received " + Issues.typeOf(parsed))
          .toResponse("Invalid request body");
    }
    JsonObject body = parsed.getAsJsonObject();
    Issues issues = new Issues();
    String type = FakeJson.string(body, "type");
    if (type == null || !DESTINATION_TYPES.contains(type)) {
      issues.add(
          "invalid_union_discriminator",
          "Invalid discriminator value. Expected " + Issues.quoted(DESTINATION_TYPES),
          "type");
      return issues.toResponse("Invalid request body");
    }
    String name = issues.string(body, "name", true, false, 1, 255);
    JsonObject config = new JsonObject();
    String token = null;
    switch (type) {
      case "webhook":
        config.addProperty("url", issues.uri(body, "url", true));
        config.addProperty(
            "authType",
            issues.enumValue(body, "authType", true, false, List.of("bearer", "header")));
        String headerName = issues.string(body, "headerName", false, false, 0, Integer.MAX_VALUE);
        if (headerName != null) {
          config.addProperty("headerName", headerName);
        }
        token = issues.string(body, "token", false, false, 0, Integer.MAX_VALUE);
        break;
      case "teams":
        config.addProperty("url", issues.uri(body, "url", true));
        break;
      case "slack":
        JsonArray channels = issues.stringArray(body, "channelIds", true, false, 1);
        config.add("channelIds", channels == null ? null : channels.deepCopy());
        break;
      case "pagerduty":
        String severity =
            issues.enumValue(
                body, "severity", false, false, List.of("critical", "error", "warning", "info"));
        config.addProperty("severity", severity == null ? "warning" : severity);
        String source = issues.string(body, "source", false, false, 0, Integer.MAX_VALUE);
        if (source != null) {
          config.addProperty("source", source);
        }
        break;
      case "linear":
      case "tines":
        String teamId =
            type.equals("tines")
                ? issues.pattern(body, "teamId", true, DIGITS)
                : issues.string(body, "teamId", true, false, 1, Integer.MAX_VALUE);
        config.addProperty("teamId", teamId);
        String teamName = issues.string(body, "teamName", false, false, 0, Integer.MAX_VALUE);
        if (teamName != null) {
          config.addProperty("teamName", teamName);
        }
        break;
      default:
        throw new IllegalStateException("unreachable: " + type);
    }
    if (!issues.isEmpty()) {
      return issues.toResponse("Invalid request body");
    }
    String now = FakeJson.timestamp(Instant.now());
    JsonObject d = new JsonObject();
    d.addProperty("id", UUID.randomUUID().toString());
    d.addProperty("organizationId", ORGANIZATION_ID);
    d.addProperty("name", name);
    d.addProperty("createdAt", now);
    d.addProperty("updatedAt", now);
    d.addProperty("type", type);
    d.add("config", config);
    if (type.equals("webhook")) {
      // The token is a secret: like the API for most users, the fake never echoes it, only says one
      // is set.
      d.addProperty("hasToken", token != null && !token.isEmpty());
    }
    synchronized (lock) {
      createdDestinations.add(body.deepCopy());
      destinations.add(d.deepCopy());
    }
    return FakeResponse.json(200, FakeJson.write(d));
  }

  // ---- triggers
  // --------------------------------------------------------------------------------------------

  private FakeResponse invokeTrigger(IncomingRequest request) {
    Matcher m = TRIGGER.matcher(request.path());
    m.matches();
    String source = m.group(1);
    String triggerId = m.group(2);
    Issues issues = new Issues();
    if (!TRIGGER_SOURCES.contains(source)) {
      issues.add(
          "invalid_enum_value",
          "Invalid enum value. Expected "
              + Issues.quoted(TRIGGER_SOURCES)
              + ", received '"
              + source
              + "'",
          "source");
    }
    if (!Ids.isUuid(triggerId)) {
      issues.invalidUuid("triggerId");
    }
    if (!issues.isEmpty()) {
      return issues.toResponse("Invalid path parameters");
    }
    if (!request.body().isBlank() && FakeJson.parseOrNull(request.body()) == null) {
      return FakeResponse.json(400, FakeJson.write(FakeJson.error("Invalid JSON body")));
    }
    TriggerOutcome outcome;
    synchronized (lock) {
      outcome = triggerOutcomes.get(triggerId.toLowerCase(Locale.ROOT));
      triggerCalls.add(new TriggerCall(source, triggerId, request.body()));
    }
    JsonObject answer = new JsonObject();
    if (outcome == null || outcome.kind() == TriggerOutcome.Kind.STARTED) {
      String executionId =
          outcome == null || outcome.executionId() == null
              ? UUID.randomUUID().toString()
              : outcome.executionId();
      answer.addProperty("executionId", executionId);
    } else if (outcome.kind() == TriggerOutcome.Kind.SKIPPED) {
      answer.addProperty("executionId", "skipped");
      answer.addProperty("message", outcome.message());
      answer.addProperty("action", outcome.action());
    } else {
      answer.addProperty("error", outcome.error());
    }
    return FakeResponse.json(200, FakeJson.write(answer));
  }

  // ---- alerts
  // ----------------------------------------------------------------------------------------------

  private FakeResponse listAlerts(IncomingRequest request) {
    Issues issues = new Issues();
    int limit = (int) integer(request, "limit", 100, 1, 200, issues);
    long offset = integer(request, "offset", 0, 0, Long.MAX_VALUE, issues);
    Set<String> statuses = commaList(request, "status", STATUSES, issues);
    Set<String> severities = commaList(request, "severity", SEVERITIES, issues);
    Set<String> sources = commaList(request, "source", SOURCES, issues);
    String q = request.queryParam("q");
    if (q != null) {
      int length = q.codePointCount(0, q.length());
      if (length < 1) {
        issues.add("too_small", "String must contain at least 1 character(s)", "q");
      } else if (length > 500) {
        issues.add("too_big", "String must contain at most 500 character(s)", "q");
      }
    }
    String assignedAgentId = uuidParam(request, "assignedAgentId", issues);
    String detectionId = uuidParam(request, "detectionId", issues);
    String originAgentId = uuidParam(request, "originAgentId", issues);
    String originDetectionHitId = uuidParam(request, "originDetectionHitId", issues);
    String detection = request.queryParam("detection");
    if (!issues.isEmpty()) {
      return issues.toResponse("Invalid query parameters");
    }
    AlertStore.Filter filter =
        new AlertStore.Filter(
            statuses,
            severities,
            sources,
            q,
            assignedAgentId,
            detection == null || detection.isEmpty() ? null : detection,
            detectionId,
            originAgentId,
            originDetectionHitId);
    AlertStore.Page page = alerts.query(filter, limit, offset);
    JsonObject body = new JsonObject();
    body.add("alerts", page.page());
    body.addProperty("totalCount", page.totalCount());
    synchronized (lock) {
      alertQueries.add(request.query());
    }
    return FakeResponse.json(200, FakeJson.write(body));
  }

  // ---- detection hits
  // ------------------------------------------------------------------------------------

  private FakeResponse listHits(IncomingRequest request) {
    Issues issues = new Issues();
    int limit = (int) integer(request, "limit", 100, 1, 200, issues);
    long offset = integer(request, "offset", 0, 0, Long.MAX_VALUE, issues);
    if (!issues.isEmpty()) {
      return issues.toResponse("Invalid query parameters");
    }
    DetectionHitStore.Page page = hits.page(limit, offset);
    JsonObject body = new JsonObject();
    body.add("hits", page.hits());
    body.addProperty("totalCount", page.totalCount());
    return FakeResponse.json(200, FakeJson.write(body));
  }

  private FakeResponse updateHitStatus(IncomingRequest request) {
    Matcher m = HIT_STATUS.matcher(request.path());
    m.matches();
    String hitId = m.group(1);
    if (!Ids.isUuid(hitId)) {
      return new Issues().invalidUuid("hitId").toResponse("Invalid path parameters");
    }
    JsonElement parsed = FakeJson.parseOrNull(request.body());
    if (parsed == null || !parsed.isJsonObject()) {
      return new Issues()
          .add("invalid_type", "Expected object, received " + Issues.typeOf(parsed))
          .toResponse("Invalid request body");
    }
    Issues issues = new Issues();
    String status =
        issues.enumValue(
            parsed.getAsJsonObject(), "status", true, false, DetectionHitStore.STATUSES);
    String reason = issues.string(parsed.getAsJsonObject(), "reason", false, false, 1, 2000);
    if (!issues.isEmpty()) {
      return issues.toResponse("Invalid request body");
    }
    // required: had it been missing, issues would not be empty
    JsonObject hit = hits.updateStatus(hitId, Objects.requireNonNull(status, "status"), reason);
    if (hit == null) {
      return FakeResponse.json(
          404, FakeJson.write(FakeJson.error("Detection hit " + hitId + " not found")));
    }
    JsonObject body = new JsonObject();
    body.add("hit", hit);
    return FakeResponse.json(200, FakeJson.write(body));
  }

  // ---- one alert
  // -------------------------------------------------------------------------------------------

  private static String alertId(Pattern pattern, IncomingRequest request) {
    Matcher m = pattern.matcher(request.path());
    m.matches();
    return m.group(1);
  }

  private static FakeResponse alertNotFound(String alertId) {
    return FakeResponse.json(
        404, FakeJson.write(FakeJson.error("Alert " + alertId + " not found")));
  }

  private FakeResponse getAlert(IncomingRequest request) {
    String alertId = alertId(ALERT, request);
    JsonObject alert = alerts.detail(alertId, FakeAlerts.DETAIL_TIMELINE_LIMIT);
    if (alert == null) {
      return alertNotFound(alertId);
    }
    JsonObject body = new JsonObject();
    body.add("alert", alert);
    return FakeResponse.json(200, FakeJson.write(body));
  }

  private FakeResponse alertTimeline(IncomingRequest request) {
    String alertId = alertId(ALERT_TIMELINE, request);
    Issues issues = new Issues();
    int limit = (int) integer(request, "limit", 100, 1, 200, issues);
    long offset = integer(request, "offset", 0, 0, Long.MAX_VALUE, issues);
    if (!issues.isEmpty()) {
      return issues.toResponse("Invalid query parameters");
    }
    AlertStore.TimelinePage page = alerts.timeline(alertId, limit, offset);
    if (page == null) {
      return alertNotFound(alertId);
    }
    JsonObject body = new JsonObject();
    body.add("entries", page.entries());
    body.addProperty("totalCount", page.totalCount());
    return FakeResponse.json(200, FakeJson.write(body));
  }

  private FakeResponse addAlertComment(IncomingRequest request) {
    String alertId = alertId(ALERT_COMMENTS, request);
    JsonElement parsed = FakeJson.parseOrNull(request.body());
    if (parsed == null || !parsed.isJsonObject()) {
      return new Issues()
          .add("invalid_type", "Expected object, received " + Issues.typeOf(parsed))
          .toResponse("Invalid request body");
    }
    Issues issues = new Issues();
    String bodyMarkdown =
        issues.string(parsed.getAsJsonObject(), "bodyMarkdown", true, false, 1, 20_000);
    if (!issues.isEmpty()) {
      return issues.toResponse("Invalid request body");
    }
    // required: had it been missing, issues would not be empty
    JsonObject entry =
        alerts.comment(alertId, Objects.requireNonNull(bodyMarkdown, "bodyMarkdown"));
    if (entry == null) {
      return alertNotFound(alertId);
    }
    JsonObject body = new JsonObject();
    body.add("entry", entry);
    return FakeResponse.json(200, FakeJson.write(body));
  }

  private FakeResponse updateAlertStatus(IncomingRequest request) {
    String alertId = alertId(ALERT_STATUS, request);
    JsonElement parsed = FakeJson.parseOrNull(request.body());
    if (parsed == null || !parsed.isJsonObject()) {
      return new Issues()
          .add("invalid_type", "Expected object, received " + Issues.typeOf(parsed))
          .toResponse("Invalid request body");
    }
    Issues issues = new Issues();
    JsonObject json = parsed.getAsJsonObject();
    String status = issues.enumValue(json, "status", true, false, STATUSES);
    String reason = issues.string(json, "reason", false, false, 0, Integer.MAX_VALUE);
    if (!issues.isEmpty()) {
      return issues.toResponse("Invalid request body");
    }
    // required: had it been missing, issues would not be empty
    AlertStore.StatusChange change =
        alerts.updateStatus(
            alertId, AlertStatus.fromValue(Objects.requireNonNull(status, "status")), reason);
    if (change == null) {
      return alertNotFound(alertId);
    }
    JsonObject body = new JsonObject();
    body.add("alert", change.alert());
    body.add("entry", change.entry());
    return FakeResponse.json(200, FakeJson.write(body));
  }

  private static long integer(
      IncomingRequest request, String name, long fallback, long min, long max, Issues issues) {
    String text = request.queryParam(name);
    if (text == null) {
      return fallback;
    }
    if (!INTEGER.matcher(text.strip()).matches()) {
      issues.add(
          "invalid_type",
          "Expected integer, received " + (text.isBlank() ? "nothing" : "'" + text + "'"),
          name);
      return fallback;
    }
    long value = Long.parseLong(text.strip());
    if (value < min) {
      issues.add("too_small", "Number must be greater than or equal to " + min, name);
    } else if (value > max) {
      issues.add("too_big", "Number must be less than or equal to " + max, name);
    }
    return value;
  }

  private static @Nullable Set<String> commaList(
      IncomingRequest request, String name, List<String> options, Issues issues) {
    String text = request.queryParam(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    Set<String> values = new LinkedHashSet<>();
    for (String part : text.split(",", -1)) {
      String value = part.strip();
      if (value.isEmpty()) {
        continue;
      }
      if (!options.contains(value)) {
        issues.add(
            "invalid_enum_value",
            "Invalid enum value. Expected " + Issues.quoted(options) + ", received '" + value + "'",
            name);
      }
      values.add(value);
    }
    return values;
  }

  private static @Nullable String uuidParam(IncomingRequest request, String name, Issues issues) {
    String text = request.queryParam(name);
    if (text == null) {
      return null;
    }
    if (!Ids.isUuid(text)) {
      issues.invalidUuid(name);
      return null;
    }
    return text;
  }

  private static List<JsonObject> copies(Iterable<JsonObject> objects) {
    List<JsonObject> out = new ArrayList<>();
    for (JsonObject o : objects) {
      out.add(o.deepCopy());
    }
    return out;
  }
}
