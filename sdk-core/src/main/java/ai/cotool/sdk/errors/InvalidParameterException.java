package ai.cotool.sdk.errors;

import java.util.Objects;

/**
 * An argument broke a rule of the API (a length, a pattern, a range, a required field). Thrown by
 * {@code build()} and by client methods before any request is sent.
 *
 * <pre>{@code
 * try {
 *   CreateDetectionParams.builder().name("").build();
 * } catch (InvalidParameterException e) {
 *   e.field(); // "name"
 * }
 * }</pre>
 */
public class InvalidParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field the name of the offending field or parameter, as the API spells it
   * @param problem what is wrong with it
   */
  public InvalidParameterException(String field, String problem) {
    super(Objects.requireNonNull(field, "field") + ": " + problem);
    this.field = field;
  }

  /**
   * @return the name of the offending field or parameter, as the API spells it
   */
  public String field() {
    return field;
  }
}
