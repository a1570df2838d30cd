package ai.cotool.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.errors.HttpResponseInfo;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API key is blanked out of whatever a server, proxy or WAF may echo it in (text, headers,
 * bodies, exception chains), in every encoding it may have been given, and nothing else is touched.
 */
class RedactorTest {
  /** Letters, digits and punctuation; its standard and URL-safe Base64 differ. */
  private static final String KEY = "sk-live_9fQx~Tz8wAb3";

  private static final String REDACTED = Redactor.REDACTED;

  private final Redactor redactor = new Redactor(KEY);

  // ---- forms of the key in text

  @Test
  void plainKey_isBlankedOutEveryTimeItAppears() {
    assertThat(redactor.redact("Invalid API key " + KEY + " (sent as Bearer " + KEY + ")"))
        .isEqualTo("Invalid API key <redacted> (sent as Bearer <redacted>)");
    assertThat(redactor.redact(KEY.toUpperCase(Locale.ROOT))).isEqualTo(REDACTED);
  }

  @Test
  void textWithoutTheKey_isReturnedAsTheSameInstance() {
    String text = "Invalid API key sk-live_9fQx~Tz8wAb4"; // one digit off: another key
    assertThat(redactor.redact(text)).isSameAs(text);
    assertThat(redactor.redact((String) null)).isNull();
    assertThat(redactor.redact("")).isEmpty();
  }

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("percent-encoded", each(c -> "%" + hex2(c))),
        Arguments.of(
            "percent-encoded, upper case", each(c -> "%" + hex2(c).toUpperCase(Locale.ROOT))),
        Arguments.of("percent-encoded twice", each(c -> "%25" + hex2(c))),
        Arguments.of("JSON-escaped", each(c -> "\\u" + hex4(c))),
        Arguments.of("JSON-escaped, escaped again", each(c -> "\\\\u" + hex4(c))),
        Arguments.of("JavaScript \\x escapes", each(c -> "\\x" + hex2(c))),
        Arguments.of(
            "punctuation backslash-escaped",
            each(c -> Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c)),
        Arguments.of("quoted-printable", each(c -> "=" + hex2(c).toUpperCase(Locale.ROOT))),
        Arguments.of("HTML decimal references", each(c -> "&#" + (int) c + ";")),
        Arguments.of("HTML hex references without ';'", each(c -> "&#x" + hex2(c))),
        Arguments.of("HTML named reference", KEY.replace("_", "&lowbar;")),
        Arguments.of("URL-encoded JSON escape of a punctuation mark", KEY.replace("-", "%5Cu002d")),
        Arguments.of("UTF-16LE bytes read as text", each(c -> c + "\0")),
        Arguments.of("UTF-16BE bytes read as text", each(c -> "\0" + c)),
        Arguments.of(
            "every character in another form",
            mixed(c -> "%" + hex2(c), c -> "\\u" + hex4(c), c -> "&#" + (int) c + ";")),
        Arguments.of("hex", HexFormat.of().formatHex(bytes(KEY))),
        Arguments.of("hex, upper case", HexFormat.of().withUpperCase().formatHex(bytes(KEY))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void encodedKey_isBlankedOut(String encoding, String encoded) {
    String text = "echo: " + encoded + " (end)";

    assertThat(redactor.leaks(text)).isTrue();
    assertThat(redactor.redact(text)).isEqualTo("echo: <redacted> (end)");
  }

  @ParameterizedTest(name = "{0} byte(s) before the key, {1} after")
  @CsvSource({"0, 0", "1, 0", "2, 0", "3, 0", "4, 1", "5, 2", "0, 2", "1, 1"})
  void base64OfTheKey_isBlankedOutAtEveryAlignment_standardAndUrlSafe(int before, int after) {
    String credentials = "user:".substring(0, before) + KEY + "!?".substring(0, after);
    for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
      String header = "Authorization: Basic " + encoder.encodeToString(bytes(credentials));

      // what is left around the marker is only the characters that mix the key's bits with its
      // neighbours': too few to recover the key
      assertThat(redactor.redact(header))
          .matches("Authorization: Basic [A-Za-z0-9+/_=-]{0,8}<redacted>[A-Za-z0-9+/_=-]{0,8}");
    }
  }

