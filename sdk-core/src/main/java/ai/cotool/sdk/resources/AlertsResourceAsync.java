package ai.cotool.sdk.resources;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.paging.AsyncAutoPager;
import java.util.concurrent.CompletableFuture;

/** {@link AlertsResource} without blocking. */
public interface AlertsResourceAsync {
  /**
   * @param params filters and paging
   * @param options per-call overrides
   * @return one page
   * @throws InvalidParameterException from the call itself, before anything is sent, if {@code options} has an
   *     extra query parameter named like one of this operation's ({@code limit}, {@code offset}, a filter)
   */
  CompletableFuture<AlertPage> list(AlertListParams params, RequestOptions options);

  /**
   * Every alert matching {@code params}, a page at a time, each page requested only after the consumer took the
   * one before.
   *
   * @param params filters, page size and starting offset
   * @param options per-call overrides, applied to every page
   * @return a pager that sends nothing until consumed
   * @throws InvalidParameterException from the call itself, before anything is sent, if {@code options} has an
   *     extra query parameter named like one of this operation's ({@code limit}, {@code offset}, a filter)
   */
  AsyncAutoPager<Alert> listAutoPaging(AlertListParams params, RequestOptions options);

  /**
   * @param params filters and paging
   * @return one page
   */
  default CompletableFuture<AlertPage> list(AlertListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * @param params filters, page size and starting offset
   * @return a pager that sends nothing until consumed
   */
  default AsyncAutoPager<Alert> listAutoPaging(AlertListParams params) {
    return listAutoPaging(params, RequestOptions.none());
  }

  /** The same listing, completing with the HTTP response and the page. */
  interface WithRawResponse {
    /**
     * @param params filters and paging
     * @param options per-call overrides
     * @return the page with its response
     * @throws InvalidParameterException from the call itself, before anything is sent, if {@code options} has an
     *     extra query parameter named like one of this operation's ({@code limit}, {@code offset}, a filter)
     */
    CompletableFuture<ApiResponse<AlertPage>> list(AlertListParams params, RequestOptions options);

    /**
     * @param params filters and paging
     * @return the page with its response
     */
    default CompletableFuture<ApiResponse<AlertPage>> list(AlertListParams params) {
      return list(params, RequestOptions.none());
    }
  }
}
