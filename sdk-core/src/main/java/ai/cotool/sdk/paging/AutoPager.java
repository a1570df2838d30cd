package ai.cotool.sdk.paging;

import ai.cotool.sdk.errors.PaginationException;
import ai.cotool.sdk.models.OffsetParams;
import jakarta.annotation.Nullable;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paged list, fetched page by page as it is consumed: one page is held at a time,
 * plus about 16 bytes per item delivered to recognise duplicates (1.6 MB for 100,000 alerts).
 *
 * <pre>{@code
 * for (Alert alert : client.alerts().listAutoPaging(params)) { ... }
 *
 * try (Stream<Alert> alerts = client.alerts().listAutoPaging(params).stream()) {
 *   List<Alert> firstTen = alerts.limit(10).toList();   // fetches one page, not all of them
 * }
 * }</pre>
 *
 * <h2>When pages are fetched</h2>
 *
 * Nothing is fetched when the pager, an iterator or a stream is created. The first page is fetched
 * when the first item is asked for ({@code hasNext()}, or a stream's terminal operation), and each
 * further page only when the previous one has been consumed: {@code stream().limit(n)} stops
 * fetching once it has {@code n} items, and closing a stream stops it for good. Each {@link
 * #iterator()} or {@link #stream()} starts again from the parameters given to the factory, with
 * fresh state; an {@code AutoPager} can be iterated any number of times. Its iterators and streams
 * are sequential and not thread-safe. The page size is the {@code limit} of those parameters; to
 * resume where an earlier iteration stopped, start from its position with {@code
 * params.withOffset(n)}.
 *
 * <h2>When iteration ends</h2>
 *
 * After a page at offset {@code o} with {@code n} items and a {@code totalCount} of {@code t}, the
 * next page is at offset {@code o + n}, and it is fetched only if {@code n > 0} and {@code o + n <
 * t}. So an empty page always ends the iteration; a short last page and a last page that ends
 * exactly on {@code totalCount} end it without a further request; a server that returns fewer items
 * than {@code limit} before the end is paged through without gaps; and the latest {@code
 * totalCount} decides, so alerts that arrive while iterating extend it and alerts that leave the
 * result set shorten it. (Offset paging cannot see everything in a list that changes: an alert that
 * leaves the result set behind the cursor shifts later ones back, and one of them may be missed.)
 *
 * <h2>Duplicates</h2>
 *
 * An alert inserted ahead of the cursor shifts every later alert one offset further, so the next
 * page starts with an alert already delivered. Within one iteration the pager skips any alert whose
 * {@code id} it delivered before, however long ago (it keeps a 64-bit hash of each id). An alert
 * without an {@code id} (the API always sends one) cannot be recognised: it is delivered, and
 * counts as nothing new.
 *
 * <h2>Errors</h2>
 *
 * An exception thrown while fetching a page surfaces from the {@code hasNext()} (or stream step)
 * that needed that page, after every item of the pages before it was delivered; calling {@code
 * hasNext()} again retries that page. A server that does not page is stopped with a {@link
 * PaginationException}. A page that repeats the previous one (same ids in the same order) fails at
 * once unless {@code totalCount} grew by at least its size meanwhile: only that many insertions
 * ahead of the cursor could shift a whole page back by one page. And {@value #MAX_STALLED_PAGES}
 * non-empty pages in a row that bring no id not delivered before fail too. So a page-sized burst of
 * new alerts is tolerated, while a server that ignores {@code offset}, cycles through any number of
 * pages or sends alerts without ids is stopped after at most {@value #MAX_STALLED_PAGES} pages that
 * bring nothing new. That exception is final: the iterator throws it again rather than fetch more.
 * Iteration always ends unless the server keeps inventing new ids, because each fetched page moves
 * the offset forward by at least one.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  /** How many non-empty pages in a row may bring nothing new before iteration fails. */
  public static final int MAX_STALLED_PAGES = 5;

  private final Supplier<Cursor<T>> cursors;

  private AutoPager(Supplier<Cursor<T>> cursors) {
    this.cursors = cursors;
  }

  /**
   * Auto-pages a list paged by offset. The resources' {@code …AutoPaging} methods return one; it is
   * also the way to page a fake in tests:
   *
   * <pre>{@code
   * AutoPager<Alert> pager = AutoPager.of(params,
   *     p -> new AlertPage(fakeAlerts.subList(...), fakeAlerts.size(), p));
   * }</pre>
   *
   * @param firstPage the parameters of the first page: filters, page size ({@code limit}) and
   *     starting offset
   * @param fetchPage fetches one page; called with {@code firstPage}, then with the same parameters
   *     at later offsets
   * @param <T> the item type
   * @param <P> the list's parameters
   * @return a pager that fetches nothing until iterated
   */
  public static <T, P extends OffsetParams<P>> AutoPager<T> of(
      P firstPage, Function<? super P, ? extends OffsetPage<T, P>> fetchPage) {
    Objects.requireNonNull(firstPage, "firstPage");
    Objects.requireNonNull(fetchPage, "fetchPage");
    return new AutoPager<>(() -> new PageCursor<>(firstPage, fetchPage));
  }

  /**
   * @return an iterator over every item, from the first page; fetches nothing until {@code
   *     hasNext()} is called
   */
  @Override
  public Iterator<T> iterator() {
    return cursors.get();
  }

  /**
   * @return a sequential, ordered spliterator over every item, from the first page
   */
  @Override
  public Spliterator<T> spliterator() {
    return new CursorSpliterator<>(cursors.get());
  }

  /**
   * @return a lazy sequential stream over every item, from the first page; closing it stops
   *     fetching (use try-with-resources when you may stop early)
   */
  public Stream<T> stream() {
    Cursor<T> cursor = cursors.get();
    return StreamSupport.stream(new CursorSpliterator<>(cursor), false).onClose(cursor::close);
  }

  @Override
  public String toString() {
    return "AutoPager";
  }

  /** An iterator that can be told to stop. */
  private interface Cursor<T> extends Iterator<T> {
    void close();
  }

  private static final class CursorSpliterator<T> implements Spliterator<T> {
    private final Cursor<T> cursor;

    CursorSpliterator(Cursor<T> cursor) {
      this.cursor = cursor;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      if (!cursor.hasNext()) {
        return false;
      }
      action.accept(cursor.next());
      return true;
    }

    @Override
    public @Nullable Spliterator<T> trySplit() {
      return null; // splitting would fetch pages ahead of need
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return ORDERED | NONNULL;
    }
  }

  /** Iterates items, fetching each page when the previous one is used up. */
  private static final class PageCursor<T, P extends OffsetParams<P>> implements Cursor<T> {
    private final Function<? super P, ? extends OffsetPage<T, P>> fetchPage;
    private final Paging<T, P> paging;
    private Iterator<T> pending = Collections.emptyIterator();
    private boolean closed;

    PageCursor(P firstPage, Function<? super P, ? extends OffsetPage<T, P>> fetchPage) {
      this.paging = new Paging<>(firstPage);
      this.fetchPage = fetchPage;
    }

    @Override
    public boolean hasNext() {
      while (!closed && !pending.hasNext()) {
        P params = paging.nextParams();
        if (params == null) {
          return false;
        }
        OffsetPage<T, P> page =
            Objects.requireNonNull(fetchPage.apply(params), "fetchPage returned null");
        pending = paging.absorb(params, page).iterator();
      }
      return !closed;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.next();
    }

    @Override
    public void close() {
      closed = true;
      pending = Collections.emptyIterator();
    }
  }
}