  @Test
  void keysShorterThan8Bytes_areNotSearchedForInHexOrBase64_whichWouldMatchOrdinaryText() {
    Redactor shortKey = new Redactor("sk-1234");
    String base64 = "Basic " + Base64.getEncoder().encodeToString(bytes("sk-1234"));
    String hex = HexFormat.of().formatHex(bytes("sk-1234"));

    assertThat(shortKey.redact(base64)).isSameAs(base64);
    assertThat(shortKey.redact(hex)).isSameAs(hex);
    assertThat(shortKey.redact("key sk-1234")).isEqualTo("key <redacted>");

    Redactor eightBytes = new Redactor("sk-12345");
    assertThat(eightBytes.redact(Base64.getEncoder().encodeToString(bytes("sk-12345"))))
        .startsWith(REDACTED);
    assertThat(eightBytes.redact(HexFormat.of().formatHex(bytes("sk-12345")))).isEqualTo(REDACTED);
  }

  @Test
  void leaks_tellsWhetherTheKeyIsThereInAnyForm() {
    assertThat(redactor.leaks("key=" + KEY)).isTrue();
    assertThat(redactor.leaks("key=" + each(c -> "%" + hex2(c)))).isTrue();
    assertThat(redactor.leaks("key=sk-live")).isFalse();
    assertThat(redactor.leaks("")).isFalse();
    assertThat(redactor.leaks(null)).isFalse();
  }

  // ---- a prefix of a longer text

  @Test
  void redactPrefix_keepsTheFirstCharacters_andBlanksAKeyTheCutWouldSplitWhole() {
    String longer = "error: " + KEY + " was rejected";

    assertThat(redactor.redactPrefix(longer, 10)).isEqualTo("error: <redacted>");
    assertThat(redactor.redactPrefix(longer, 30)).isEqualTo("error: <redacted> wa");
    assertThat(redactor.redactPrefix(longer, longer.length()))
        .isEqualTo("error: <redacted> was rejected");
  }

  @Test
  void redactPrefix_aKeyStartingAtTheCut_isNotPartOfThePrefix() {
    assertThat(redactor.redactPrefix("error: " + KEY, 7)).isEqualTo("error: ");
  }

  @Test
  void redactPrefix_withoutTheKey_isThePlainPrefix() {
    assertThat(redactor.redactPrefix("no secret here", 2)).isEqualTo("no");
    assertThat(redactor.redactPrefix("no secret here", 0)).isEmpty();
  }

  @Test
  void redactPrefix_blanksEveryKeyThatStartsBeforeTheCut() {
    String longer = KEY + " and " + KEY + " and more";

    assertThat(redactor.redactPrefix(longer, KEY.length() + 6))
        .isEqualTo("<redacted> and <redacted>");
  }

  // ---- responses

  @Test
  void responseWithoutTheKey_isTheSameInstance() {
    HttpResponseInfo info =
        new HttpResponseInfo(
            401, Map.of("WWW-Authenticate", List.of("Bearer")), "{\"error\":\"bad key\"}");

    assertThat(redactor.redact(info)).isSameAs(info);
  }

  @Test
  void responseWithTheKeyInAHeaderValue_blanksItThere_andKeepsEverythingElse() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/json"));
    headers.put("X-Echo-Authorization", List.of("Bearer " + each(c -> "%" + hex2(c)), "none"));
    HttpResponseInfo info = new HttpResponseInfo(401, headers, "{\"error\":\"bad key\"}");

    HttpResponseInfo redacted = redactor.redact(info);

