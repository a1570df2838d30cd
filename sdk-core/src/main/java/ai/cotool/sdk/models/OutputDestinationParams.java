package ai.cotool.sdk.models;

import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.internal.Models;
import ai.cotool.sdk.internal.Validate;
import ai.cotool.sdk.internal.generated.model.LinearDestinationRequestJson;
import ai.cotool.sdk.internal.generated.model.PagerDutyDestinationRequestJson;
import ai.cotool.sdk.internal.generated.model.SlackDestinationRequestJson;
import ai.cotool.sdk.internal.generated.model.TeamsDestinationRequestJson;
import ai.cotool.sdk.internal.generated.model.TinesDestinationRequestJson;
import ai.cotool.sdk.internal.generated.model.WebhookDestinationRequestJson;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /api/output-destinations}: one kind of destination, built with the
 * factory for that kind. {@code build()} checks every rule of the API and throws {@link
 * InvalidParameterException} naming the field.
 *
 * <pre>{@code
 * OutputDestinationParams slack = OutputDestinationParams.slack()
 *     .name("SOC alerts")
 *     .channelIds("C04QZ8K1M2P", "C05B7N3TQ9X")
 *     .build();
 *
 * OutputDestinationParams webhook = OutputDestinationParams.webhook()
 *     .name("SOAR intake")
 *     .url("https://soar.example.com/intake")
 *     .authType(WebhookAuthType.HEADER)
 *     .headerName("X-API-Key")
 *     .token(System.getenv("SOAR_TOKEN"))
 *     .build();
 * }</pre>
 */
