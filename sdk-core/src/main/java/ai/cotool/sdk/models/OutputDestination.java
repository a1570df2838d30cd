package ai.cotool.sdk.models;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.internal.Json;
import ai.cotool.sdk.internal.Models;
import ai.cotool.sdk.internal.Secrets;
import ai.cotool.sdk.internal.generated.model.LinearDestinationConfigJson;
import ai.cotool.sdk.internal.generated.model.LinearDestinationJson;
import ai.cotool.sdk.internal.generated.model.PagerDutyDestinationConfigJson;
import ai.cotool.sdk.internal.generated.model.PagerDutyDestinationJson;
import ai.cotool.sdk.internal.generated.model.SlackDestinationConfigJson;
import ai.cotool.sdk.internal.generated.model.SlackDestinationJson;
import ai.cotool.sdk.internal.generated.model.TeamsDestinationConfigJson;
import ai.cotool.sdk.internal.generated.model.TeamsDestinationJson;
import ai.cotool.sdk.internal.generated.model.TinesDestinationConfigJson;
import ai.cotool.sdk.internal.generated.model.TinesDestinationJson;
import ai.cotool.sdk.internal.generated.model.WebhookDestinationConfigJson;
import ai.cotool.sdk.internal.generated.model.WebhookDestinationJson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where Cotool sends detection results: one of six kinds, told apart by the {@code type} property,
 * or {@link Unknown} for a kind this version of the SDK does not know. Returned by {@code POST
 * /api/output-destinations}.
 *
 * <p>On Java 17, branch with {@code instanceof} or with a {@link Visitor}:
 *
 * <pre>{@code
 * String target = destination.accept(new OutputDestination.Visitor<String>() {
 *   public String visitWebhook(OutputDestination.Webhook d) { return d.config().url(); }
 *   public String visitTeams(OutputDestination.Teams d) { return "Teams"; }
 *   public String visitSlack(OutputDestination.Slack d) { return String.join(",", d.config().channelIds()); }
 *   public String visitPagerDuty(OutputDestination.PagerDuty d) { return d.config().severityAsString(); }
 *   public String visitLinear(OutputDestination.Linear d) { return d.config().teamId(); }
 *   public String visitTines(OutputDestination.Tines d) { return d.config().teamId(); }
 *   public String visitUnknown(OutputDestination.Unknown d) { return d.type(); }
 * });
 * }</pre>
 *
 * <p>On Java 21 and later, a pattern {@code switch} that lists every kind needs no {@code default}:
 *
 * <pre>{@code
 * String target = switch (destination) {
 *   case OutputDestination.Webhook d -> d.config().url();
 *   case OutputDestination.Teams d -> "Teams";
 *   case OutputDestination.Slack d -> String.join(",", d.config().channelIds());
 *   case OutputDestination.PagerDuty d -> d.config().severityAsString();
 *   case OutputDestination.Linear d -> d.config().teamId();
 *   case OutputDestination.Tines d -> d.config().teamId();
 *   case OutputDestination.Unknown d -> d.type();
 * };
 * }</pre>
 *
 * <p>The properties every kind has ({@code id}, {@code organizationId}, {@code name}, {@code
 * createdAt}, {@code updatedAt}, {@code type}, {@code config}) are required by the API: their
 * accessors throw {@link CotoolInvalidDataException} if the server left one out or sent {@code
 * null}.
 */
