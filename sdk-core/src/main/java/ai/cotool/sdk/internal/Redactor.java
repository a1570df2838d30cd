package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.HttpResponseInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks the API key out of text the SDK shows: exception messages, kept response bodies and headers, log lines and
 * the messages of foreign exceptions in a cause chain. The one place this is decided. Not API.
 *
 * <p>A server, proxy or WAF may echo the Authorization header in any encoding, so the key is found in each of these
 * forms, and in mixtures of them character by character: as is; JSON-escaped ({@code \u0041}, {@code \/}, any case,
 * escaped again); percent-encoded (any case, encoded again); as HTML character references; and, for keys of at least
 * {@value #MIN_KEY_FOR_ENCODINGS} characters, hex and Base64 (standard and URL-safe, at each of the three byte
 * alignments it can have inside a longer encoded text, such as {@code Basic} credentials or a Base64 dump of the
 * request).
 */
public final class Redactor {
  /** What replaces the key. */
  public static final String REDACTED = "<redacted>";
  /** Shorter keys are not searched for in hex or Base64: those forms would match ordinary text. */
  static final int MIN_KEY_FOR_ENCODINGS = 8;

  private final Pattern pattern;

  public Redactor(String key) {
    this.pattern = Pattern.compile(alternatives(key), Pattern.CASE_INSENSITIVE);
  }

  /** @return the text with every form of the key replaced, or the same instance when it holds none */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.replaceAll(REDACTED) : text;
  }

  /** @return whether the text holds the key in any form */
  public boolean leaks(String text) {
    return text != null && pattern.matcher(text).find();
  }

  /** @return the response with the key blanked out of header names, values and body, or the same instance */
  public HttpResponseInfo redact(HttpResponseInfo info) {
    boolean inHeaders = info.headers().entrySet().stream()
        .anyMatch(header -> leaks(header.getKey()) || header.getValue().stream().anyMatch(this::leaks));
    if (!inHeaders && !leaks(info.body())) {
      return info;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    info.headers().forEach((name, values) ->
        headers.computeIfAbsent(redact(name), n -> new ArrayList<>()).addAll(values.stream().map(this::redact).toList()));
    return new HttpResponseInfo(info.statusCode(), headers, redact(info.body()));
  }

  /**
   * A cause chain fit to keep: the throwable itself when no message in its chain (causes and suppressed included)
   * shows the key, else a stand-in chain that reads the same with the key blanked out (see {@link Scrubbed}).
   */
  public Throwable scrub(Throwable e) {
    return e == null || !leaksAnywhere(e, 0) ? e : scrubbed(e, 0);
  }

  /** @return {@code "Type: message"} of a throwable, with the key blanked out */
  public String describe(Throwable e) {
    String type = e instanceof Scrubbed ? ((Scrubbed) e).type : e.getClass().getSimpleName();
    String message = e instanceof Scrubbed ? ((Scrubbed) e).text : e.getMessage();
    return message == null ? type : type + ": " + redact(message);
  }

  private boolean leaksAnywhere(Throwable e, int depth) {
    if (e == null || depth > 32) {
      return false;
    }
    if (leaks(e.getMessage()) || leaks(e.toString())) {
      return true;
    }
    for (Throwable suppressed : e.getSuppressed()) {
      if (leaksAnywhere(suppressed, depth + 1)) {
        return true;
      }
    }
    return e.getCause() != e && leaksAnywhere(e.getCause(), depth + 1);
  }

  private Throwable scrubbed(Throwable e, int depth) {
    if (e == null || depth > 32) {
      return null;
    }
    Throwable cause = e.getCause() == e ? null : scrubbed(e.getCause(), depth + 1);
    Scrubbed copy = new Scrubbed(e.getClass().getName(), redact(e.getMessage()), cause);
    copy.setStackTrace(e.getStackTrace());
    for (Throwable suppressed : e.getSuppressed()) {
      copy.addSuppressed(scrubbed(suppressed, depth + 1));
    }
    return copy;
  }

  /**
   * Stands in for a foreign exception whose text showed the API key: same class name, message and stack trace as
   * the original, key blanked out. Prints as the original would ({@code java.net.ProtocolException: …}).
   */
  static final class Scrubbed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;
    private final String text;

    Scrubbed(String type, String text, Throwable cause) {
      super(text, cause);
      this.type = type;
      this.text = text;
    }

    @Override
    public String toString() {
      return text == null ? type : type + ": " + text;
    }
  }

  private static String alternatives(String key) {
    List<String> forms = new ArrayList<>();
    forms.add(charByChar(key));
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    if (bytes.length >= MIN_KEY_FOR_ENCODINGS) {
      forms.add(Pattern.quote(HexFormat.of().formatHex(bytes)));
      for (int shift = 0; shift < 3; shift++) {
        forms.add(Pattern.quote(base64Core(bytes, shift, Base64.getEncoder())));
        forms.add(Pattern.quote(base64Core(bytes, shift, Base64.getUrlEncoder())));
      }
    }
    return String.join("|", forms);
  }

  /** Each character as itself or any escape of it, so that mixed escaping matches too. */
  private static String charByChar(String key) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      String hex2 = String.format(Locale.ROOT, "%02x", (int) c);
      String hex4 = String.format(Locale.ROOT, "%04x", (int) c);
      regex.append("(?:").append(Pattern.quote(String.valueOf(c)))
          .append("|\\\\+u").append(hex4) // JSON or Java escape, escaped again any number of times
          .append("|\\\\+").append(Pattern.quote(String.valueOf(c))) // JSON's \/ and its like
          .append("|%(?:25)*").append(hex2) // percent-encoded, possibly twice
          .append("|&#0*").append((int) c).append(';')
          .append("|&#x0*").append(hex2).append(';')
          .append(')');
    }
    return regex.toString();
  }

  /**
   * The characters of the key's Base64 that do not depend on its neighbours, when it starts {@code shift} bytes into
   * a 3-byte group of a longer encoded text.
   */
  private static String base64Core(byte[] key, int shift, Base64.Encoder encoder) {
    byte[] shifted = new byte[shift + key.length];
    System.arraycopy(key, 0, shifted, shift, key.length);
    String encoded = encoder.withoutPadding().encodeToString(shifted);
    int start = shift == 0 ? 0 : shift + 1; // the first group's chars mixing pad and key bits
    int end = (shift + key.length) / 3 * 4; // chars of the last, incomplete group may mix in what follows
    return encoded.substring(start, Math.max(start, end));
  }
}
