package ai.cotool.sdk.paging;

import ai.cotool.sdk.models.OffsetParams;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The non-blocking form of {@link AutoPager}: the same termination, dedupe and loop-guard rules,
 * with pages fetched by futures. A page is requested only after the consumer has taken every item
 * of the one before (back-pressure), nothing is sent until {@link #forEach} or {@link
 * #forEachWhile} is called, and each call starts from the first page.
 *
 * <pre>{@code
 * client.async().alerts().listAutoPaging(params)
 *     .forEachWhile(alert -> { triage(alert); return stillInterested(); })
 *     .whenComplete((done, error) -> ...);
 * }</pre>
 *
 * <p>Cancelling the returned future stops the iteration and cancels the page request in flight. A
 * failure fetching a page completes it exceptionally after every item of the earlier pages was
 * delivered.
 *
 * @param <T> the item type
 */
public final class AsyncAutoPager<T> {
  private final Source<T, ?> source;

  private AsyncAutoPager(Source<T, ?> source) {
    this.source = source;
  }

  /**
   * @param firstPage the parameters of the first page: filters, page size and starting offset
   * @param fetchPage fetches one page
   * @param <T> the item type
   * @param <P> the list's parameters
   * @return a pager that fetches nothing until consumed
   */
  public static <T, P extends OffsetParams<P>> AsyncAutoPager<T> of(
      P firstPage,
      Function<? super P, ? extends CompletableFuture<? extends OffsetPage<T, P>>> fetchPage) {
    return new AsyncAutoPager<>(
        new Source<>(
            Objects.requireNonNull(firstPage, "firstPage"),
            Objects.requireNonNull(fetchPage, "fetchPage")));
  }

  /** Where the pages come from, keeping the parameters' type. */
  private record Source<T, P extends OffsetParams<P>>(
      P firstPage,
      Function<? super P, ? extends CompletableFuture<? extends OffsetPage<T, P>>> fetchPage) {}

  /**
   * @param action called with every item, in order, on the thread that completed its page's request
   * @return a future that completes when every item was delivered, or exceptionally on the first
   *     failure
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    return forEachWhile(
        item -> {
          action.accept(item);
          return true;
        });
  }

  /**
   * @param action called with every item, in order, until it returns {@code false}
   * @return a future that completes when the action declined an item or every item was delivered
   */
  public CompletableFuture<Void> forEachWhile(Predicate<? super T> action) {
    Objects.requireNonNull(action, "action");
    Run<T, ?> run = new Run<>(source, action);
    run.next();
    return run.done;
  }

  @Override
  public String toString() {
    return "AsyncAutoPager";
  }

  /**
   * One iteration: its paging state, its result and the page request in flight. Pages are fetched
   * and delivered by a drain loop rather than by recursion, so pages that complete at once (a fake,
   * a cache) take no extra stack.
   */
  private static final class Run<T, P extends OffsetParams<P>> {
    private final Function<? super P, ? extends CompletableFuture<? extends OffsetPage<T, P>>>
        fetchPage;
    private final Predicate<? super T> action;
    private final Paging<T, P> paging;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final AtomicReference<CompletableFuture<? extends OffsetPage<T, P>>> inFlight =
        new AtomicReference<>();

    /** Requests to advance not yet served: only the thread that raised it from 0 runs the loop. */
    private final AtomicInteger pendingAdvances = new AtomicInteger();

    // whenComplete registers a callback; what it does is reported through the futures it completes
    @SuppressWarnings("FutureReturnValueIgnored")
    Run(Source<T, P> source, Predicate<? super T> action) {
      this.fetchPage = source.fetchPage();
      this.paging = new Paging<>(source.firstPage());
      this.action = action;
      done.whenComplete(
          (ignored, error) -> {
            CompletableFuture<?> pending = inFlight.get();
            if (done.isCancelled() && pending != null) {
              pending.cancel(true);
            }
          });
    }

    /** Fetches the next page, unless a loop on another frame or thread is already doing so. */
    void next() {
      if (pendingAdvances.getAndIncrement() != 0) {
        return; // the running loop will see it
      }
      do {
        fetch();
      } while (pendingAdvances.decrementAndGet() != 0);
    }

    // whenComplete registers a callback; what it does is reported through the futures it completes
    @SuppressWarnings("FutureReturnValueIgnored")
    private void fetch() {
      P params;
      CompletableFuture<? extends OffsetPage<T, P>> page;
      try {
        params = paging.nextParams();
        if (params == null || done.isDone()) {
          done.complete(null);
          return;
        }
        page = Objects.requireNonNull(fetchPage.apply(params), "fetchPage returned null");
      } catch (Throwable e) {
        done.completeExceptionally(e);
        return;
      }
      inFlight.set(page);
      if (done.isCancelled()) {
        page.cancel(true); // cancelled while the page was being requested
        return;
      }
      page.whenComplete(
          (result, error) -> {
            if (deliver(params, result, error)) {
              next();
            }
          });
    }

    /**
     * @return whether to fetch the next page
     */
    private boolean deliver(P params, OffsetPage<T, P> page, Throwable error) {
      if (error != null) {
        done.completeExceptionally(unwrap(error));
        return false;
      }
      try {
        for (T item : paging.absorb(params, page)) {
          if (done.isDone()) {
            return false;
          }
          if (!action.test(item)) {
            done.complete(null);
            return false;
          }
        }
        return true;
      } catch (
          Throwable e) { // the consumer's exception or error: the future fails rather than hang
        done.completeExceptionally(e);
        return false;
      }
    }
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof java.util.concurrent.CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }
}
