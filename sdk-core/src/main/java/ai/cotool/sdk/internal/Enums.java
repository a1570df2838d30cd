package ai.cotool.sdk.internal;

import ai.cotool.sdk.models.ApiEnum;
import jakarta.annotation.Nullable;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Wire-value lookup for {@link ApiEnum}s. Not API. */
public final class Enums {
  private static final Map<Class<?>, Map<String, ?>> BY_VALUE = new ConcurrentHashMap<>();

  private Enums() {}

  /**
   * @param type an enum whose constants implement {@link ApiEnum} and include {@code UNKNOWN}
   * @param value a wire value, or {@code null}
   * @return the constant for the value, {@code UNKNOWN} for a value it does not list, {@code null}
   *     for {@code null}
   */
  public static <E extends Enum<E> & ApiEnum> @Nullable E fromValue(
      Class<E> type, @Nullable String value) {
    if (value == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, E> byValue = (Map<String, E>) BY_VALUE.computeIfAbsent(type, Enums::index);
    E known = byValue.get(value);
    return known != null ? known : Enum.valueOf(type, "UNKNOWN");
  }

  private static <E extends Enum<E> & ApiEnum> Map<String, E> index(Class<?> raw) {
    @SuppressWarnings("unchecked")
    Class<E> type = (Class<E>) raw;
    Map<String, E> byValue = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      if (constant.value() != null) {
        byValue.put(constant.value(), constant);
      }
    }
    return Map.copyOf(byValue);
  }
}