public sealed interface OutputDestinationParams extends ApiModel
    permits OutputDestinationParams.Webhook,
        OutputDestinationParams.Teams,
        OutputDestinationParams.Slack,
        OutputDestinationParams.PagerDuty,
        OutputDestinationParams.Linear,
        OutputDestinationParams.Tines {

  /**
   * @return a builder for a webhook destination
   */
  static Webhook.Builder webhook() {
    return new Webhook.Builder();
  }

  /**
   * @return a builder for a Microsoft Teams destination
   */
  static Teams.Builder teams() {
    return new Teams.Builder();
  }

  /**
   * @return a builder for a Slack destination
   */
  static Slack.Builder slack() {
    return new Slack.Builder();
  }

  /**
   * @return a builder for a PagerDuty destination
   */
  static PagerDuty.Builder pagerDuty() {
    return new PagerDuty.Builder();
  }

  /**
   * @return a builder for a Linear destination
   */
  static Linear.Builder linear() {
    return new Linear.Builder();
  }

  /**
   * @return a builder for a Tines destination
   */
  static Tines.Builder tines() {
    return new Tines.Builder();
  }

  /**
   * @return the kind, as the {@code type} property of the body ({@code webhook}, {@code teams},
   *     ...)
   */
  String type();

  /**
   * @return the human-readable name of the destination
   */
  String name();

  /**
   * @return the properties added for fields this SDK does not know yet (unmodifiable, in the order
   *     added)
   */
  Map<String, Object> additionalBodyProperties();

  /**
   * @return the JSON body the request sends
   */
  @Override
  String toJson();

  /**
   * What the builders of every kind have. Only this SDK's builders extend it.
   *
   * @param <B> the kind's builder
   */
  abstract class Builder<B extends Builder<B>> extends BodyBuilder<B> {
    @Nullable String name;

    Builder() {}

    /**
     * @param name the destination's name: 1 to 255 characters
     * @return this builder
     */
    public B name(String name) {
      this.name = name;
      return self();
    }

    /** Copies what every kind has: for {@code toBuilder()}. */
    final B from(DestinationBody destination) {
      return name(destination.name())
          .putAllAdditionalBodyProperties(destination.additionalBodyProperties());
    }
  }

  /**
   * A destination that POSTs results to a URL. The token is a secret: it is sent in the body, but
   * never shown by {@link #toString()}.
   */
  final class Webhook extends DestinationBody implements OutputDestinationParams {
    private final String url;
    private final WebhookAuthType authType;
    private final @Nullable String headerName;
    private final @Nullable String token;

    private Webhook(Builder builder) {
      super(builder, WebhookDestinationRequestJson.openapiFields);
      this.url = Validate.required("url", Validate.httpUrl("url", builder.url));
      this.authType = Validate.required("authType", Validate.known("authType", builder.authType));
      this.headerName = builder.headerName;
      this.token = builder.token;
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * @return a builder holding this destination's values
     */
    public Builder toBuilder() {
      return new Builder()
          .from(this)
          .url(url)
          .authType(authType)
          .headerName(headerName)
          .token(token);
    }

    @Override
    public String type() {
      return "webhook";
    }

    /**
     * @return the absolute http(s) URL results are POSTed to
     */
    public String url() {
      return url;
    }

    /**
     * @return how requests are authenticated
     */
    public WebhookAuthType authType() {
      return authType;
    }

    /**
     * @return the custom header carrying the token, for {@link WebhookAuthType#HEADER}
     */
    public Optional<String> headerName() {
      return Optional.ofNullable(headerName);
    }

    /**
     * @return the authentication token (a secret)
     */
    public Optional<String> token() {
      return Optional.ofNullable(token);
    }

    @Override
    public String toJson() {
      WebhookDestinationRequestJson body =
          new WebhookDestinationRequestJson()
              .type(WebhookDestinationRequestJson.TypeEnum.WEBHOOK)
              .name(name())
              .url(url)
              .authType(WebhookDestinationRequestJson.AuthTypeEnum.fromValue(authType.value()));
      if (headerName != null) {
        body.headerName(headerName);
      }
      if (token != null) {
        body.token(token);
      }
      return encode(body, body::putAdditionalProperty);
    }

    @Override
    List<Object> values() {
      return Arrays.asList(url, authType, headerName, token);
    }

    /** The URL without its query, and never the token. */
    @Override
    String shownValues() {
      return ", url="
          + Models.redactUrl(url)
          + ", authType="
          + authType.value()
          + ", headerName="
          + headerName
          + ", token="
          + (token == null ? null : "***");
    }

    /** Builds a {@link Webhook}; {@code name}, {@code url} and {@code authType} are required. */
    public static final class Builder extends OutputDestinationParams.Builder<Builder> {
      private @Nullable String url;
      private @Nullable WebhookAuthType authType;
      private @Nullable String headerName;
      private @Nullable String token;

      private Builder() {}

      /**
       * @param url an absolute http(s) URL
       * @return this builder
       */
      public Builder url(String url) {
        this.url = url;
        return this;
      }

      /**
       * @param authType how requests are authenticated (not {@code UNKNOWN})
       * @return this builder
       */
      public Builder authType(WebhookAuthType authType) {
        this.authType = authType;
        return this;
      }

      /**
       * @param headerName the custom header for {@link WebhookAuthType#HEADER}, or {@code null}
       * @return this builder
       */
      public Builder headerName(@Nullable String headerName) {
        this.headerName = headerName;
        return this;
      }

      /**
       * @param token the authentication token, or {@code null}
       * @return this builder
       */
      public Builder token(@Nullable String token) {
        this.token = token;
        return this;
      }

      /**
       * @return the destination
       * @throws InvalidParameterException if a value breaks a rule of the API
       */
      public Webhook build() {
        return new Webhook(this);
      }
    }
  }

  /** A destination that posts results to a Microsoft Teams workflow webhook. */
  final class Teams extends DestinationBody implements OutputDestinationParams {
    private final String url;

    private Teams(Builder builder) {
      super(builder, TeamsDestinationRequestJson.openapiFields);
      this.url = Validate.required("url", Validate.httpUrl("url", builder.url));
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * @return a builder holding this destination's values
     */
    public Builder toBuilder() {
      return new Builder().from(this).url(url);
    }

    @Override
    public String type() {
      return "teams";
    }

    /**
     * @return the Teams workflow webhook URL (it carries a signature: treat it as a secret)
     */
    public String url() {
      return url;
    }

    @Override
    public String toJson() {
      TeamsDestinationRequestJson body =
          new TeamsDestinationRequestJson()
              .type(TeamsDestinationRequestJson.TypeEnum.TEAMS)
              .name(name())
              .url(url);
      return encode(body, body::putAdditionalProperty);
    }

    @Override
    List<Object> values() {
      return List.of(url);
    }

    /** The URL without its query, which holds the workflow's signature. */
    @Override
    String shownValues() {
      return ", url=" + Models.redactUrl(url);
    }

    /** Builds a {@link Teams}; {@code name} and {@code url} are required. */
    public static final class Builder extends OutputDestinationParams.Builder<Builder> {
      private @Nullable String url;

      private Builder() {}

      /**
       * @param url the workflow webhook URL, absolute http(s)
       * @return this builder
       */
      public Builder url(String url) {
        this.url = url;
        return this;
      }

      /**
       * @return the destination
       * @throws InvalidParameterException if a value breaks a rule of the API
       */
      public Teams build() {
        return new Teams(this);
      }
    }
  }

  /** A destination that posts results to Slack channels. */
  final class Slack extends DestinationBody implements OutputDestinationParams {
    private final List<String> channelIds;

    private Slack(Builder builder) {
      super(builder, SlackDestinationRequestJson.openapiFields);
      List<String> ids = Validate.required("channelIds", builder.channelIds);
      Validate.noNullItems("channelIds", Validate.minItems("channelIds", ids, 1));
      this.channelIds = List.copyOf(ids);
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * @return a builder holding this destination's values
     */
    public Builder toBuilder() {
      return new Builder().from(this).channelIds(channelIds);
    }

    @Override
    public String type() {
      return "slack";
    }

    /**
     * @return the Slack channel ids (unmodifiable, at least one)
     */
    public List<String> channelIds() {
      return channelIds;
    }

    @Override
    public String toJson() {
      SlackDestinationRequestJson body =
          new SlackDestinationRequestJson()
              .type(SlackDestinationRequestJson.TypeEnum.SLACK)
              .name(name())
              .channelIds(new ArrayList<>(channelIds));
      return encode(body, body::putAdditionalProperty);
    }

    @Override
    List<Object> values() {
      return List.of(channelIds);
    }

    @Override
    String shownValues() {
      return ", channelIds=" + channelIds;
    }

    /** Builds a {@link Slack}; {@code name} and at least one channel id are required. */
    public static final class Builder extends OutputDestinationParams.Builder<Builder> {
      private @Nullable List<String> channelIds;

      private Builder() {}

      /**
       * @param channelIds the Slack channel ids (replaces any set before)
       * @return this builder
       */
      public Builder channelIds(String... channelIds) {
        return channelIds(channelIds == null ? null : Arrays.asList(channelIds));
      }

      /**
       * @param channelIds the Slack channel ids (copied; replaces any set before)
       * @return this builder
       */
      public Builder channelIds(@Nullable List<String> channelIds) {
        this.channelIds = channelIds == null ? null : new ArrayList<>(channelIds);
        return this;
      }

      /**
       * @return the destination
       * @throws InvalidParameterException if a value breaks a rule of the API
       */
      public Slack build() {
        return new Slack(this);
      }
    }
  }

  /** A destination that raises PagerDuty incidents. */
  final class PagerDuty extends DestinationBody implements OutputDestinationParams {
    private final @Nullable PagerDutySeverity severity;
    private final @Nullable String source;

    private PagerDuty(Builder builder) {
      super(builder, PagerDutyDestinationRequestJson.openapiFields);
      this.severity = Validate.known("severity", builder.severity);
      this.source = builder.source;
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * @return a builder holding this destination's values
     */
    public Builder toBuilder() {
      return new Builder().from(this).severity(severity).source(source);
    }

    @Override
    public String type() {
      return "pagerduty";
    }

    /**
     * @return the default severity of alerts; when empty the server uses {@code warning}
     */
    public Optional<PagerDutySeverity> severity() {
      return Optional.ofNullable(severity);
    }

    /**
     * @return the source identifier of alerts; when empty the server uses the detection name
     */
    public Optional<String> source() {
      return Optional.ofNullable(source);
    }

    @Override
    public String toJson() {
      PagerDutyDestinationRequestJson body =
          new PagerDutyDestinationRequestJson()
              .type(PagerDutyDestinationRequestJson.TypeEnum.PAGERDUTY)
              .name(name());
      if (severity != null) {
        body.severity(PagerDutyDestinationRequestJson.SeverityEnum.fromValue(severity.value()));
      }
      if (source != null) {
        body.source(source);
      }
      return encode(body, body::putAdditionalProperty);
    }

    @Override
    List<Object> values() {
      return Arrays.asList(severity, source);
    }

    @Override
    String shownValues() {
      return ", severity=" + (severity == null ? null : severity.value()) + ", source=" + source;
    }

    /** Builds a {@link PagerDuty}; only {@code name} is required. */
    public static final class Builder extends OutputDestinationParams.Builder<Builder> {
      private @Nullable PagerDutySeverity severity;
      private @Nullable String source;

      private Builder() {}

      /**
       * @param severity the default severity (not {@code UNKNOWN}), or {@code null} for the
       *     server's default
       * @return this builder
       */
      public Builder severity(@Nullable PagerDutySeverity severity) {
        this.severity = severity;
        return this;
      }

      /**
       * @param source the alerts' source identifier, or {@code null} for the detection name
       * @return this builder
       */
      public Builder source(@Nullable String source) {
        this.source = source;
        return this;
      }

      /**
       * @return the destination
       * @throws InvalidParameterException if a value breaks a rule of the API
       */
      public PagerDuty build() {
        return new PagerDuty(this);
      }
    }
  }

  /** A destination that creates Linear issues. */
  final class Linear extends TeamDestinationBody implements OutputDestinationParams {
    private Linear(Builder builder) {
      super(
          builder,
          LinearDestinationRequestJson.openapiFields,
          builder.teamId,
          builder.teamName,
          teamId ->
              Validate.required("teamId", Validate.length("teamId", teamId, 1, Integer.MAX_VALUE)));
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * @return a builder holding this destination's values
     */
    public Builder toBuilder() {
      return new Builder().from(this).teamId(teamId()).teamName(teamName().orElse(null));
    }

    @Override
    public String type() {
      return "linear";
    }

    @Override
    public String toJson() {
      LinearDestinationRequestJson body =
          new LinearDestinationRequestJson()
              .type(LinearDestinationRequestJson.TypeEnum.LINEAR)
              .name(name())
              .teamId(teamId());
      teamName().ifPresent(body::teamName);
      return encode(body, body::putAdditionalProperty);
    }

    /** Builds a {@link Linear}; {@code name} and {@code teamId} are required. */
    public static final class Builder extends OutputDestinationParams.Builder<Builder> {
      private @Nullable String teamId;
      private @Nullable String teamName;

      private Builder() {}

      /**
       * @param teamId the Linear team in which issues are created, at least 1 character
       * @return this builder
       */
      public Builder teamId(String teamId) {
        this.teamId = teamId;
        return this;
      }

      /**
       * @param teamName the team's display name, or {@code null}
       * @return this builder
       */
      public Builder teamName(@Nullable String teamName) {
        this.teamName = teamName;
        return this;
      }

      /**
       * @return the destination
       * @throws InvalidParameterException if a value breaks a rule of the API
       */
      public Linear build() {
        return new Linear(this);
      }
    }
  }

  /** A destination that creates Tines cases. */
  final class Tines extends TeamDestinationBody implements OutputDestinationParams {
    /** The spec's {@code ^\d+$}; JSON Schema's {@code \d} is ASCII digits only. */
    private static final Pattern TEAM_ID = Pattern.compile("[0-9]+");

    private Tines(Builder builder) {
      super(
          builder,
          TinesDestinationRequestJson.openapiFields,
          builder.teamId,
          builder.teamName,
          teamId ->
              Validate.required(
                  "teamId",
                  Validate.pattern("teamId", teamId, TEAM_ID, "decimal digits only, e.g. 4812")));
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * @return a builder holding this destination's values
     */
    public Builder toBuilder() {
      return new Builder().from(this).teamId(teamId()).teamName(teamName().orElse(null));
    }

    @Override
    public String type() {
      return "tines";
    }

    @Override
    public String toJson() {
      TinesDestinationRequestJson body =
          new TinesDestinationRequestJson()
              .type(TinesDestinationRequestJson.TypeEnum.TINES)
              .name(name())
              .teamId(teamId());
      teamName().ifPresent(body::teamName);
      return encode(body, body::putAdditionalProperty);
    }

    /** Builds a {@link Tines}; {@code name} and {@code teamId} are required. */
    public static final class Builder extends OutputDestinationParams.Builder<Builder> {
      private @Nullable String teamId;
      private @Nullable String teamName;

      private Builder() {}

      /**
       * @param teamId the Tines team in which cases are created: decimal digits only
       * @return this builder
       */
      public Builder teamId(String teamId) {
        this.teamId = teamId;
        return this;
      }

      /**
       * @param teamName the team's display name, or {@code null}
       * @return this builder
       */
      public Builder teamName(@Nullable String teamName) {
        this.teamName = teamName;
        return this;
      }

      /**
       * @return the destination
       * @throws InvalidParameterException if a value breaks a rule of the API
       */
      public Tines build() {
        return new Tines(this);
      }
    }
  }
}