    assertThat(redacted.statusCode()).isEqualTo(401);
    assertThat(redacted.body()).isEqualTo("{\"error\":\"bad key\"}");
    assertThat(redacted.headers())
        .containsExactly(
            Map.entry("content-type", List.of("application/json")),
            Map.entry("x-echo-authorization", List.of("Bearer <redacted>", "none")));
  }

  @Test
  void responseWithTheKeyInHeaderNames_blanksIt_andMergesNamesThatBecomeOne() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("X-Key-" + KEY, List.of("1"));
    headers.put("X-Key-" + each(c -> "\\u" + hex4(c)), List.of("2"));

    HttpResponseInfo redacted = redactor.redact(new HttpResponseInfo(400, headers, ""));

    assertThat(redacted.headers()).containsOnlyKeys("x-key-<redacted>");
    assertThat(redacted.headers().get("x-key-<redacted>")).containsExactlyInAnyOrder("1", "2");
  }

  @Test
  void responseWithTheKeyOnlyInTheBody_blanksItThere_andKeepsEveryHeader() {
    HttpResponseInfo info =
        new HttpResponseInfo(
            401,
            Map.of("Content-Type", List.of("text/plain"), "Retry-After", List.of("3")),
            "Invalid API key " + KEY);

    HttpResponseInfo redacted = redactor.redact(info);

    assertThat(redacted.body()).isEqualTo("Invalid API key <redacted>");
    assertThat(redacted.headers()).isEqualTo(info.headers());
  }

  // ---- JSON bodies, whose strings exceptions decode

  @Test
  void jsonBodyQuotingTheKeyUnderAnEscapeOfAnEscape_isRewrittenWithTheDecodedStringRedacted() {
    String body = "{\"error\": \"Invalid API key " + jsonEscapedPercent(KEY) + "\"}";

    assertThat(body(body)).isEqualTo("{\"error\":\"Invalid API key <redacted>\"}");
  }

  @Test
  void jsonBodyRewritten_keepsEveryOtherValue_andBlanksPropertyNamesToo() {
    String body =
        "\n  {\"echo\": {\""
            + jsonEscapedPercent(KEY)
            + "\": [1, true, null, \"x\", 2.5]}, \"list\": [\"a\", \""
            + jsonEscapedPercent(KEY)
            + "\"]}";

    assertThat(body(body))
        .isEqualTo(
            "{\"echo\":{\"<redacted>\":[1,true,null,\"x\",2.5]},\"list\":[\"a\",\"<redacted>\"]}");
  }

  @Test
  void jsonArrayBody_isRewrittenToo() {
    assertThat(body("[{\"n\": 1}, \"" + jsonEscapedPercent(KEY) + "\"]"))
        .isEqualTo("[{\"n\":1},\"<redacted>\"]");
  }

  @Test
  void lenientJsonBody_singleQuoted_isRewrittenToo() {
    assertThat(body("{'error': '" + jsonEscapedPercent(KEY) + "'}"))
        .isEqualTo("{\"error\":\"<redacted>\"}");
  }

  @Test
  void jsonBodyThatCannotBeRewritten_truncatedOrSeveralValues_isReplacedWhole() {
    String cut =
        "{\"error\": \"Invalid API key "
            + jsonEscapedPercent(KEY)
            + "\", \"detail\": \"the request was rej";
    String lines = "{\"n\": 1}\n{\"error\": \"" + jsonEscapedPercent(KEY) + "\"}\n";

    assertThat(body(cut))
        .isEqualTo("<redacted> (a body that quoted the API key in an encoded form)");
    assertThat(body(lines))
        .isEqualTo("<redacted> (a body that quoted the API key in an encoded form)");
  }

  @Test
  void jsonBodyWithoutTheKeyInAnyString_keepsItsFormatting() {
    String body = "{ \"error\" : \"bad key\", \"codes\" : [ 1, 2 ] }";

    assertThat(body(body)).isSameAs(body);
    assertThat(body("{ \"error\" : \"" + KEY + "\" }")).isEqualTo("{ \"error\" : \"<redacted>\" }");
  }

  @Test
  void truncatedJsonBodyWithoutTheKey_isKeptAsReceived() {
    String cut = "{\"error\": \"rate limited\", \"detail\": \"try again in a few sec";

    assertThat(body(cut)).isSameAs(cut);
  }

  // ---- exceptions

  @Test
  void scrub_withoutTheKeyAnywhereInTheChain_keepsTheThrowable() {
    IOException e = new IOException("reset", new IllegalStateException("closed"));
    e.addSuppressed(new IOException("close failed"));

    assertThat(redactor.scrub(e)).isSameAs(e);
    assertThat(redactor.scrub(null)).isNull();
  }

  @Test
  void scrub_keyInTheMessage_givesAStandInThatPrintsAsTheOriginalWithTheKeyBlanked() {
    ProtocolException e = new ProtocolException("unexpected header: Bearer " + KEY);

    Throwable scrubbed = redactor.scrub(e);

    assertThat(scrubbed)
        .isNotSameAs(e)
        .hasMessage("unexpected header: Bearer <redacted>")
        .hasToString("java.net.ProtocolException: unexpected header: Bearer <redacted>")
        .hasNoCause();
    assertThat(scrubbed.getStackTrace()).isEqualTo(e.getStackTrace());
  }

  @Test
  void scrub_keyDeepInTheChain_replacesTheWholeChain_causesAndSuppressedIncluded() {
    IOException root = new IOException("echo: " + each(c -> "%" + hex2(c)));
    IllegalStateException middle = new IllegalStateException("closed", root);
    middle.addSuppressed(new EOFException());
    RuntimeException top = new RuntimeException(middle);

    Throwable scrubbed = redactor.scrub(top);

    assertThat(scrubbed)
        .hasToString("java.lang.RuntimeException: java.lang.IllegalStateException: closed");
    Throwable cause = scrubbed.getCause();
    assertThat(cause).hasToString("java.lang.IllegalStateException: closed");
    assertThat(cause.getStackTrace()).isEqualTo(middle.getStackTrace());
    assertThat(cause.getSuppressed()).singleElement().hasToString("java.io.EOFException");
    assertThat(cause.getSuppressed()[0].getMessage()).isNull();
    assertThat(cause.getCause()).hasToString("java.io.IOException: echo: <redacted>").hasNoCause();
    assertThat(redactor.leaks(stackTrace(scrubbed))).isFalse();
    assertThat(redactor.leaks(stackTrace(top))).isTrue();
  }

  @Test
  void scrub_keyOnlyInASuppressedException_isFoundThere() {
    IOException e = new IOException("write failed");
    e.addSuppressed(new IOException("close failed for " + KEY));

    Throwable scrubbed = redactor.scrub(e);

    assertThat(scrubbed).hasMessage("write failed");
    assertThat(scrubbed.getSuppressed())
        .singleElement()
        .hasToString("java.io.IOException: close failed for <redacted>");
  }

  @Test
  void scrub_keyOnlyInWhatTheExceptionPrints_isFoundThere() {
    Throwable e = new EchoingException("request failed", "?key=" + KEY);

    Throwable scrubbed = redactor.scrub(e);

    assertThat(scrubbed).isNotSameAs(e).hasMessage("request failed");
    assertThat(redactor.leaks(stackTrace(scrubbed))).isFalse();
  }

  @Test
  void scrub_causeCycle_ends_withOrWithoutTheKey() {
    IOException a = new IOException("a");
    IOException b = new IOException("b", a);
    a.initCause(b);
    assertThat(redactor.scrub(a)).hasToString("java.io.IOException: a");
    assertThat(redactor.leaks(stackTrace(redactor.scrub(a)))).isFalse();

    IOException leaking = new IOException("key " + KEY);
    IOException other = new IOException("other", leaking);
    leaking.initCause(other);

    List<Throwable> chain = chain(redactor.scrub(leaking));
    assertThat(chain).hasSizeBetween(2, 40);
    assertThat(chain.get(0)).hasMessage("key <redacted>");
    assertThat(chain.get(1)).hasMessage("other");
    assertThat(chain).noneMatch(t -> redactor.leaks(t.getMessage()));
  }

  @Test
  void scrub_aCloseFailureCausedByThePrimaryFailure_aCycleThroughSuppressed_ends() {
    // try-with-resources, when close() fails with an exception whose cause is the primary failure
    IOException primary = new IOException("write failed");
    primary.addSuppressed(new IOException("close failed", primary));
    assertThat(redactor.scrub(primary)).hasMessage("write failed");

    IOException leaking = new IOException("write failed for " + KEY);
    leaking.addSuppressed(new IOException("close failed", leaking));

    Throwable scrubbed = redactor.scrub(leaking);

    assertThat(scrubbed).hasMessage("write failed for <redacted>");
    assertThat(scrubbed.getSuppressed())
        .singleElement()
        .hasToString("java.io.IOException: close failed");
    assertThat(redactor.leaks(stackTrace(scrubbed))).isFalse();
  }

  @Test
  void scrub_keyAtTheBottomOfAVeryDeepChain_isNotKept() {
    Throwable e = new IOException("echo: " + KEY);
    for (int i = 1; i <= 40; i++) {
      e = new IllegalStateException("wrapped " + i, e);
    }

    Throwable scrubbed = redactor.scrub(e);

    assertThat(redactor.leaks(stackTrace(e))).isTrue();
    assertThat(scrubbed).hasMessage("wrapped 40");
    assertThat(chain(scrubbed)).hasSizeGreaterThan(30);
    assertThat(redactor.leaks(stackTrace(scrubbed))).isFalse();
  }

  @Test
  void describe_isTypeAndRedactedMessage() {
    assertThat(redactor.describe(new ProtocolException("bad header " + KEY)))
        .isEqualTo("ProtocolException: bad header <redacted>");
    assertThat(redactor.describe(new EOFException())).isEqualTo("EOFException");
  }

  @Test
  void describe_ofAStandIn_readsLikeTheOriginal() {
    Throwable scrubbed = redactor.scrub(new ProtocolException("bad header " + KEY));
    Throwable withoutMessage = redactor.scrub(new IOException(null, new IOException(KEY)));
    Throwable nested = redactor.scrub(new Nested("bad " + KEY));

    assertThat(redactor.describe(scrubbed)).isEqualTo("ProtocolException: bad header <redacted>");
    assertThat(redactor.describe(withoutMessage)).isEqualTo("IOException");
    assertThat(redactor.describe(nested)).isEqualTo("Nested: bad <redacted>");
    assertThat(withoutMessage).hasToString("java.io.IOException");
  }

  // ---- helpers

  /** An exception whose printed form says more than its message, as some libraries' do. */
  static final class EchoingException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String detail;

    EchoingException(String message, String detail) {
      super(message);
      this.detail = detail;
    }

    @Override
    public String getLocalizedMessage() {
      return getMessage() + " " + detail;
    }
  }

  private String body(String body) {
    return redactor.redact(new HttpResponseInfo(400, Map.of(), body)).body();
  }

  private static List<Throwable> chain(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && chain.size() < 100; t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  /** The key percent-encoded, with each {@code %} JSON-escaped: none of the forms known alone. */
  private static String jsonEscapedPercent(String key) {
    return encode(key, c -> "\\u0025" + hex2(c));
  }

  private static String each(Function<Character, String> form) {
    return encode(KEY, form);
  }

  @SafeVarargs
  private static String mixed(Function<Character, String>... forms) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < KEY.length(); i++) {
      out.append(forms[i % forms.length].apply(KEY.charAt(i)));
    }
    return out.toString();
  }

  private static String encode(String text, Function<Character, String> form) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(form.apply(c));
    }
    return out.toString();
  }

  private static String hex2(char c) {
    return String.format(Locale.ROOT, "%02x", (int) c);
  }

  private static String hex4(char c) {
    return String.format(Locale.ROOT, "%04x", (int) c);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static final class Nested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Nested(String message) {
      super(message);
    }
  }
}
