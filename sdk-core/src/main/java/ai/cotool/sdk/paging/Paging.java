package ai.cotool.sdk.paging;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.errors.PaginationException;
import ai.cotool.sdk.models.OffsetParams;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * The termination, dedupe and stall rules of {@link AutoPager} (see its description), apart from
 * how pages are fetched, so that the blocking and the async pager share them. One instance per
 * iteration; not thread-safe.
 */
final class Paging<T, P extends OffsetParams<P>> {
  private final SeenIds delivered = new SeenIds();
  private @Nullable P nextParams;
  private @Nullable List<String> previousIds;
  private long previousOffset;
  private long previousTotal;
  private int stalledPages;
  private @Nullable PaginationException failure;

  Paging(P firstPage) {
    this.nextParams = firstPage;
  }

  /**
   * @return the parameters of the page to fetch next, or {@code null} when iteration is over
   * @throws PaginationException again, once the server was found not to page
   */
  @Nullable
  P nextParams() {
    if (failure != null) {
      throw failure;
    }
    return nextParams;
  }

  /**
   * Takes in the page fetched with {@code params}. State changes only here, so a failed fetch can
   * be retried.
   *
   * @return the items of the page not delivered before, in order
   * @throws PaginationException if the server is not paging
   */
  List<T> absorb(P params, OffsetPage<T, P> page) {
    List<T> items = page.items();
    List<String> ids = new ArrayList<>(items.size());
    List<T> fresh = new ArrayList<>(items.size());
    boolean newId = false;
    for (T item : items) {
      String id = idOrNull(page, item);
      ids.add(id);
      if (id == null) {
        fresh.add(item); // cannot be told apart from others, so delivered, but it shows no progress
        // either
      } else if (delivered.add(id)) {
        fresh.add(item);
        newId = true;
      }
    }
    checkProgress(params, page, ids, !newId);
    previousIds = ids;
    previousOffset = params.offset();
    previousTotal = page.totalCount();
    nextParams = OffsetPage.next(params, items.size(), page.totalCount()).orElse(null);
    return fresh;
  }

  private void checkProgress(P params, OffsetPage<T, P> page, List<String> ids, boolean noNewId) {
    if (ids.isEmpty() || !noNewId) {
      stalledPages = 0;
      return;
    }
    stalledPages++;
    // The same page at the next offset means every item moved back by a whole page. Only that many
    // insertions
    // ahead of the cursor could do it, and they would raise totalCount by at least as much.
    if (!ids.contains(null)
        && ids.equals(previousIds)
        && page.totalCount() - previousTotal < ids.size()) {
      fail(
          page.operation()
              + " returned the same "
              + ids.size()
              + " item(s) for offset "
              + previousOffset
              + " and offset "
              + params.offset()
              + " (totalCount "
              + previousTotal
              + ", then "
              + page.totalCount()
              + "): the server seems to ignore offset; stopped rather than loop",
          params.offset());
    }
    if (stalledPages >= AutoPager.MAX_STALLED_PAGES) {
      fail(
          AutoPager.MAX_STALLED_PAGES
              + " pages in a row, up to offset "
              + params.offset()
              + ", held no item with an id not delivered before: the server is not paging; stopped rather than loop",
          params.offset());
    }
  }

  private void fail(String message, long offset) {
    failure = new PaginationException(message, offset);
    throw failure;
  }

  /** Items without an id cannot be deduplicated: they are always delivered. */
  private static <T> @Nullable String idOrNull(OffsetPage<T, ?> page, T item) {
    try {
      return page.itemId(item);
    } catch (CotoolInvalidDataException missing) {
      return null;
    }
  }

  /**
   * The ids delivered so far in this iteration, kept as 64-bit hashes in an open-addressing table:
   * about 16 bytes an item, so a pager can remember every id of a long iteration and recognise a
   * server that cycles through any number of pages. Two ids share a hash with a probability of
   * about 1 in 10^19 per pair.
   */
  static final class SeenIds {
    private long[] table = new long[1024];
    private int size;

    /**
     * @return {@code true} if the id was not seen before (it is now)
     */
    boolean add(String id) {
      long hash = hash(id);
      if (size >= table.length / 2) {
        grow();
      }
      return insert(table, hash);
    }

    int size() {
      return size;
    }

    private boolean insert(long[] into, long hash) {
      int mask = into.length - 1;
      for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
        if (into[i] == hash) {
          return false;
        }
        if (into[i] == 0) {
          into[i] = hash;
          size++;
          return true;
        }
      }
    }

    private void grow() {
      long[] old = table;
      table = new long[old.length * 2];
      size = 0;
      for (long hash : old) {
        if (hash != 0) {
          insert(table, hash);
        }
      }
    }

    /**
     * FNV-1a over the UTF-16 units, then MurmurHash3's finaliser; never 0, which marks a free slot.
     */
    static long hash(String id) {
      long h = 0xcbf29ce484222325L;
      for (int i = 0; i < id.length(); i++) {
        h = (h ^ id.charAt(i)) * 0x100000001b3L;
      }
      h ^= h >>> 33;
      h *= 0xff51afd7ed558ccdL;
      h ^= h >>> 33;
      h *= 0xc4ceb9fe1a85ec53L;
      h ^= h >>> 33;
      return h == 0 ? 1 : h;
    }
  }
}
