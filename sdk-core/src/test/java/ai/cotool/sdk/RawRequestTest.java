package ai.cotool.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.models.AlertSeverity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RawRequest} on its own: which path templates it takes, how each path value is encoded into
 * one segment, and every refusal naming its field. Nothing is sent here; {@link RawRequestWireTest}
 * shows the same on the wire.
 */
class RawRequestTest {
  private static final String ID = "{id}";

  private static void assertRefused(ThrowingCallable call, String field) {
    assertThat(catchThrowable(call))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static String pathWith(String value) {
    return RawRequest.get("/api/audit-logs/" + ID).pathParam("id", value).build().path();
  }

  // --- templates
  // --------------------------------------------------------------------------------------------------

  @Test
  void aTemplateWithoutPlaceholders_isTheLiteralPath() {
    RawRequest request = RawRequest.get("/api/audit-logs").build();

    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.pathTemplate()).isEqualTo("/api/audit-logs");
    assertThat(request.path()).isEqualTo("/api/audit-logs");
    assertThat(request.pathParams()).isEmpty();
    assertThat(request.queryParams()).isEmpty();
    assertThat(request.jsonBody()).isEmpty();
  }

  @Test
  void literalPunctuationAPathSegmentCarries_isSentAsWritten() {
    assertThat(RawRequest.post("/api/v1/things:search/~a-b_c.d/x=1,y@2!$&'()*+").build().path())
        .isEqualTo("/api/v1/things:search/~a-b_c.d/x=1,y@2!$&'()*+");
  }

