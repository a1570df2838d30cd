package ai.cotool.sdk.internal;

import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertList;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.paging.AutoPager;
import ai.cotool.sdk.resources.AlertsResource;
import java.util.List;
import java.util.Objects;

final class AlertsService implements AlertsResource {
  private static final List<String> PATH = List.of("api", "alerts");

  private final HttpPipeline pipeline;

  AlertsService(HttpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public AlertPage list(AlertListParams params, RequestOptions options) {
    Validate.required("params", params);
    Objects.requireNonNull(options, "options");
    ApiRequest request = ApiRequest.get(PATH, params.toQueryParams());
    return pipeline.execute(request, options, r -> new AlertPage(AlertList.fromJson(r.body()), params));
  }

  @Override
  public AutoPager<Alert> listAutoPaging(AlertListParams params, RequestOptions options) {
    Validate.required("params", params);
    Objects.requireNonNull(options, "options");
    return AutoPager.ofAlerts(params, page -> list(page, options));
  }
}
