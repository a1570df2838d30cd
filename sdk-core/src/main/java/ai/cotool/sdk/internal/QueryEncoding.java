package ai.cotool.sdk.internal;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes a query name or value as UTF-8, leaving only RFC 3986 unreserved characters and
 * the comma that separates multi-value filters ({@code status=open,escalated}) as they are. Space
 * becomes {@code %20}, never {@code +}. Not API.
 */
public final class QueryEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private QueryEncoding() {}

  public static String encode(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || c == ',') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }
}
