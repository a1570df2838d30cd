package ai.cotool.sdk.models;

import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.internal.Validate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Filters and paging of {@code GET /api/alerts}. Immutable; build with {@link #builder()}, derive with
 * {@link #toBuilder()} or {@link #withOffset(long)}. Every setter checks its argument at once and throws
 * {@link InvalidParameterException} naming the parameter; setting {@code null} (or an empty list) removes a filter.
 *
 * <pre>{@code
 * AlertListParams params = AlertListParams.builder()
 *     .statuses(AlertStatus.OPEN, AlertStatus.ESCALATED)
 *     .severities(AlertSeverity.HIGH, AlertSeverity.CRITICAL)
 *     .q("sudoers")
 *     .limit(200)
 *     .build();
 * }</pre>
 *
 * <h2>Wire format</h2>
 * {@link #toQueryParams()} lists only the parameters that were set, always in this order:
 * {@code limit, offset, status, source, severity, assignedAgentId, detection, detectionId, originAgentId,
 * originDetectionHitId, q}. Multi-value filters are one parameter whose values are joined with commas, in the order
 * given, duplicates dropped ({@code status=open,escalated}); a value can therefore not contain a comma. UUIDs are sent
 * in lower case. Values are returned <em>unencoded</em>: the HTTP layer percent-encodes them, so {@code q} may hold
 * spaces, {@code &}, {@code #}, commas or any Unicode text. An unset {@code limit} or {@code offset} is not sent and
 * the server applies its defaults ({@value #DEFAULT_LIMIT} and 0).
 */
public final class AlertListParams {
  /** The page size the server uses when {@code limit} is not sent. */
  public static final int DEFAULT_LIMIT = 100;
  /** The largest page size the API accepts. */
  public static final int MAX_LIMIT = 200;
  /** The longest {@code q} the API accepts, in Unicode code points. */
  public static final int MAX_QUERY_LENGTH = 500;

  private final List<String> statuses;
  private final List<String> severities;
  private final List<String> sources;
  private final String assignedAgentId;
  private final String detection;
  private final String detectionId;
  private final String originAgentId;
  private final String originDetectionHitId;
  private final String q;
  private final Integer limit;
  private final Long offset;

  private AlertListParams(Builder b) {
    this.statuses = b.statuses;
    this.severities = b.severities;
    this.sources = b.sources;
    this.assignedAgentId = b.assignedAgentId;
    this.detection = b.detection;
    this.detectionId = b.detectionId;
    this.originAgentId = b.originAgentId;
    this.originDetectionHitId = b.originDetectionHitId;
    this.q = b.q;
    this.limit = b.limit;
    this.offset = b.offset;
  }

  /** @return a builder with nothing set: every alert, server-default page size, from the start */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these parameters */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.statuses = statuses;
    b.severities = severities;
    b.sources = sources;
    b.assignedAgentId = assignedAgentId;
    b.detection = detection;
    b.detectionId = detectionId;
    b.originAgentId = originAgentId;
    b.originDetectionHitId = originDetectionHitId;
    b.q = q;
    b.limit = limit;
    b.offset = offset;
    return b;
  }

  /**
   * @param offset the number of alerts to skip, at least 0
   * @return a copy of these parameters with that offset
   * @throws InvalidParameterException if the offset is negative
   */
  public AlertListParams withOffset(long offset) {
    return toBuilder().offset(offset).build();
  }

  /** @return the status filter, typed ({@link AlertStatus#UNKNOWN} for a value given as text that this SDK lacks) */
  public List<AlertStatus> statuses() {
    return typed(statuses, AlertStatus::fromValue);
  }

  /** @return the status filter as sent */
  public List<String> statusValues() {
    return statuses;
  }

  /** @return the severity filter, typed ({@link AlertSeverity#UNKNOWN} for a value given as text) */
  public List<AlertSeverity> severities() {
    return typed(severities, AlertSeverity::fromValue);
  }

  /** @return the severity filter as sent */
  public List<String> severityValues() {
    return severities;
  }

  /** @return the source-name filter, typed ({@link AlertSourceName#UNKNOWN} for a value given as text) */
  public List<AlertSourceName> sources() {
    return typed(sources, AlertSourceName::fromValue);
  }

  /** @return the source-name filter as sent */
  public List<String> sourceValues() {
    return sources;
  }

  /** @return the assigned-agent filter (a lower-case UUID), if set */
  public Optional<String> assignedAgentId() {
    return Optional.ofNullable(assignedAgentId);
  }

  /** @return the detection filter key, if set */
  public Optional<String> detection() {
    return Optional.ofNullable(detection);
  }

  /** @return the Cotool detection filter (a lower-case UUID), if set */
  public Optional<String> detectionId() {
    return Optional.ofNullable(detectionId);
  }

  /** @return the origin-agent filter (a lower-case UUID), if set */
  public Optional<String> originAgentId() {
    return Optional.ofNullable(originAgentId);
  }

  /** @return the detection-hit filter (a lower-case UUID), if set */
  public Optional<String> originDetectionHitId() {
    return Optional.ofNullable(originDetectionHitId);
  }

  /** @return the free-text search, if set */
  public Optional<String> q() {
    return Optional.ofNullable(q);
  }

  /** @return the page size in effect: the one set, or {@value #DEFAULT_LIMIT} (the server's default) */
  public int limit() {
    return limit != null ? limit : DEFAULT_LIMIT;
  }

  /** @return the number of alerts skipped: the offset set, or 0 */
  public long offset() {
    return offset != null ? offset : 0L;
  }

  /**
   * The query parameters to send, unencoded, in a fixed order (see the class description).
   *
   * <pre>{@code
   * builder().statuses(AlertStatus.OPEN, AlertStatus.ESCALATED).q("a b&c").limit(50).build().toQueryParams();
   * // [limit=50, status=open,escalated, q=a b&c]
   * }</pre>
   *
   * @return name/value pairs, unmodifiable
   */
  public List<Map.Entry<String, String>> toQueryParams() {
    List<Map.Entry<String, String>> params = new ArrayList<>();
    add(params, "limit", limit == null ? null : limit.toString());
    add(params, "offset", offset == null ? null : offset.toString());
    add(params, "status", joined(statuses));
    add(params, "source", joined(sources));
    add(params, "severity", joined(severities));
    add(params, "assignedAgentId", assignedAgentId);
    add(params, "detection", detection);
    add(params, "detectionId", detectionId);
    add(params, "originAgentId", originAgentId);
    add(params, "originDetectionHitId", originDetectionHitId);
    add(params, "q", q);
    return List.copyOf(params);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AlertListParams)) {
      return false;
    }
    AlertListParams other = (AlertListParams) o;
    return statuses.equals(other.statuses) && severities.equals(other.severities) && sources.equals(other.sources)
        && Objects.equals(assignedAgentId, other.assignedAgentId) && Objects.equals(detection, other.detection)
        && Objects.equals(detectionId, other.detectionId) && Objects.equals(originAgentId, other.originAgentId)
        && Objects.equals(originDetectionHitId, other.originDetectionHitId) && Objects.equals(q, other.q)
        && Objects.equals(limit, other.limit) && Objects.equals(offset, other.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statuses, severities, sources, assignedAgentId, detection, detectionId, originAgentId,
        originDetectionHitId, q, limit, offset);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("AlertListParams{");
    for (Map.Entry<String, String> param : toQueryParams()) {
      sb.append(sb.length() > "AlertListParams{".length() ? ", " : "").append(param.getKey()).append('=')
          .append(param.getValue());
    }
    return sb.append('}').toString();
  }

  private static void add(List<Map.Entry<String, String>> params, String name, String value) {
    if (value != null) {
      params.add(Map.entry(name, value));
    }
  }

  private static String joined(List<String> values) {
    return values.isEmpty() ? null : String.join(",", values);
  }

  private static <E> List<E> typed(List<String> values, Function<String, E> fromValue) {
    List<E> typed = new ArrayList<>(values.size());
    values.forEach(value -> typed.add(fromValue.apply(value)));
    return List.copyOf(typed);
  }

  /** Builds {@link AlertListParams}. Each setter replaces what was set before for the same parameter. */
  public static final class Builder {
    private List<String> statuses = List.of();
    private List<String> severities = List.of();
    private List<String> sources = List.of();
    private String assignedAgentId;
    private String detection;
    private String detectionId;
    private String originAgentId;
    private String originDetectionHitId;
    private String q;
    private Integer limit;
    private Long offset;

    private Builder() {}

    /**
     * @param statuses the statuses to include; none removes the filter
     * @return this builder
     * @throws InvalidParameterException for {@code null} or {@link AlertStatus#UNKNOWN}
     */
    public Builder statuses(AlertStatus... statuses) {
      return statuses(Arrays.asList(Objects.requireNonNull(statuses, "statuses")));
    }

    /**
     * @param statuses the statuses to include; empty removes the filter
     * @return this builder
     * @throws InvalidParameterException for {@code null} or {@link AlertStatus#UNKNOWN}
     */
    public Builder statuses(Collection<AlertStatus> statuses) {
      this.statuses = enumValues("status", statuses);
      return this;
    }

    /**
     * Sets the status filter from wire values, for statuses newer than this SDK.
     *
     * @param statuses wire values such as {@code "open"}; none removes the filter
     * @return this builder
     * @throws InvalidParameterException for a {@code null} or blank value, or one containing a comma
     */
    public Builder statusValues(String... statuses) {
      this.statuses = rawValues("status", statuses);
      return this;
    }

    /**
     * @param severities the severities to include; none removes the filter
     * @return this builder
     * @throws InvalidParameterException for {@code null} or {@link AlertSeverity#UNKNOWN}
     */
    public Builder severities(AlertSeverity... severities) {
      return severities(Arrays.asList(Objects.requireNonNull(severities, "severities")));
    }

    /**
     * @param severities the severities to include; empty removes the filter
     * @return this builder
     * @throws InvalidParameterException for {@code null} or {@link AlertSeverity#UNKNOWN}
     */
    public Builder severities(Collection<AlertSeverity> severities) {
      this.severities = enumValues("severity", severities);
      return this;
    }

    /**
     * Sets the severity filter from wire values, for severities newer than this SDK.
     *
     * @param severities wire values such as {@code "high"}; none removes the filter
     * @return this builder
     * @throws InvalidParameterException for a {@code null} or blank value, or one containing a comma
     */
    public Builder severityValues(String... severities) {
      this.severities = rawValues("severity", severities);
      return this;
    }

    /**
     * @param sources the source names to include; none removes the filter
     * @return this builder
     * @throws InvalidParameterException for {@code null} or {@link AlertSourceName#UNKNOWN}
     */
    public Builder sources(AlertSourceName... sources) {
      return sources(Arrays.asList(Objects.requireNonNull(sources, "sources")));
    }

    /**
     * @param sources the source names to include; empty removes the filter
     * @return this builder
     * @throws InvalidParameterException for {@code null} or {@link AlertSourceName#UNKNOWN}
     */
    public Builder sources(Collection<AlertSourceName> sources) {
      this.sources = enumValues("source", sources);
      return this;
    }

    /**
     * Sets the source filter from wire values, for source names newer than this SDK.
     *
     * @param sources wire values such as {@code "jira"}; none removes the filter
     * @return this builder
     * @throws InvalidParameterException for a {@code null} or blank value, or one containing a comma
     */
    public Builder sourceValues(String... sources) {
      this.sources = rawValues("source", sources);
      return this;
    }

    /**
     * @param agentId only alerts assigned to this response agent; {@code null} removes the filter
     * @return this builder
     */
    public Builder assignedAgentId(UUID agentId) {
      return assignedAgentId(agentId == null ? null : agentId.toString());
    }

    /**
     * @param agentId only alerts assigned to this response agent (a UUID); {@code null} removes the filter
     * @return this builder
     * @throws InvalidParameterException if it is not a UUID
     */
    public Builder assignedAgentId(String agentId) {
      this.assignedAgentId = Validate.uuid("assignedAgentId", agentId);
      return this;
    }

    /**
     * @param key a detection filter key, as returned by {@code /api/alerts/filter-options}; {@code null} removes the
     *     filter
     * @return this builder
     * @throws InvalidParameterException if it is empty
     */
    public Builder detection(String key) {
      this.detection = Validate.length("detection", key, 1, Integer.MAX_VALUE);
      return this;
    }

    /**
     * @param detectionId only alerts tied to this Cotool detection; {@code null} removes the filter
     * @return this builder
     */
    public Builder detectionId(UUID detectionId) {
      return detectionId(detectionId == null ? null : detectionId.toString());
    }

    /**
     * @param detectionId only alerts tied to this Cotool detection (a UUID); {@code null} removes the filter
     * @return this builder
     * @throws InvalidParameterException if it is not a UUID
     */
    public Builder detectionId(String detectionId) {
      this.detectionId = Validate.uuid("detectionId", detectionId);
      return this;
    }

    /**
     * @param agentId only alerts created by this origin agent; {@code null} removes the filter
     * @return this builder
     */
    public Builder originAgentId(UUID agentId) {
      return originAgentId(agentId == null ? null : agentId.toString());
    }

    /**
     * @param agentId only alerts created by this origin agent (a UUID); {@code null} removes the filter
     * @return this builder
     * @throws InvalidParameterException if it is not a UUID
     */
    public Builder originAgentId(String agentId) {
      this.originAgentId = Validate.uuid("originAgentId", agentId);
      return this;
    }

    /**
     * @param hitId only the alert created from this detection hit; {@code null} removes the filter
     * @return this builder
     */
    public Builder originDetectionHitId(UUID hitId) {
      return originDetectionHitId(hitId == null ? null : hitId.toString());
    }

    /**
     * @param hitId only the alert created from this detection hit (a UUID); {@code null} removes the filter
     * @return this builder
     * @throws InvalidParameterException if it is not a UUID
     */
    public Builder originDetectionHitId(String hitId) {
      this.originDetectionHitId = Validate.uuid("originDetectionHitId", hitId);
      return this;
    }

    /**
     * @param q free text searched in title, description, detection name and origin references; 1 to
     *     {@value AlertListParams#MAX_QUERY_LENGTH} code points, sent as given; {@code null} removes it
     * @return this builder
     * @throws InvalidParameterException if it is empty or too long
     */
    public Builder q(String q) {
      this.q = Validate.length("q", q, 1, MAX_QUERY_LENGTH);
      return this;
    }

    /**
     * @param limit the page size, 1 to {@value AlertListParams#MAX_LIMIT}; unset, the server sends
     *     {@value AlertListParams#DEFAULT_LIMIT}
     * @return this builder
     * @throws InvalidParameterException if out of range
     */
    public Builder limit(int limit) {
      this.limit = (int) Validate.range("limit", limit, 1, MAX_LIMIT);
      return this;
    }

    /**
     * @param offset the number of alerts to skip, at least 0; to start or resume iterating at that position
     * @return this builder
     * @throws InvalidParameterException if negative
     */
    public Builder offset(long offset) {
      this.offset = Validate.range("offset", offset, 0, Long.MAX_VALUE);
      return this;
    }

    /** @return the parameters */
    public AlertListParams build() {
      return new AlertListParams(this);
    }

    private static <E extends Enum<E> & ApiEnum> List<String> enumValues(String field, Collection<E> values) {
      Objects.requireNonNull(values, field);
      Validate.noNullItems(field, values);
      Set<String> wire = new LinkedHashSet<>();
      for (E value : values) {
        wire.add(Validate.known(field, value).value());
      }
      return List.copyOf(wire);
    }

    private static List<String> rawValues(String field, String... values) {
      Objects.requireNonNull(values, field);
      Set<String> wire = new LinkedHashSet<>();
      for (String value : values) {
        if (value == null || value.isBlank()) {
          throw new InvalidParameterException(field, "values must not be null or blank");
        }
        if (value.indexOf(',') >= 0) {
          throw new InvalidParameterException(field, "a value cannot contain a comma (the list separator): " + value);
        }
        wire.add(value);
      }
      return List.copyOf(wire);
    }
  }
}
