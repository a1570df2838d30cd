package ai.cotool.sdk.paging;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.internal.Secrets;
import ai.cotool.sdk.models.OffsetParams;
import jakarta.annotation.Nullable;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list paged by offset: its items, the total that match, and the parameters that
 * fetch the next page. Immutable. Each paged operation has its own subclass (such as {@link
 * AlertPage}), whose public constructors let tests build pages for {@link AutoPager#of}.
 *
 * <p>There is a next page when this page is not empty and {@code offset + items().size() <
 * totalCount()}. The next offset advances by the number of items received, not by {@code limit}: a
 * server that returns fewer items than asked for before the end (a lower cap, say) is paged through
 * without skipping any.
 *
 * <pre>{@code
 * AlertPage page = client.alerts().list(params);
 * while (true) {
 *   page.items().forEach(this::triage);
 *   Optional<AlertListParams> next = page.nextPageParams();
 *   if (next.isEmpty()) break;
 *   page = client.alerts().list(next.get());
 * }
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the list's parameters
 */
public abstract class OffsetPage<T, P extends OffsetParams<P>> {
  private final List<T> items;
  private final long totalCount;
  private final P requestParams;

  /** Only the pages of this package: the pagers rely on {@link #itemId} and {@link #operation}. */
  OffsetPage(List<T> items, long totalCount, P requestParams) {
    this.items = List.copyOf(Objects.requireNonNull(items, "items"));
    if (totalCount < 0) {
      throw new IllegalArgumentException("totalCount must be >= 0, was " + totalCount);
    }
    this.totalCount = totalCount;
    this.requestParams = Objects.requireNonNull(requestParams, "requestParams");
  }

  /**
   * @return the items of this page, in the server's order (unmodifiable)
   */
  public final List<T> items() {
    return items;
  }

  /**
   * @return the total number of items matching the parameters, as the server counted them for this
   *     page
   */
  public final long totalCount() {
    return totalCount;
  }

  /**
   * @return the parameters that fetched this page
   */
  public final P requestParams() {
    return requestParams;
  }

  /**
   * @return whether more items follow this page (see the class description for the rule)
   */
  public final boolean hasNextPage() {
    return nextPageParams().isPresent();
  }

  /**
   * @return the parameters of the next page (same filters and limit, next offset), or empty after
   *     the last page
   */
  public final Optional<P> nextPageParams() {
    return next(requestParams, items.size(), totalCount);
  }

  /**
   * @return the item's id, by which the pagers recognise an item delivered before ({@code null}:
   *     none)
   */
  abstract String itemId(T item);

  /**
   * @return method and path of the operation, for messages
   */
  abstract String operation();

  /** The paging rule, in one place: also used by the pagers. */
  static <P extends OffsetParams<P>> Optional<P> next(P requested, int received, long totalCount) {
    long nextOffset = requested.offset() + received;
    if (received == 0
        || nextOffset < 0
        || nextOffset >= totalCount) { // < 0: past Long.MAX_VALUE, nothing to ask for
      return Optional.empty();
    }
    return Optional.of(requested.withOffset(nextOffset));
  }

  /**
   * A total the API sends as an integer of any size (it sets no maximum), saturated at {@link
   * Long#MAX_VALUE}.
   *
   * @throws CotoolInvalidDataException if it is missing or negative
   */
  static long saturated(@Nullable BigInteger total, String where) {
    if (total == null) {
      throw new CotoolInvalidDataException(where + " is missing from the response", null);
    }
    if (total.signum() < 0) {
      throw new CotoolInvalidDataException(where + " is negative: " + total, null);
    }
    return total.bitLength() < Long.SIZE ? total.longValue() : Long.MAX_VALUE;
  }

  /**
   * A total the API types as a {@code number} with no minimum (the detection hits and runs): read
   * leniently, since every such value is valid for the spec: a fraction is rounded down and a
   * negative total reads as 0 (so there is no next page), then saturated as {@link
   * #saturated(BigInteger, String)} does.
   *
   * @throws CotoolInvalidDataException if it is missing
   */
  static long saturated(@Nullable java.math.BigDecimal total, String where) {
    if (total == null) {
      return saturated((BigInteger) null, where);
    }
    return total.signum() < 0 ? 0 : saturated(total.toBigInteger(), where);
  }

  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    OffsetPage<?, ?> other = (OffsetPage<?, ?>) o;
    return totalCount == other.totalCount
        && items.equals(other.items)
        && requestParams.equals(other.requestParams);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(items, totalCount, requestParams);
  }

  @Override
  public final String toString() {
    return Secrets.redact(
        getClass().getSimpleName()
            + "{offset="
            + requestParams.offset()
            + ", items="
            + items.size()
            + ", totalCount="
            + totalCount
            + ", hasNextPage="
            + hasNextPage()
            + "}");
  }
}
