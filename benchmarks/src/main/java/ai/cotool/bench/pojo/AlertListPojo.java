package ai.cotool.bench.pojo;

import java.util.List;

/**
 * Hand-written equivalent of the {@code GET /api/alerts} body, for plain Gson data-binding (the
 * floor).
 */
public final class AlertListPojo {
  public List<AlertPojo> alerts;
  public long totalCount;
}
