package ai.cotool.sdk.testkit.internal;

import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertSourceName;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.testkit.FakeAlert;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws realistic alerts from the scenarios of {@code alert-catalog.json}. The same seed always
 * gives the same alerts (java.util.Random's sequence is specified). Newest first, display numbers
 * counting down. Not API.
 */
public final class AlertGenerator {
  private static final String CATALOG = "/ai/cotool/sdk/testkit/alert-catalog.json";
  private static final JsonObject CATALOG_JSON = load();

  private AlertGenerator() {}

  public static List<FakeAlert> generate(int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0");
    }
    JsonObject c = CATALOG_JSON;
    Random random = new Random(seed);
    JsonArray scenarios = c.getAsJsonArray("scenarios");
    Instant at = Instant.parse(c.get("newestAlertAt").getAsString());
    int firstNumber = c.get("firstDisplayNumber").getAsInt();
    List<FakeAlert> alerts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      JsonObject scenario = scenarios.get(random.nextInt(scenarios.size())).getAsJsonObject();
      alerts.add(alert(c, scenario, random, at, "COT-" + (firstNumber + count - 1 - i)));
      at = at.minus(Duration.ofMinutes(3 + random.nextInt(90))).minusMillis(random.nextInt(1000));
    }
    return alerts;
  }

  private static FakeAlert alert(
      JsonObject c, JsonObject scenario, Random random, Instant createdAt, String displayId) {
    AlertSourceName source = AlertSourceName.fromValue(scenario.get("source").getAsString());
    AlertStatus status =
        AlertStatus.fromValue(weighted(c.getAsJsonObject("statusWeights"), random));
    String severityText = weighted(c.getAsJsonObject("severityWeights"), random);
    Map<String, String> vars = new java.util.HashMap<>();
    vars.put("host", pick(c, "hosts", random));
    vars.put("user", pick(c, "users", random));
    vars.put("ip", pick(c, "ips", random));
    vars.put("country", pick(c, "countries", random));
    vars.put("repo", pick(c, "repos", random));
    vars.put("n", Integer.toString(1000 + random.nextInt(9000)));
    String ref = scenario.has("ref") ? fill(scenario.get("ref").getAsString(), vars) : null;
    vars.put("ref", ref == null ? "" : ref);

    FakeAlert.Builder b =
        FakeAlert.builder()
            .id(Ids.uuid(random))
            .displayId(displayId)
            .title(fill(scenario.get("title").getAsString(), vars))
            .description(fill(scenario.get("description").getAsString(), vars))
            .severity(severityText.equals("unknown") ? null : AlertSeverity.fromValue(severityText))
            .status(status)
            .source(source)
            .createdAt(createdAt)
            .originRunId(Ids.uuid(random));

    if (source == AlertSourceName.COTOOL_DETECTION) {
      JsonObject d =
          c.getAsJsonArray("detections")
              .get(scenario.get("detection").getAsInt())
              .getAsJsonObject();
      String agentId = d.get("agentId").getAsString();
      String name = d.get("name").getAsString();
      b.cotoolDetection(d.get("id").getAsString(), agentId, name)
          .originAgent(agentId, name)
          .originDetectionHitId(Ids.uuid(random))
          .dedupeKey(
              "detection:"
                  + d.get("id").getAsString()
                  + ":"
                  + vars.get("host")
                  + ":"
                  + FakeJson.timestamp(createdAt).substring(0, 13));
    } else if (source == AlertSourceName.HUNTING) {
      JsonObject agent = c.getAsJsonObject("huntingAgent");
      b.noDetection().originAgent(agent.get("id").getAsString(), agent.get("name").getAsString());
    } else {
      JsonObject agent = c.getAsJsonObject("intakeAgent");
      b.originAgent(agent.get("id").getAsString(), agent.get("name").getAsString())
          .originTriggerId(c.getAsJsonObject("triggers").get(source.value()).getAsString())
          .external(ref, scenario.has("url") ? fill(scenario.get("url").getAsString(), vars) : null)
          .dedupeKey(ref == null ? null : source.value() + ":" + ref);
      if (scenario.has("externalDetection")) {
        b.externalDetection(scenario.get("externalDetection").getAsString());
      }
    }

    Instant updatedAt = createdAt;
    boolean triaged = status != AlertStatus.OPEN;
    if (triaged || random.nextInt(10) < 4) {
      JsonArray agents = c.getAsJsonArray("responseAgents");
      JsonObject agent = agents.get(random.nextInt(agents.size())).getAsJsonObject();
      b.assignedAgent(agent.get("id").getAsString(), agent.get("name").getAsString());
    }
    if (triaged) {
      Instant firstTriaged = createdAt.plus(Duration.ofSeconds(20 + random.nextInt(600)));
      b.triageRunId(Ids.uuid(random)).firstTriagedAt(firstTriaged);
      updatedAt = firstTriaged.plus(Duration.ofMinutes(1 + random.nextInt(30)));
    }
    if (status.isClosed()) {
      updatedAt = updatedAt.plus(Duration.ofMinutes(5 + random.nextInt(600)));
      b.resolvedAt(updatedAt);
    }
    return b.updatedAt(updatedAt).build();
  }

  private static String weighted(JsonObject weights, Random random) {
    int total = 0;
    for (Map.Entry<String, JsonElement> e : weights.entrySet()) {
      total += e.getValue().getAsInt();
    }
    int roll = random.nextInt(total);
    for (Map.Entry<String, JsonElement> e : weights.entrySet()) {
      roll -= e.getValue().getAsInt();
      if (roll < 0) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static String pick(JsonObject c, String list, Random random) {
    JsonArray values = c.getAsJsonArray(list);
    return values.get(random.nextInt(values.size())).getAsString();
  }

  private static String fill(String template, Map<String, String> vars) {
    String out = template;
    for (Map.Entry<String, String> e : vars.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }

  private static JsonObject load() {
    try (InputStream in = AlertGenerator.class.getResourceAsStream(CATALOG)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + CATALOG);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return JsonParser.parseReader(reader).getAsJsonObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
