package ai.cotool.sdk.testkit.internal;

import jakarta.annotation.Nullable;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/** UUID helpers. Not API. */
public final class Ids {
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private Ids() {}

  public static boolean isUuid(@Nullable String text) {
    return text != null && UUID_TEXT.matcher(text).matches();
  }

  public static void requireUuid(String field, @Nullable String value) {
    if (!isUuid(value)) {
      throw new IllegalArgumentException(field + " must be a UUID: " + value);
    }
  }

  public static void optionalUuid(String field, @Nullable String value) {
    if (value != null) {
      requireUuid(field, value);
    }
  }

  /** A version-4 UUID drawn from {@code random}, so seeded data is the same on every run. */
  public static String uuid(Random random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
