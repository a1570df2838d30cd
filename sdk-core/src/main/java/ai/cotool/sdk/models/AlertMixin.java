package ai.cotool.sdk.models;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link Alert} adds to its generated accessors ({@code x-cotool-mixin} in the spec): values
 * derived from several properties.
 *
 * <pre>{@code
 * for (Alert alert : client.alerts().listAutoPaging(params)) {
 *   if (!alert.isClosed() && alert.severity().orElse(AlertSeverity.LOW) == AlertSeverity.CRITICAL) {
 *     page(alert.displayId(), alert.title());
 *   }
 * }
 * }</pre>
 */
abstract class AlertMixin {
  private static final Pattern DISPLAY_ID = Pattern.compile("^COT-(\\d+)$");

  AlertMixin() {}

  /**
   * @return the display id; implemented by {@link Alert}
   */
  public abstract String displayId();

  /**
   * @return the status as sent; implemented by {@link Alert}
   */
  public abstract String statusAsString();

  /**
   * @return the derived disposition as sent; implemented by {@link Alert}
   */
  public abstract Optional<String> derivedDispositionAsString();

  /**
   * @return the number of the display id ({@code 1042} for {@code COT-1042}); empty when the
   *     display id is missing or not of the form {@code COT-<n>}
   */
  public OptionalLong displayNumber() {
    String displayId = sentOrNull(this::displayId);
    Matcher matcher = displayId == null ? null : DISPLAY_ID.matcher(displayId);
    if (matcher == null || !matcher.matches()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(matcher.group(1)));
    } catch (NumberFormatException tooLarge) {
      return OptionalLong.empty();
    }
  }

  /**
   * @return whether the status is one of the terminal {@code closed_*} statuses; {@code false} when
   *     the status is missing or newer than this SDK
   */
  public boolean isClosed() {
    AlertStatus status = knownStatus();
    return status != null && status.isClosed();
  }

  /**
   * The final verdict, typed: the derived disposition when the server sent one, otherwise the
   * disposition that a closed status carries. Empty for alerts that are not closed.
   *
   * @return the disposition, if any
   */
  public Optional<AlertDisposition> disposition() {
    Optional<String> derived = derivedDispositionAsString();
    if (derived.isPresent()) {
      return derived.map(AlertDisposition::fromValue);
    }
    AlertStatus status = knownStatus();
    return status == null ? Optional.empty() : status.disposition();
  }

  private @Nullable AlertStatus knownStatus() {
    String status = sentOrNull(this::statusAsString);
    return status == null ? null : AlertStatus.fromValue(status);
  }

  /** A strict accessor's value, or {@code null} when the server did not send it. */
  private static @Nullable String sentOrNull(java.util.function.Supplier<String> strict) {
    try {
      return strict.get();
    } catch (CotoolInvalidDataException missing) {
      return null;
    }
  }
}
