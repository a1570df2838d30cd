package ai.cotool.sdk.resources;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.paging.AutoPager;

/**
 * Alerts: the organization's alert work items, listed a page at a time or all of them lazily.
 *
 * <pre>{@code
 * AlertListParams params = AlertListParams.builder()
 *     .statuses(AlertStatus.OPEN, AlertStatus.ESCALATED)
 *     .severities(AlertSeverity.HIGH, AlertSeverity.CRITICAL)
 *     .build();
 * for (Alert alert : client.alerts().listAutoPaging(params)) {
 *   System.out.println(alert.displayId() + " " + alert.title());
 * }
 * }</pre>
 */
public interface AlertsResource {
  /**
   * {@code GET /api/alerts}: one page.
   *
   * @param params filters and paging
   * @return the page, with the params of the next one
   */
  default AlertPage list(AlertListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * @param params filters and paging
   * @param options per-call overrides
   * @return the page, with the params of the next one
   * @throws InvalidParameterException from the call itself, before anything is sent, if {@code options} has an
   *     extra query parameter named like one of this operation's ({@code limit}, {@code offset}, a filter)
   */
  AlertPage list(AlertListParams params, RequestOptions options);

  /**
   * Every alert matching {@code params}, from its offset on, fetched a page at a time as iteration reaches it.
   * Nothing is sent until the first element is asked for.
   *
   * @param params filters, page size ({@code limit}) and starting offset
   * @return an iterable (and stream) of alerts
   */
  default AutoPager<Alert> listAutoPaging(AlertListParams params) {
    return listAutoPaging(params, RequestOptions.none());
  }

  /**
   * @param params filters, page size ({@code limit}) and starting offset
   * @param options per-call overrides, applied to every page
   * @return an iterable (and stream) of alerts
   * @throws InvalidParameterException from the call itself, before anything is sent, if {@code options} has an
   *     extra query parameter named like one of this operation's ({@code limit}, {@code offset}, a filter)
   */
  AutoPager<Alert> listAutoPaging(AlertListParams params, RequestOptions options);

  /** The same listing, returning the HTTP response with the page ({@code client.withRawResponse()}). */
  interface WithRawResponse {
    /**
     * @param params filters and paging
     * @param options per-call overrides
     * @return the page with its response
     * @throws InvalidParameterException from the call itself, before anything is sent, if {@code options} has an
     *     extra query parameter named like one of this operation's ({@code limit}, {@code offset}, a filter)
     */
    ApiResponse<AlertPage> list(AlertListParams params, RequestOptions options);

    /**
     * @param params filters and paging
     * @return the page with its response
     */
    default ApiResponse<AlertPage> list(AlertListParams params) {
      return list(params, RequestOptions.none());
    }
  }
}
