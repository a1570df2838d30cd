package ai.cotool.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.InvalidParameterException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The constraint checks at their boundaries, as the generated params' build() calls them. */
class ValidateTest {

  @Test
  void length_countsCodePoints_andAcceptsBothEnds() {
    assertThat(Validate.length("name", "ab", 2, 3)).isEqualTo("ab");
    assertThat(Validate.length("name", "abc", 2, 3)).isEqualTo("abc");
    assertThat(Validate.length("name", "\uD83D\uDE00\uD83D\uDE00", 2, 2))
        .hasSize(4); // two code points
    assertThat(Validate.length("name", null, 2, 3)).isNull();
    assertThatThrownBy(() -> Validate.length("name", "a", 2, 3))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("must be 2 to 3 characters long, was 1");
    assertThatThrownBy(() -> Validate.length("name", "abcd", 2, 3))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("was 4");
    assertThatThrownBy(() -> Validate.length("q", "", 1, Integer.MAX_VALUE))
        .hasMessageContaining("must be at least 1 characters long, was 0");
  }

  @Test
  void range_acceptsBothEnds() {
    assertThat(Validate.range("limit", 1, 1, 200)).isEqualTo(1);
    assertThat(Validate.range("limit", 200, 1, 200)).isEqualTo(200);
    assertThatThrownBy(() -> Validate.range("limit", 0, 1, 200))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("must be between 1 and 200, was 0");
    assertThatThrownBy(() -> Validate.range("limit", 201, 1, 200)).hasMessageContaining("was 201");
    assertThatThrownBy(() -> Validate.range("offset", -1, 0, Long.MAX_VALUE))
        .hasMessageContaining("must be at least 0, was -1");
  }

  @Test
  void minItems_andNoNullItems() {
    assertThat(Validate.minItems("ids", List.of("a"), 1)).containsExactly("a");
    assertThat(Validate.<List<String>>minItems("ids", null, 1)).isNull();
    assertThatThrownBy(() -> Validate.minItems("ids", List.of(), 1))
        .hasMessageContaining("at least 1 item(s)");
    assertThatThrownBy(() -> Validate.noNullItems("ids", java.util.Arrays.asList("a", null)))
        .hasMessageContaining("must not contain null");
  }

