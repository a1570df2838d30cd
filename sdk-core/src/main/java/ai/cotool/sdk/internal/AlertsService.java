package ai.cotool.sdk.internal;

import ai.cotool.sdk.ApiResponse;
import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.internal.Transport.Prepared;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertList;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.paging.AsyncAutoPager;
import ai.cotool.sdk.paging.AutoPager;
import ai.cotool.sdk.resources.AlertsResource;
import ai.cotool.sdk.resources.AlertsResourceAsync;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The alert listing, and the four ways of calling it. Auto-pagers send every page with the same options. */
final class AlertsService {
  private static final List<String> PATH = List.of("api", "alerts");
  /** Every query parameter of {@code GET /api/alerts} (a test checks them against spec/openapi.json). */
  static final Set<String> QUERY_NAMES = Set.of("limit", "offset", "status", "source", "severity", "assignedAgentId",
      "detection", "detectionId", "originAgentId", "originDetectionHitId", "q");

  private AlertsService() {}

  static Prepared<AlertPage> list(AlertListParams params) {
    Validate.required("params", params);
    return Prepared.streaming(ApiRequest.get(PATH, params.toQueryParams(), QUERY_NAMES),
        body -> new AlertPage(AlertList.fromJson(body), params));
  }

  static final class Blocking implements AlertsResource {
    private final Transport transport;

    Blocking(Transport transport) {
      this.transport = transport;
    }

    @Override
    public AlertPage list(AlertListParams params, RequestOptions options) {
      return transport.call(AlertsService.list(params), options);
    }

    @Override
    public AutoPager<Alert> listAutoPaging(AlertListParams params, RequestOptions options) {
      AlertsService.list(params).request().checkExtraQuery(Validate.required("options", options)); // fail now
      return AutoPager.ofAlerts(params, page -> list(page, options));
    }
  }

  static final class Raw implements AlertsResource.WithRawResponse {
    private final Transport transport;

    Raw(Transport transport) {
      this.transport = transport;
    }

    @Override
    public ApiResponse<AlertPage> list(AlertListParams params, RequestOptions options) {
      return transport.callRaw(AlertsService.list(params), options);
    }
  }

  static final class Async implements AlertsResourceAsync {
    private final Transport transport;

    Async(Transport transport) {
      this.transport = transport;
    }

    @Override
    public CompletableFuture<AlertPage> list(AlertListParams params, RequestOptions options) {
      return transport.callAsync(AlertsService.list(params), options);
    }

    @Override
    public AsyncAutoPager<Alert> listAutoPaging(AlertListParams params, RequestOptions options) {
      AlertsService.list(params).request().checkExtraQuery(Validate.required("options", options)); // fail now
      return AsyncAutoPager.ofAlerts(params, page -> list(page, options));
    }
  }

  static final class RawAsync implements AlertsResourceAsync.WithRawResponse {
    private final Transport transport;

    RawAsync(Transport transport) {
      this.transport = transport;
    }

    @Override
    public CompletableFuture<ApiResponse<AlertPage>> list(AlertListParams params, RequestOptions options) {
      return transport.callRawAsync(AlertsService.list(params), options);
    }
  }
}
