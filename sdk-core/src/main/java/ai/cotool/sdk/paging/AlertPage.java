package ai.cotool.sdk.paging;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.internal.Secrets;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertList;
import ai.cotool.sdk.models.AlertListParams;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of {@code GET /api/alerts}: its alerts, the total that match, and the parameters that fetch the next page.
 * Immutable. Has public constructors so that tests can build pages for {@link AutoPager#ofAlerts}.
 *
 * <p>There is a next page when this page is not empty and {@code offset + alerts().size() < totalCount()}. The next
 * offset advances by the number of alerts received, not by {@code limit}: a server that returns fewer alerts than
 * asked for before the end (a lower cap, say) is paged through without skipping any.
 *
 * <pre>{@code
 * AlertPage page = client.alerts().list(params, RequestOptions.none());
 * while (true) {
 *   page.alerts().forEach(this::triage);
 *   Optional<AlertListParams> next = page.nextPageParams();
 *   if (next.isEmpty()) break;
 *   page = client.alerts().list(next.get(), RequestOptions.none());
 * }
 * }</pre>
 */
public final class AlertPage {
  private final List<Alert> alerts;
  private final long totalCount;
  private final AlertListParams requestParams;

  /**
   * @param alerts the alerts of the page, in the server's order (copied; no {@code null} items)
   * @param totalCount the total number of alerts matching the filters, at least 0
   * @param requestParams the parameters that fetched this page (its offset places the page)
   */
  public AlertPage(List<Alert> alerts, long totalCount, AlertListParams requestParams) {
    this.alerts = List.copyOf(Objects.requireNonNull(alerts, "alerts"));
    if (totalCount < 0) {
      throw new IllegalArgumentException("totalCount must be >= 0, was " + totalCount);
    }
    this.totalCount = totalCount;
    this.requestParams = Objects.requireNonNull(requestParams, "requestParams");
  }

  /**
   * @param body a decoded response body
   * @param requestParams the parameters that fetched it
   * @throws CotoolInvalidDataException if the body lacks {@code alerts} or {@code totalCount}
   */
  public AlertPage(AlertList body, AlertListParams requestParams) {
    this(body.alerts(), body.totalCount(), requestParams);
  }

  /** @return the alerts of this page, in the server's order (unmodifiable) */
  public List<Alert> alerts() {
    return alerts;
  }

  /** @return the total number of alerts matching the filters, as the server counted them for this page */
  public long totalCount() {
    return totalCount;
  }

  /** @return the parameters that fetched this page */
  public AlertListParams requestParams() {
    return requestParams;
  }

  /** @return whether more alerts follow this page (see the class description for the rule) */
  public boolean hasNextPage() {
    return nextPageParams().isPresent();
  }

  /** @return the parameters of the next page (same filters and limit, next offset), or empty after the last page */
  public Optional<AlertListParams> nextPageParams() {
    return next(requestParams, alerts.size(), totalCount);
  }

  /** The paging rule, in one place: also used by {@link AutoPager}. */
  static Optional<AlertListParams> next(AlertListParams requested, int received, long totalCount) {
    long nextOffset = requested.offset() + received;
    if (received == 0 || nextOffset < 0 || nextOffset >= totalCount) { // < 0: past Long.MAX_VALUE, nothing to ask for
      return Optional.empty();
    }
    return Optional.of(requested.withOffset(nextOffset));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AlertPage)) {
      return false;
    }
    AlertPage other = (AlertPage) o;
    return totalCount == other.totalCount && alerts.equals(other.alerts) && requestParams.equals(other.requestParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(alerts, totalCount, requestParams);
  }

  @Override
  public String toString() {
    return Secrets.redact("AlertPage{offset=" + requestParams.offset() + ", alerts=" + alerts.size() + ", totalCount=" + totalCount
        + ", hasNextPage=" + hasNextPage() + "}");
  }
}