public sealed interface OutputDestination extends ApiModel
    permits OutputDestination.Webhook,
        OutputDestination.Teams,
        OutputDestination.Slack,
        OutputDestination.PagerDuty,
        OutputDestination.Linear,
        OutputDestination.Tines,
        OutputDestination.Unknown {

  /**
   * Reads an output destination from JSON text (a response body). Useful in tests. The kind is
   * chosen by the {@code type} property alone; an unknown or missing {@code type} gives {@link
   * Unknown}.
   *
   * @param json one JSON object
   * @return the destination
   * @throws CotoolInvalidDataException if the text is not a JSON object, or is not a valid object
   *     of the kind its {@code type} names
   */
  static OutputDestination fromJson(String json) {
    Objects.requireNonNull(json, "json");
    JsonElement tree = Json.parse(json);
    if (!tree.isJsonObject()) {
      throw new CotoolInvalidDataException("Expected a JSON object for OutputDestination", null);
    }
    String type = Unknown.typeOf(tree.getAsJsonObject());
    switch (type) {
      case "webhook":
        return new Webhook(Json.bind(tree, WebhookDestinationJson.class));
      case "teams":
        return new Teams(Json.bind(tree, TeamsDestinationJson.class));
      case "slack":
        return new Slack(Json.bind(tree, SlackDestinationJson.class));
      case "pagerduty":
        return new PagerDuty(Json.bind(tree, PagerDutyDestinationJson.class));
      case "linear":
        return new Linear(Json.bind(tree, LinearDestinationJson.class));
      case "tines":
        return new Tines(Json.bind(tree, TinesDestinationJson.class));
      default:
        return new Unknown(json, tree.getAsJsonObject(), type);
    }
  }

  /**
   * @return the destination's id
   * @throws CotoolInvalidDataException if the response did not include it
   */
  String id();

  /**
   * @return the id of the organization that owns the destination
   * @throws CotoolInvalidDataException if the response did not include it
   */
  String organizationId();

  /**
   * @return the human-readable name
   * @throws CotoolInvalidDataException if the response did not include it
   */
  String name();

  /**
   * @return when the destination was created, as the server wrote it
   * @throws CotoolInvalidDataException if the response did not include it
   */
  String createdAt();

  /**
   * @return when the destination was last updated, as the server wrote it
   * @throws CotoolInvalidDataException if the response did not include it
   */
  String updatedAt();

  /**
   * @return the {@code type} as the server sent it ({@code webhook}, {@code teams}, {@code slack},
   *     {@code pagerduty}, {@code linear}, {@code tines}, or a newer kind); for {@link Unknown}
   *     without a string {@code type}, the empty string
   */
  String type();

  /**
   * @param jsonName a top-level property name as the API spells it
   * @return whether the response included the property, possibly as {@code null}: tells {@code
   *     null} from absent
   */
  boolean hasProperty(String jsonName);

  /**
   * @return top-level properties this version of the SDK does not know (unmodifiable; values may be
   *     null)
   */
  Map<String, Object> additionalProperties();

  /**
   * Calls the visitor's method for this kind.
   *
   * @param visitor one method per kind
   * @param <R> what the visitor returns
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of destination, for branching exhaustively on Java 17 (see {@link
   * OutputDestination}).
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * @param destination a webhook destination
     * @return the result
     */
    R visitWebhook(Webhook destination);

    /**
     * @param destination a Microsoft Teams destination
     * @return the result
     */
    R visitTeams(Teams destination);

    /**
     * @param destination a Slack destination
     * @return the result
     */
    R visitSlack(Slack destination);

    /**
     * @param destination a PagerDuty destination
     * @return the result
     */
    R visitPagerDuty(PagerDuty destination);

    /**
     * @param destination a Linear destination
     * @return the result
     */
    R visitLinear(Linear destination);

    /**
     * @param destination a Tines destination
     * @return the result
     */
    R visitTines(Tines destination);

    /**
     * @param destination a kind this version of the SDK does not know
     * @return the result
     */
    R visitUnknown(Unknown destination);
  }

  /**
   * Posts results to a URL, authenticated with a token. The token is never part of {@link
   * #toString()}.
   */
  final class Webhook extends KnownDestination implements OutputDestination {
    private static final String TYPE = "OutputDestination.Webhook";

    private final WebhookDestinationJson raw;

    Webhook(WebhookDestinationJson raw) {
      super(
          raw,
          raw::isPropertyPresent,
          raw::getAdditionalProperties,
          raw.getId(),
          raw.getOrganizationId(),
          raw.getName(),
          raw.getCreatedAt(),
          raw.getUpdatedAt());
      this.raw = raw;
    }

    /**
     * @return the webhook settings
     * @throws CotoolInvalidDataException if the response did not include them
     */
    public WebhookConfig config() {
      return new WebhookConfig(Models.require(raw.getConfig(), TYPE, "config"));
    }

    /**
     * @return the authentication token; the server returns it only to authorized users. A secret:
     *     do not log it.
     */
    public Optional<String> token() {
      return Optional.ofNullable(raw.getToken());
    }

    /**
     * @return whether a token is configured: the server's {@code hasToken}, or a returned {@link
     *     #token()}
     */
    public boolean hasToken() {
      return Boolean.TRUE.equals(raw.getHasToken()) || raw.getToken() != null;
    }

    @Override
    public String type() {
      return "webhook";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWebhook(this);
    }

    @Override
    public String toString() {
      return Secrets.redact(
          describe()
              + ", config="
              + (raw.getConfig() == null ? null : new WebhookConfig(raw.getConfig()))
              + ", hasToken="
              + hasToken()
              + "}");
    }
  }

  /** The settings of a {@link Webhook} destination. */
  final class WebhookConfig extends GeneratedView {
    private static final String TYPE = "OutputDestination.WebhookConfig";

    private final WebhookDestinationConfigJson raw;

    WebhookConfig(WebhookDestinationConfigJson raw) {
      super(raw, raw::isPropertyPresent, raw::getAdditionalProperties);
      this.raw = raw;
    }

    /**
     * @return the URL results are POSTed to, as the server sent it
     * @throws CotoolInvalidDataException if the response did not include it
     */
    public String url() {
      return Models.require(raw.getUrl(), TYPE, "url");
    }

    /**
     * @return how requests are authenticated; {@link WebhookAuthType#UNKNOWN} for a value this SDK
     *     does not know
     * @throws CotoolInvalidDataException if the response did not include it
     */
    public WebhookAuthType authType() {
      return WebhookAuthType.fromValue(authTypeAsString());
    }

    /**
     * @return how requests are authenticated, as the server sent it
     * @throws CotoolInvalidDataException if the response did not include it
     */
    public String authTypeAsString() {
      return Models.require(raw.getAuthType(), TYPE, "authType").getValue();
    }

    /**
     * @return the custom header carrying the token when the auth type is {@code header}, e.g.
     *     {@code X-API-Key}
     */
    public Optional<String> headerName() {
      return Optional.ofNullable(raw.getHeaderName());
    }

    @Override
    public String toString() {
      return Secrets.redact(
          "WebhookConfig{url="
              + Models.redactUrl(raw.getUrl())
              + ", authType="
              + raw.getAuthType()
              + ", headerName="
              + raw.getHeaderName()
              + "}");
    }
  }

  /** Posts results to a Microsoft Teams workflow webhook. */
  final class Teams extends KnownDestination implements OutputDestination {
    private static final String TYPE = "OutputDestination.Teams";

    private final TeamsDestinationJson raw;

    Teams(TeamsDestinationJson raw) {
      super(
          raw,
          raw::isPropertyPresent,
          raw::getAdditionalProperties,
          raw.getId(),
          raw.getOrganizationId(),
          raw.getName(),
          raw.getCreatedAt(),
          raw.getUpdatedAt());
      this.raw = raw;
    }

    /**
     * @return the Teams settings
     * @throws CotoolInvalidDataException if the response did not include them
     */
    public TeamsConfig config() {
      return new TeamsConfig(Models.require(raw.getConfig(), TYPE, "config"));
    }

    @Override
    public String type() {
      return "teams";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitTeams(this);
    }

    @Override
    public String toString() {
      return Secrets.redact(
          describe()
              + ", config="
              + (raw.getConfig() == null ? null : new TeamsConfig(raw.getConfig()))
              + "}");
    }
  }

  /**
   * The settings of a {@link Teams} destination. The workflow URL carries a signature ({@code
   * sig}): treat it as a secret; {@link #toString()} shows it without its query.
   */
  final class TeamsConfig extends GeneratedView {
    private static final String TYPE = "OutputDestination.TeamsConfig";

    private final TeamsDestinationConfigJson raw;

    TeamsConfig(TeamsDestinationConfigJson raw) {
      super(raw, raw::isPropertyPresent, raw::getAdditionalProperties);
      this.raw = raw;
    }

    /**
     * @return the Teams workflow webhook URL, as the server sent it
     * @throws CotoolInvalidDataException if the response did not include it
     */
    public String url() {
      return Models.require(raw.getUrl(), TYPE, "url");
    }

    @Override
    public String toString() {
      return Secrets.redact("TeamsConfig{url=" + Models.redactUrl(raw.getUrl()) + "}");
    }
  }

  /** Posts results to Slack channels. */
  final class Slack extends KnownDestination implements OutputDestination {
    private static final String TYPE = "OutputDestination.Slack";

    private final SlackDestinationJson raw;

    Slack(SlackDestinationJson raw) {
      super(
          raw,
          raw::isPropertyPresent,
          raw::getAdditionalProperties,
          raw.getId(),
          raw.getOrganizationId(),
          raw.getName(),
          raw.getCreatedAt(),
          raw.getUpdatedAt());
      this.raw = raw;
    }

    /**
     * @return the Slack settings
     * @throws CotoolInvalidDataException if the response did not include them
     */
    public SlackConfig config() {
      return new SlackConfig(Models.require(raw.getConfig(), TYPE, "config"));
    }

    @Override
    public String type() {
      return "slack";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitSlack(this);
    }

    @Override
    public String toString() {
      return Secrets.redact(
          describe()
              + ", config="
              + (raw.getConfig() == null ? null : new SlackConfig(raw.getConfig()))
              + "}");
    }
  }

  /** The settings of a {@link Slack} destination. */
  final class SlackConfig extends GeneratedView {
    private static final String TYPE = "OutputDestination.SlackConfig";

    private final SlackDestinationConfigJson raw;

    SlackConfig(SlackDestinationConfigJson raw) {
      super(raw, raw::isPropertyPresent, raw::getAdditionalProperties);
      this.raw = raw;
    }

    /**
     * @return the ids of the Slack channels messages are posted to (unmodifiable)
     * @throws CotoolInvalidDataException if the response did not include them
     */
    public List<String> channelIds() {
      // the generated model starts with an empty list, so absence shows only through
      // isPropertyPresent
      List<String> ids = raw.isPropertyPresent("channelIds") ? raw.getChannelIds() : null;
      return Models.list(Models.require(ids, TYPE, "channelIds"));
    }

    @Override
    public String toString() {
      return Secrets.redact("SlackConfig{channelIds=" + raw.getChannelIds() + "}");
    }
  }

  /** Raises PagerDuty incidents. */
  final class PagerDuty extends KnownDestination implements OutputDestination {
    private static final String TYPE = "OutputDestination.PagerDuty";

    private final PagerDutyDestinationJson raw;

    PagerDuty(PagerDutyDestinationJson raw) {
      super(
          raw,
          raw::isPropertyPresent,
          raw::getAdditionalProperties,
          raw.getId(),
          raw.getOrganizationId(),
          raw.getName(),
          raw.getCreatedAt(),
          raw.getUpdatedAt());
      this.raw = raw;
    }

    /**
     * @return the PagerDuty settings
     * @throws CotoolInvalidDataException if the response did not include them
     */
    public PagerDutyConfig config() {
      return new PagerDutyConfig(Models.require(raw.getConfig(), TYPE, "config"));
    }

    @Override
    public String type() {
      return "pagerduty";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitPagerDuty(this);
    }

    @Override
    public String toString() {
      return Secrets.redact(
          describe()
              + ", config="
              + (raw.getConfig() == null ? null : new PagerDutyConfig(raw.getConfig()))
              + "}");
    }
  }

  /** The settings of a {@link PagerDuty} destination. */
  final class PagerDutyConfig extends GeneratedView {
    private static final String TYPE = "OutputDestination.PagerDutyConfig";

    private final PagerDutyDestinationConfigJson raw;

    PagerDutyConfig(PagerDutyDestinationConfigJson raw) {
      super(raw, raw::isPropertyPresent, raw::getAdditionalProperties);
      this.raw = raw;
    }

    /**
     * @return the default severity of alerts; {@link PagerDutySeverity#UNKNOWN} for a value this
     *     SDK does not know
     * @throws CotoolInvalidDataException if the response did not include it
     */
    public PagerDutySeverity severity() {
      return PagerDutySeverity.fromValue(severityAsString());
    }

    /**
     * @return the default severity of alerts, as the server sent it
     * @throws CotoolInvalidDataException if the response did not include it
     */
    public String severityAsString() {
      return Models.require(raw.getSeverity(), TYPE, "severity").getValue();
    }

    /**
     * @return the source identifier of the alerts (the server defaults it to the detection name)
     */
    public Optional<String> source() {
      return Optional.ofNullable(raw.getSource());
    }

    @Override
    public String toString() {
      return Secrets.redact(
          "PagerDutyConfig{severity=" + raw.getSeverity() + ", source=" + raw.getSource() + "}");
    }
  }

  /** Creates Linear issues. */
  final class Linear extends KnownDestination implements OutputDestination {
    private static final String TYPE = "OutputDestination.Linear";

    private final LinearDestinationJson raw;

    Linear(LinearDestinationJson raw) {
      super(
          raw,
          raw::isPropertyPresent,
          raw::getAdditionalProperties,
          raw.getId(),
          raw.getOrganizationId(),
          raw.getName(),
          raw.getCreatedAt(),
          raw.getUpdatedAt());
      this.raw = raw;
    }

    /**
     * @return the Linear settings
     * @throws CotoolInvalidDataException if the response did not include them
     */
    public LinearConfig config() {
      return new LinearConfig(Models.require(raw.getConfig(), TYPE, "config"));
    }

    @Override
    public String type() {
      return "linear";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLinear(this);
    }

    @Override
    public String toString() {
      return Secrets.redact(
          describe()
              + ", config="
              + (raw.getConfig() == null ? null : new LinearConfig(raw.getConfig()))
              + "}");
    }
  }

  /** The settings of a {@link Linear} destination. */
  final class LinearConfig extends GeneratedView {
    private static final String TYPE = "OutputDestination.LinearConfig";

    private final LinearDestinationConfigJson raw;

    LinearConfig(LinearDestinationConfigJson raw) {
      super(raw, raw::isPropertyPresent, raw::getAdditionalProperties);
      this.raw = raw;
    }

    /**
     * @return the Linear team in which issues are created
     * @throws CotoolInvalidDataException if the response did not include it
     */
    public String teamId() {
      return Models.require(raw.getTeamId(), TYPE, "teamId");
    }

    /**
     * @return the team's name, cached for display
     */
    public Optional<String> teamName() {
      return Optional.ofNullable(raw.getTeamName());
    }

    @Override
    public String toString() {
      return Secrets.redact(
          "LinearConfig{teamId=" + raw.getTeamId() + ", teamName=" + raw.getTeamName() + "}");
    }
  }

  /** Creates Tines cases. */
  final class Tines extends KnownDestination implements OutputDestination {
    private static final String TYPE = "OutputDestination.Tines";

    private final TinesDestinationJson raw;

    Tines(TinesDestinationJson raw) {
      super(
          raw,
          raw::isPropertyPresent,
          raw::getAdditionalProperties,
          raw.getId(),
          raw.getOrganizationId(),
          raw.getName(),
          raw.getCreatedAt(),
          raw.getUpdatedAt());
      this.raw = raw;
    }

    /**
     * @return the Tines settings
     * @throws CotoolInvalidDataException if the response did not include them
     */
    public TinesConfig config() {
      return new TinesConfig(Models.require(raw.getConfig(), TYPE, "config"));
    }

    @Override
    public String type() {
      return "tines";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitTines(this);
    }

    @Override
    public String toString() {
      return Secrets.redact(
          describe()
              + ", config="
              + (raw.getConfig() == null ? null : new TinesConfig(raw.getConfig()))
              + "}");
    }
  }

  /** The settings of a {@link Tines} destination. */
  final class TinesConfig extends GeneratedView {
    private static final String TYPE = "OutputDestination.TinesConfig";

    private final TinesDestinationConfigJson raw;

    TinesConfig(TinesDestinationConfigJson raw) {
      super(raw, raw::isPropertyPresent, raw::getAdditionalProperties);
      this.raw = raw;
    }

    /**
     * @return the Tines team in which cases are created (decimal digits)
     * @throws CotoolInvalidDataException if the response did not include it
     */
    public String teamId() {
      return Models.require(raw.getTeamId(), TYPE, "teamId");
    }

    /**
     * @return the team's name, cached for display
     */
    public Optional<String> teamName() {
      return Optional.ofNullable(raw.getTeamName());
    }

    @Override
    public String toString() {
      return Secrets.redact(
          "TinesConfig{teamId=" + raw.getTeamId() + ", teamName=" + raw.getTeamName() + "}");
    }
  }

  /**
   * A kind of destination this version of the SDK does not know (a newer server), or a response
   * without a string {@code type}. Keeps the JSON text as received ({@link #rawJson()}) and offers
   * its {@code config} as plain maps.
   */
  final class Unknown implements OutputDestination {
    private static final String TYPE = "OutputDestination";

    /** The properties every kind has; the rest are {@link #additionalProperties()}. */
    private static final Set<String> COMMON =
        Set.of("id", "organizationId", "name", "createdAt", "updatedAt", "type", "config");

    private final String rawJson;
    private final JsonObject tree;
    private final String type;

    Unknown(String rawJson, JsonObject tree, String type) {
      this.rawJson = rawJson;
      this.tree = tree;
      this.type = type;
    }

    /** The {@code type} as text, or "" when missing, {@code null}, or not a primitive. */
    static String typeOf(JsonObject object) {
      JsonElement type = object.get("type");
      return type != null && type.isJsonPrimitive() ? type.getAsString() : "";
    }

    /**
     * @return the response body exactly as received. It may hold secrets (such as tokens) of a kind
     *     this SDK does not know: do not log it.
     */
    public String rawJson() {
      return rawJson;
    }

    /**
     * @return the response body exactly as received, like {@link #rawJson()}
     */
    @Override
    public String toJson() {
      return rawJson;
    }

    /**
     * @return the {@code config} object as plain unmodifiable maps and lists (strings, numbers,
     *     booleans, nulls); empty if the response had none or it was not an object
     */
    public Map<String, Object> config() {
      JsonElement config = tree.get("config");
      if (config == null || !config.isJsonObject()) {
        return Map.of();
      }
      return Models.plainMap(Json.gson().fromJson(config, Map.class));
    }

    @Override
    public String id() {
      return text("id");
    }

    @Override
    public String organizationId() {
      return text("organizationId");
    }

    @Override
    public String name() {
      return text("name");
    }

    @Override
    public String createdAt() {
      return text("createdAt");
    }

    @Override
    public String updatedAt() {
      return text("updatedAt");
    }

    @Override
    public String type() {
      return type;
    }

    @Override
    public boolean hasProperty(String jsonName) {
      return tree.has(jsonName);
    }

    /**
     * @return top-level properties other than those every kind has (and other than {@code config})
     */
    @Override
    public Map<String, Object> additionalProperties() {
      Map<String, Object> extras = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> entry : tree.entrySet()) {
        if (!COMMON.contains(entry.getKey())) {
          extras.put(entry.getKey(), Json.gson().fromJson(entry.getValue(), Object.class));
        }
      }
      return Models.extras(extras);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitUnknown(this);
    }

    private String text(String property) {
      JsonElement value = tree.get(property);
      if (value == null || value.isJsonNull()) {
        throw new CotoolInvalidDataException(
            TYPE + "." + property + " is missing from the response", null);
      }
      if (!value.isJsonPrimitive()) {
        throw new CotoolInvalidDataException(TYPE + "." + property + " is not a string", null);
      }
      return value.getAsString();
    }

    private @Nullable String textOrNull(String property) {
      JsonElement value = tree.get(property);
      return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    /**
     * Equal when the two JSON objects are equal as JSON values (whitespace and property order
     * aside).
     */
    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof Unknown && tree.equals(((Unknown) o).tree));
    }

    @Override
    public int hashCode() {
      return tree.hashCode();
    }

    /** Shows the id, name and type only: the rest may hold secrets this SDK cannot recognize. */
    @Override
    public String toString() {
      return Secrets.redact(
          "OutputDestination.Unknown{id="
              + textOrNull("id")
              + ", name="
              + textOrNull("name")
              + ", type="
              + type
              + "}");
    }
  }
}
