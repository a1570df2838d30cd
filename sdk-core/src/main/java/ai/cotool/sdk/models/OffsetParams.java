package ai.cotool.sdk.models;

/**
 * The parameters of a list that pages by offset ({@code limit} and {@code offset}), as the
 * auto-pagers of {@code ai.cotool.sdk.paging} need them: where a page starts, and the same
 * parameters starting elsewhere.
 *
 * @param <P> the parameters' own type
 */
public interface OffsetParams<P extends OffsetParams<P>> {
  /**
   * @return the number of items skipped: the offset set, or 0
   */
  long offset();

  /**
   * @param offset the number of items to skip, at least 0
   * @return a copy of these parameters with that offset
   * @throws ai.cotool.sdk.errors.InvalidParameterException if the offset is negative
   */
  P withOffset(long offset);
}