  @Test
  void placeholders_mayShareASegmentWithText() {
    RawRequest request =
        RawRequest.get("/api/exports/{name}.{format}")
            .pathParam("name", "q1/2026")
            .pathParam("format", "csv")
            .build();

    assertThat(request.path()).isEqualTo("/api/exports/q1%2F2026.csv");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "api/audit-logs",
        "https://evil.example/api/audit-logs",
        "//evil.example/api/audit-logs",
        "/api//audit-logs",
        "/api/audit-logs/",
        "/",
        "/api/../admin",
        "/api/./audit-logs",
        "/api/audit-logs?limit=5",
        "/api/audit-logs#top",
        "/api/audit%2Flogs",
        "/api/audit-logs;jsessionid=1",
        "/api/audit logs",
        "/api/audit\\logs",
        "/api/journal\u00e9",
        "/api/{}",
        "/api/{1st}",
        "/api/{id",
        "/api/id}",
        "/api/{a-b}",
        "/api/{id}/{id}",
        "/api/{{id}}",
        "/api/\ud800"
      })
  void aTemplateThatIsNotAPlainPath_isRefusedAsPath(String template) {
    assertRefused(() -> RawRequest.get(template), "path");
    assertRefused(() -> RawRequest.delete(template), "path");
  }

  @Test
  void aNullTemplate_isRefusedAsPath() {
    assertRefused(() -> RawRequest.post(null), "path");
  }

  // --- path values
  // --------------------------------------------------------------------------------------------------

  static Stream<Arguments> pathValues() {
    return Stream.of(
        arguments("log_7", "log_7"),
        arguments("a/b", "a%2Fb"),
        arguments("../admin", "..%2Fadmin"),
        arguments("../../api/detections", "..%2F..%2Fapi%2Fdetections"),
        arguments("%2e%2e", "%252e%252e"),
        arguments("%2F", "%252F"),
        arguments("x?admin=true", "x%3Fadmin=true"),
        arguments("x#frag", "x%23frag"),
        arguments("..;", "..%3B"),
        arguments("a;jsessionid=1", "a%3Bjsessionid=1"),
        arguments("a\\b", "a%5Cb"),
        arguments("a b", "a%20b"),
        arguments("\t\r\n", "%09%0D%0A"),
        arguments("\u00e9", "%C3%A9"),
        arguments("\ud83d\ude00", "%F0%9F%98%80"),
        arguments("...", "..."),
        arguments("a+b:c@d=e,f", "a+b:c@d=e,f"),
        arguments("{id}", "%7Bid%7D"));
  }

  @ParameterizedTest
  @MethodSource("pathValues")
  void aPathValue_isEncodedAsOneSegment(String value, String encoded) {
    assertThat(pathWith(value)).isEqualTo("/api/audit-logs/" + encoded);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", ".."})
  void aPathValueThatWouldMakeItsSegmentEmptyOrADotSegment_isRefused(String value) {
    assertRefused(() -> pathWith(value), "pathParams.id");
  }

  @Test
  void aValueNextToTextMayBeEmptyOrDots_asItsSegmentStaysOneName() {
    RawRequest request = RawRequest.get("/api/exports/{name}.json").pathParam("name", "..").build();

    assertThat(request.path()).isEqualTo("/api/exports/...json");
    assertRefused(
        () -> RawRequest.get("/api/{a}{b}").pathParam("a", ".").pathParam("b", "").build(),
        "pathParams.b");
  }

  @Test
  void aMissingUnknownNullOrMalformedPathValue_isRefusedNamingIt() {
    assertRefused(() -> RawRequest.get("/api/audit-logs/{id}").build(), "pathParams.id");
    assertRefused(
        () -> RawRequest.get("/api/audit-logs/{id}").pathParam("other", "x"), "pathParams.other");
    assertRefused(() -> RawRequest.get("/api/audit-logs").pathParam("id", "x"), "pathParams.id");
    assertRefused(
        () -> RawRequest.get("/api/audit-logs/{id}").pathParam("id", null), "pathParams.id");
    assertRefused(() -> RawRequest.get("/api/audit-logs/{id}").pathParam(null, "x"), "pathParams");
    assertRefused(
        () -> RawRequest.get("/api/audit-logs/{id}").pathParam("id", "a\ud800b"), "pathParams.id");
  }

  // --- query and body
  // -----------------------------------------------------------------------------------------------

  @Test
  void queryParams_keepTheirOrderAndRepeatedNames() {
    RawRequest request =
        RawRequest.get("/api/audit-logs")
            .queryParam("actor", "a")
            .queryParam("limit", "10")
            .queryParam("actor", "b")
            .build();

    assertThat(request.queryParams())
        .containsExactly(
            Map.entry("actor", "a"), Map.entry("limit", "10"), Map.entry("actor", "b"));
  }

  @Test
  void aNullEmptyOrMalformedQueryParam_isRefusedNamingIt() {
    assertRefused(() -> RawRequest.get("/api/audit-logs").queryParam("q", null), "queryParams.q");
    assertRefused(() -> RawRequest.get("/api/audit-logs").queryParam(null, "x"), "queryParams");
    assertRefused(() -> RawRequest.get("/api/audit-logs").queryParam("", "x"), "queryParams.");
    assertRefused(
        () -> RawRequest.get("/api/audit-logs").queryParam("q", "\udc00"), "queryParams.q");
    assertRefused(() -> RawRequest.get("/api/audit-logs").queryParam("\udc00", "x"), "queryParams");
  }

  @Test
  void body_writesJavaValuesAsJson_likeATriggerPayload() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("severity", AlertSeverity.CRITICAL);
    body.put("at", Instant.parse("2026-03-02T09:00:00Z"));
    body.put("tags", List.of("sudo", 3));
    body.put("note", null);

    RawRequest request =
        RawRequest.patch("/api/detections/{id}").pathParam("id", "d1").body(body).build();

    assertThat(request.jsonBody())
        .contains(
            "{\"severity\":\"critical\",\"at\":\"2026-03-02T09:00:00Z\",\"tags\":[\"sudo\",3],\"note\":null}");
  }

  @Test
  void jsonBody_isSentAsGiven() {
    String json = "{ \"enabled\" : false }";

    assertThat(RawRequest.put("/api/x").jsonBody(json).build().jsonBody()).contains(json);
  }

  @Test
  void aBodyOnAGet_isRefused() {
    assertRefused(() -> RawRequest.get("/api/audit-logs").jsonBody("{}"), "body");
    assertRefused(() -> RawRequest.get("/api/audit-logs").body(Map.of()), "body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "{} {}", "{\"a\":1,}", "\uFEFF{}", "hello"})
  void jsonBodyThatIsNotOneJsonValue_isRefused(String json) {
    assertRefused(() -> RawRequest.post("/api/x").jsonBody(json), "body");
  }

  @Test
  void aBodyWithoutJsonForm_isRefusedNamingWhere() {
    Throwable thrown =
        catchThrowable(() -> RawRequest.post("/api/x").body(Map.of("file", new Object())));

    assertThat(thrown)
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("body.file");
    assertRefused(() -> RawRequest.post("/api/x").jsonBody(null), "body");
    assertRefused(() -> RawRequest.post("/api/x").body(Map.of("name", "a\ud800")), "body.name");
  }

  // --- value semantics
  // ----------------------------------------------------------------------------------------------

  @Test
  void aRequestIsImmutable_andToBuilderMakesAVariant() {
    RawRequest.Builder builder =
        RawRequest.get("/api/audit-logs/{id}").pathParam("id", "a").queryParam("x", "1");
    RawRequest first = builder.build();
    builder.pathParam("id", "b").queryParam("y", "2");

    RawRequest second = first.toBuilder().pathParam("id", "c").build();

    assertThat(first.path()).isEqualTo("/api/audit-logs/a");
    assertThat(first.queryParams()).containsExactly(Map.entry("x", "1"));
    assertThat(second.path()).isEqualTo("/api/audit-logs/c");
    assertThat(second.queryParams()).containsExactly(Map.entry("x", "1"));
    assertThat(catchThrowable(() -> first.pathParams().put("id", "z")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(catchThrowable(() -> first.queryParams().add(Map.entry("z", "z"))))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalRequests_areEqual() {
    RawRequest a =
        RawRequest.post("/api/{id}")
            .pathParam("id", "1")
            .queryParam("q", "x")
            .jsonBody("{}")
            .build();
    RawRequest b =
        RawRequest.post("/api/{id}")
            .pathParam("id", "1")
            .queryParam("q", "x")
            .jsonBody("{}")
            .build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a)
        .isNotEqualTo(a.toBuilder().pathParam("id", "2").build())
        .isNotEqualTo(
            RawRequest.put("/api/{id}")
                .pathParam("id", "1")
                .queryParam("q", "x")
                .jsonBody("{}")
                .build())
        .isNotEqualTo(a.toBuilder().jsonBody("[]").build());
  }

  @Test
  void toString_showsMethodTemplateAndNames_neverAValueOrTheBody() {
    RawRequest request =
        RawRequest.post("/api/audit-logs/{id}/export")
            .pathParam("id", "secret-id-1")
            .queryParam("token", "secret-token-2")
            .jsonBody("{\"password\":\"secret-3\"}")
            .build();

    assertThat(request.toString())
        .isEqualTo(
            "RawRequest{POST /api/audit-logs/{id}/export, pathParams=[id], queryParams=[token],"
                + " body=23 chars}")
        .doesNotContain("secret");
  }
}