  @Test
  void notBlankAndRequired() {
    assertThat(Validate.notBlank("name", null)).isNull();
    assertThat(Validate.notBlank("name", " x ")).isEqualTo(" x ");
    assertThatThrownBy(() -> Validate.notBlank("name", " \t"))
        .hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> Validate.required("name", null)).hasMessageContaining("is required");
  }

  @Test
  void unpairedSurrogate_findsTheFirstLoneHalf() {
    assertThat(Validate.unpairedSurrogate("plain")).isEqualTo(-1);
    assertThat(Validate.unpairedSurrogate("a\uD83D\uDE00b")).isEqualTo(-1);
    assertThat(Validate.unpairedSurrogate("ab\uD83D")).isEqualTo(2); // high at the end
    assertThat(Validate.unpairedSurrogate("a\uD83Db")).isEqualTo(1); // high before a non-low
    assertThat(Validate.unpairedSurrogate("\uDE00\uD83D")).isEqualTo(0); // low first
    assertThat(Validate.unpairedSurrogate("\uD83D\uDE00\uDE00"))
        .isEqualTo(2); // a pair, then a lone low
    assertThatThrownBy(() -> Validate.wellFormed("name", "x\uD83D"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("\\ud83d at index 1");
    assertThat(Validate.wellFormed("name", null)).isNull();
  }

  @Test
  void uuid_canonicalLowerCase() {
    assertThat(Validate.uuid("id", "3C90C3CC-0D44-4B50-8888-8DD25736052A"))
        .isEqualTo("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    assertThat(Validate.uuid("id", null)).isNull();
    assertThatThrownBy(() -> Validate.uuid("id", "3c90c3cc0d444b5088888dd25736052a"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("must be a UUID");
  }

  @Test
  void httpUrl_absoluteHttpOrHttpsWithAHost() {
    assertThat(Validate.httpUrl("url", "HTTPS://hooks.example.com/x"))
        .isEqualTo("HTTPS://hooks.example.com/x");
    assertThat(Validate.httpUrl("url", "http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080");
    assertThat(Validate.httpUrl("url", null)).isNull();
    for (String bad :
        List.of(
            "/relative",
            "ftp://example.com/x",
            "https:///no-host",
            "mailto:a@example.com",
            "http://exa mple.com")) {
      assertThatThrownBy(() -> Validate.httpUrl("url", bad))
          .as(bad)
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageContaining("must be an absolute http(s) URL");
    }
  }

  @Test
  void commaValues_inOrder_duplicatesDropped() {
    assertThat(Validate.commaValues("statuses", "b", "a", "b")).containsExactly("b", "a");
    assertThatThrownBy(() -> Validate.commaValues("statuses", "a,b"))
        .hasMessageContaining("cannot contain a comma");
    assertThatThrownBy(() -> Validate.commaValues("statuses", " "))
        .hasMessageContaining("null or blank");
  }

  @Test
  void commaValues_aCommaAnywhere_evenFirst_isRejected() {
    assertThatThrownBy(() -> Validate.commaValues("statuses", ",open"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("statuses: a value cannot contain a comma (the list separator): ,open");
    assertThatThrownBy(() -> Validate.commaValues("statuses", "open", null))
        .hasMessage("statuses: values must not be null or blank");
  }

  @Test
  void wellFormed_aLoneSurrogateFirst_isRejectedWithItsIndex() {
    assertThatThrownBy(() -> Validate.wellFormed("q", "\uDE00 and more"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "q: contains an unpaired UTF-16 surrogate (\\ude00 at index 0), which cannot be"
                + " encoded as UTF-8");
  }

  @Test
  void wellFormedJson_namesThePropertyHoldingTheSurrogate_byItsPath() {
    String json =
        "{\"n\": 1, \"t\": true, \"z\": null, \"o\": {}, \"e\": [],"
            + " \"alert\": {\"tags\": [\"a\", \"b\", \"x\uD83D\"]}}";

    assertThatThrownBy(() -> Validate.wellFormedJson("payload", json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("payload.alert.tags[2]: contains an unpaired UTF-16 surrogate")
        .hasMessageContaining("at index 1)")
        .extracting(e -> ((InvalidParameterException) e).field())
        .isEqualTo("payload.alert.tags[2]");
    assertThatThrownBy(() -> Validate.wellFormedJson("", json))
        .hasMessageStartingWith("alert.tags[2]: ");
  }

  @Test
  void wellFormedJson_aBodyThatIsAnArray_isNamedBody() {
    assertThatThrownBy(() -> Validate.wellFormedJson("", "[{\"a\": \"ok\"}, {\"a\": \"\uD83D\"}]"))
        .hasMessageStartingWith("body[1].a: ");
  }

  @Test
  void wellFormedJson_aSurrogateInAPropertyName_namesThatProperty() {
    assertThatThrownBy(() -> Validate.wellFormedJson("payload", "{\"ok\": 1, \"b\uDE00\": 2}"))
        .hasMessageContaining("(\\ude00 at index 1)")
        .extracting(e -> ((InvalidParameterException) e).field())
        .isEqualTo("payload.b\uDE00");
  }

  @Test
  void wellFormedJson_aSurrogateOutsideAnyStringOrInText_namesTheRoot() {
    assertThatThrownBy(() -> Validate.wellFormedJson("payload", "[1, \uD83D]"))
        .hasMessage(
            "payload: contains an unpaired UTF-16 surrogate (\\ud83d at index 4), which cannot be"
                + " encoded as UTF-8");
    assertThatThrownBy(() -> Validate.wellFormedJson("", "\uD83D"))
        .hasMessageStartingWith("body: ")
        .hasMessageContaining("at index 0)");
  }

  @Test
  void wellFormedJson_wellFormedOrMissing_passes() {
    Validate.wellFormedJson("payload", null);
    Validate.wellFormedJson("payload", "{\"emoji\": \"\uD83D\uDE00\"}");
    Validate.wellFormedJson("payload", "not JSON, but sendable");
  }

  @Test
  void singleJsonValue_acceptsExactlyOneValue() {
    assertThat(Validate.singleJsonValue("body", " {\"a\": [1, 2.5, null]}\n"))
        .isEqualTo(" {\"a\": [1, 2.5, null]}\n");
    assertThat(Validate.singleJsonValue("body", "\"text\"")).isEqualTo("\"text\"");
    assertThat(Validate.singleJsonValue("body", "42")).isEqualTo("42");
  }

  @Test
  void singleJsonValue_rejectsWhatIsNotExactlyOneStrictValue() {
    for (String bad :
        List.of(
            "",
            "{",
            "{} {}",
            "{}x",
            "{'a': 1}",
            "[1,]",
            "NaN",
            "// note\n{}",
            "{a: 1}",
            "TRUE", // RFC 8259: literals are lower case,
            "\"a\tb\"")) { // and control characters in strings escaped
      assertThatThrownBy(() -> Validate.singleJsonValue("body", bad))
          .as(bad)
          .isInstanceOf(InvalidParameterException.class)
          .hasMessage("body: is not a single valid JSON value");
    }
    assertThatThrownBy(() -> Validate.singleJsonValue("body", "\uFEFF{}"))
        .hasMessage("body: must not start with a byte order mark (RFC 8259)");
    assertThatThrownBy(() -> Validate.singleJsonValue("body", null))
        .hasMessage("body: is required");
  }

  @Test
  void singleJsonValue_namesTheValueHoldingALoneSurrogate() {
    assertThatThrownBy(() -> Validate.singleJsonValue("body", "{\"a\": [\"\uD83D\"]}"))
        .hasMessageStartingWith("body.a[0]: contains an unpaired UTF-16 surrogate");
  }
}
