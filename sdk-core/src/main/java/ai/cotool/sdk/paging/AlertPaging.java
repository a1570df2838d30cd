package ai.cotool.sdk.paging;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.PaginationException;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The termination, dedupe and stall rules of {@link AutoPager} (see its description), apart from how pages are
 * fetched, so that the blocking and the async pager share them. One instance per iteration; not thread-safe.
 */
final class AlertPaging {
  private final IdWindow delivered = new IdWindow(AutoPager.DEDUPE_WINDOW);
  private AlertListParams nextParams;
  private List<String> previousIds;
  private long previousOffset;
  private long previousTotal;
  private int stalledPages;
  private PaginationException failure;

  AlertPaging(AlertListParams firstPage) {
    this.nextParams = firstPage;
  }

  /**
   * @return the parameters of the page to fetch next, or {@code null} when iteration is over
   * @throws PaginationException again, once the server was found not to page
   */
  AlertListParams nextParams() {
    if (failure != null) {
      throw failure;
    }
    return nextParams;
  }

  /**
   * Takes in the page fetched with {@code params}. State changes only here, so a failed fetch can be retried.
   *
   * @return the alerts of the page not delivered before, in order
   * @throws PaginationException if the server is not paging
   */
  List<Alert> absorb(AlertListParams params, AlertPage page) {
    List<Alert> alerts = page.alerts();
    List<String> ids = new ArrayList<>(alerts.size());
    List<Alert> fresh = new ArrayList<>(alerts.size());
    for (Alert alert : alerts) {
      String id = idOrNull(alert);
      ids.add(id);
      if (id == null || delivered.add(id)) {
        fresh.add(alert);
      }
    }
    checkProgress(params, page, ids, fresh.isEmpty());
    previousIds = ids;
    previousOffset = params.offset();
    previousTotal = page.totalCount();
    nextParams = AlertPage.next(params, alerts.size(), page.totalCount()).orElse(null);
    return fresh;
  }

  private void checkProgress(AlertListParams params, AlertPage page, List<String> ids, boolean nothingNew) {
    if (ids.isEmpty() || !nothingNew) {
      stalledPages = 0;
      return;
    }
    stalledPages++;
    // The same page at the next offset means every alert moved back by a whole page. Only that many insertions
    // ahead of the cursor could do it, and they would raise totalCount by at least as much.
    if (ids.equals(previousIds) && page.totalCount() - previousTotal < ids.size()) {
      fail("GET /api/alerts returned the same " + ids.size() + " alert(s) for offset " + previousOffset
          + " and offset " + params.offset() + " (totalCount " + previousTotal + ", then " + page.totalCount()
          + "): the server seems to ignore offset; stopped rather than loop", params.offset());
    }
    if (stalledPages >= AutoPager.MAX_STALLED_PAGES) {
      fail(AutoPager.MAX_STALLED_PAGES + " pages in a row, up to offset " + params.offset()
          + ", held only alerts already delivered: the server is not paging; stopped rather than loop",
          params.offset());
    }
  }

  private void fail(String message, long offset) {
    failure = new PaginationException(message, offset);
    throw failure;
  }

  /** Alerts without an id cannot be deduplicated: they are always delivered. */
  private static String idOrNull(Alert alert) {
    try {
      return alert.id();
    } catch (CotoolInvalidDataException missing) {
      return null;
    }
  }

  /** The last {@code capacity} distinct ids added, oldest evicted first. */
  private static final class IdWindow {
    private final int capacity;
    private final ArrayDeque<String> order;
    private final Set<String> members;

    IdWindow(int capacity) {
      this.capacity = capacity;
      this.order = new ArrayDeque<>(capacity);
      this.members = new HashSet<>(capacity * 2);
    }

    /** @return {@code true} if the id was not in the window (it is now) */
    boolean add(String id) {
      if (!members.add(id)) {
        return false;
      }
      order.addLast(id);
      if (order.size() > capacity) {
        members.remove(order.removeFirst());
      }
      return true;
    }
  }
}
