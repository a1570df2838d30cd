package ai.cotool.sdk.internal;

import ai.cotool.sdk.errors.HttpResponseInfo;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.StringReader;
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
 * Blanks the API key out of text the SDK shows: exception messages, kept response bodies and
 * headers, log lines and the messages of foreign exceptions in a cause chain. The one place this is
 * decided. Not API.
 *
 * <p>A server, proxy or WAF may echo the Authorization header in any encoding, so the key is found
 * in each of these forms, and in mixtures of them character by character: as is; JSON-escaped (
 * <code>&#92;u0041</code>, {@code \/}, any case, escaped again); percent-encoded (any case, encoded
 * again); as HTML character references; and, for keys of at least {@value #MIN_KEY_FOR_ENCODINGS}
 * characters, hex and Base64 (standard and URL-safe, at each of the three byte alignments it can
 * have inside a longer encoded text, such as {@code Basic} credentials or a Base64 dump of the
 * request).
 */
public final class Redactor {
  /** What replaces the key. */
  public static final String REDACTED = "<redacted>";

  /** Shorter keys are not searched for in hex or Base64: those forms would match ordinary text. */
  static final int MIN_KEY_FOR_ENCODINGS = 8;

  /** HTML5's named references of the ASCII punctuation a key may hold. */
  private static final Map<Character, String> HTML_NAMES =
      Map.ofEntries(
          Map.entry('/', "sol"),
          Map.entry('+', "plus"),
          Map.entry('=', "equals"),
          Map.entry(':', "colon"),
          Map.entry('.', "period"),
          Map.entry(',', "comma"),
          Map.entry('_', "lowbar|UnderBar"),
          Map.entry('#', "num"),
          Map.entry('!', "excl"),
          Map.entry('?', "quest"),
          Map.entry('&', "amp"),
          Map.entry('<', "lt"),
          Map.entry('>', "gt"),
          Map.entry('"', "quot"),
          Map.entry('\'', "apos"),
          Map.entry('%', "percnt"),
          Map.entry('$', "dollar"),
          Map.entry('*', "ast|midast"),
          Map.entry('(', "lpar"),
          Map.entry(')', "rpar"),
          Map.entry('[', "lsqb|lbrack"),
          Map.entry(']', "rsqb|rbrack"),
          Map.entry('{', "lcub|lbrace"),
          Map.entry('}', "rcub|rbrace"),
          Map.entry('|', "vert|verbar|VerticalLine"),
          Map.entry('\\', "bsol"),
          Map.entry('^', "Hat"),
          Map.entry('`', "grave|DiacriticalGrave"),
          Map.entry(';', "semi"),
          Map.entry('@', "commat"));

  private static final Gson REWRITER =
      new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  private final Pattern pattern;

  public Redactor(String key) {
    this.pattern = Pattern.compile(alternatives(key), Pattern.CASE_INSENSITIVE);
  }

  /**
   * @return the text with every form of the key replaced, or the same instance when it holds none
   */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.replaceAll(REDACTED) : text;
  }

  /**
   * The first {@code keep} characters of a text cut from {@code longer}, redacted: a key that the
   * cut would split is still found (in {@code longer}) and blanked whole.
   */
  public String redactPrefix(String longer, int keep) {
    Matcher matcher = pattern.matcher(longer);
    StringBuilder out = new StringBuilder(keep + REDACTED.length());
    int last = 0;
    while (matcher.find() && matcher.start() < keep) {
      out.append(longer, last, matcher.start()).append(REDACTED);
      last = matcher.end();
    }
    if (last < keep) {
      out.append(longer, last, keep);
    }
    return out.toString();
  }

  /**
   * @return whether the text holds the key in any form
   */
  public boolean leaks(@Nullable String text) {
    return text != null && pattern.matcher(text).find();
  }

  /**
   * @return the response with the key blanked out of header names, values and body, or the same
   *     instance
   */
  public HttpResponseInfo redact(HttpResponseInfo info) {
    boolean inHeaders =
        info.headers().entrySet().stream()
            .anyMatch(
                header ->
                    leaks(header.getKey()) || header.getValue().stream().anyMatch(this::leaks));
    String body = redactBody(info.body());
    if (!inHeaders && body.equals(info.body())) {
      return info;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    info.headers()
        .forEach(
            (name, values) ->
                headers
                    .computeIfAbsent(redact(name), n -> new ArrayList<>())
                    .addAll(values.stream().map(this::redact).toList()));
    return new HttpResponseInfo(info.statusCode(), headers, body);
  }

  /**
   * A body with the key blanked out of its text and, when it is JSON, out of what its strings
   * decode to (an exception's {@code errorMessage()} is decoded from it): a JSON string that holds
   * the key under an escape this class does not know by itself (<code>&#92;u0025 2F</code>: a
   * JSON-escaped percent-encoding) is redacted after decoding, and the JSON written anew.
   */
  String redactBody(String body) {
    String text = redact(body);
    String start = text.stripLeading();
    if (!(start.startsWith("{") || start.startsWith("[")) || !decodedLeaks(text)) {
      return text;
    }
    try {
      return REWRITER.toJson(redactStrings(JsonParser.parseString(text)));
    } catch (RuntimeException | StackOverflowError e) {
      return REDACTED + " (a body that quoted the API key in an encoded form)";
    }
  }

  // setLenient is deprecated since Gson 2.11 for setStrictness, which Gson 2.10.1 (the supported
  // floor) lacks
  @SuppressWarnings("deprecation")
  private boolean decodedLeaks(String json) {
    try (JsonReader in = new JsonReader(new StringReader(json))) {
      in.setLenient(true);
      for (JsonToken token = in.peek(); token != JsonToken.END_DOCUMENT; token = in.peek()) {
        switch (token) {
          case NAME -> {
            if (leaks(in.nextName())) {
              return true;
            }
          }
          case STRING -> {
            if (leaks(in.nextString())) {
              return true;
            }
          }
          case BEGIN_ARRAY -> in.beginArray();
          case END_ARRAY -> in.endArray();
          case BEGIN_OBJECT -> in.beginObject();
          case END_OBJECT -> in.endObject();
          default -> in.skipValue();
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false; // not JSON after all: nothing decodes it
    }
  }

  private JsonElement redactStrings(JsonElement element) {
    if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
      return new JsonPrimitive(redact(element.getAsString()));
    }
    if (element.isJsonArray()) {
      JsonArray array = new JsonArray();
      element.getAsJsonArray().forEach(item -> array.add(redactStrings(item)));
      return array;
    }
    if (element.isJsonObject()) {
      JsonObject object = new JsonObject();
      element
          .getAsJsonObject()
          .entrySet()
          .forEach(e -> object.add(redact(e.getKey()), redactStrings(e.getValue())));
      return object;
    }
    return element;
  }

  /**
   * A cause chain fit to keep: the throwable itself when no message in its chain (causes and
   * suppressed included) shows the key, else a stand-in chain that reads the same with the key
   * blanked out (see {@link Scrubbed}). A chain more than 33 throwables deep, or with a cycle, is
   * not searched to its end: it gets a stand-in, cut at that depth.
   */
  public @Nullable Throwable scrub(@Nullable Throwable e) {
    return e == null || !leaksAnywhere(e, 0) ? e : scrubbed(e, 0);
  }

  /**
   * @return {@code "Type: message"} of a throwable, with the key blanked out
   */
  public String describe(Throwable e) {
    String type =
        e instanceof Scrubbed ? simpleName(((Scrubbed) e).type) : e.getClass().getSimpleName();
    String message = e instanceof Scrubbed ? ((Scrubbed) e).text : e.getMessage();
    return message == null ? type : type + ": " + redact(message);
  }

  /**
   * {@code java.net.ProtocolException} and {@code a.Outer$Inner} as {@link Class#getSimpleName()}.
   */
  private static String simpleName(String className) {
    return className.substring(
        Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
  }

  private boolean leaksAnywhere(@Nullable Throwable e, int depth) {
    if (e == null) {
      return false;
    }
    if (depth > 32) {
      return true; // deeper than the stand-in chain goes (a cycle, say): assume the worst
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

  private @Nullable Throwable scrubbed(@Nullable Throwable e, int depth) {
    if (e == null || depth > 32) {
      return null;
    }
    Throwable cause = e.getCause() == e ? null : scrubbed(e.getCause(), depth + 1);
    String message = e.getMessage();
    Scrubbed copy =
        new Scrubbed(e.getClass().getName(), message == null ? null : redact(message), cause);
    copy.setStackTrace(e.getStackTrace());
    for (Throwable suppressed : e.getSuppressed()) {
      Throwable kept = scrubbed(suppressed, depth + 1);
      if (kept != null) { // null: beyond the depth the stand-in keeps
        copy.addSuppressed(kept);
      }
    }
    return copy;
  }

  /**
   * Stands in for a foreign exception whose text showed the API key: same class name, message and
   * stack trace as the original, key blanked out. Prints as the original would ({@code
   * java.net.ProtocolException: …}).
   */
  static final class Scrubbed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;
    private final @Nullable String text;

    Scrubbed(String type, @Nullable String text, @Nullable Throwable cause) {
      super(text, cause);
      this.type = type;
      this.text = text;
    }

    // the stand-in prints as the exception it replaces: its class name, then the redacted message
    @SuppressWarnings("OverrideThrowableToString")
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

  /**
   * Each character as itself or any escape of it, so that mixed escaping matches too; a NUL may
   * follow or precede each (the key's UTF-16 bytes read as text). A punctuation character may also
   * stand as any short run of non-space characters, which covers escapes of escapes.
   */
  private static String charByChar(String key) {
    StringBuilder regex = new StringBuilder("\\x00?");
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      String hex2 = String.format(Locale.ROOT, "%02x", (int) c);
      String hex4 = String.format(Locale.ROOT, "%04x", (int) c);
      regex
          .append("(?:")
          .append(Pattern.quote(String.valueOf(c)))
          .append("|\\\\+u")
          .append(hex4) // JSON or Java escape, escaped again any number of times
          .append("|\\\\+x")
          .append(hex2) // C, JavaScript and Python escape
          .append("|\\\\+")
          .append(Pattern.quote(String.valueOf(c))) // JSON's \/ and its like
          .append("|%(?:25)*")
          .append(hex2) // percent-encoded, possibly twice
          .append("|=")
          .append(hex2) // quoted-printable
          .append("|&#0*")
          .append((int) c)
          .append(";?") // HTML character references, the ';' optional as in HTML
          .append("|&#x0*")
          .append(hex2)
          .append(";?");
      String named = HTML_NAMES.get(c);
      if (named != null) {
        regex.append("|&(?:").append(named).append(");?");
      }
      if (!Character.isLetterOrDigit(c)) {
        regex.append(
            "|\\S{1,16}?"); // an escape of an escape; the letters and digits around it must match
      }
      regex.append(")\\x00?");
    }
    return regex.toString();
  }

  /**
   * The characters of the key's Base64 that do not depend on its neighbours, when it starts {@code
   * shift} bytes into a 3-byte group of a longer encoded text.
   */
  private static String base64Core(byte[] key, int shift, Base64.Encoder encoder) {
    byte[] shifted = new byte[shift + key.length];
    System.arraycopy(key, 0, shifted, shift, key.length);
    String encoded = encoder.withoutPadding().encodeToString(shifted);
    int start = shift == 0 ? 0 : shift + 1; // the first group's chars mixing pad and key bits
    int end =
        (shift + key.length) / 3 * 4; // chars of the last, incomplete group may mix in what follows
    return encoded.substring(start, Math.max(start, end));
  }
}
