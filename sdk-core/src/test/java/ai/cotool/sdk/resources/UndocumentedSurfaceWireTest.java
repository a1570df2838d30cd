package ai.cotool.sdk.resources;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.errors.InvalidParameterException;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.DetectionCategory;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.PagerDutySeverity;
import ai.cotool.sdk.models.WebhookAuthType;
import ai.cotool.sdk.testsupport.SpecJson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a user reaches for when the API is ahead of the SDK: body properties the builders do not
 * know, response properties the models do not know, and query parameters the params do not know —
 * and the guard that keeps the last from changing what an operation's own parameters mean.
 */
class UndocumentedSurfaceWireTest extends WireMockClientTestBase {

  private static CreateDetectionParams.Builder detection() {
    return CreateDetectionParams.builder()
        .name("Sudoers change")
        .detectionCategory(DetectionCategory.PRIVILEGE_ESCALATION)
        .systemPrompt("p")
        .detectionQuery("q");
  }

  // --- additional body properties on the wire
  // ---------------------------------------------------------------------

  @Test
  void
      createDetection_sendsAdditionalPropertiesAfterTheDocumentedOnes_inOrder_nullsAndNestingIncluded() {
    server.stubFor(post("/api/detections").willReturn(okJson(fixture("detection-created.json"))));
    Map<String, Object> routing = new LinkedHashMap<>();
    routing.put("queue", "tier-2");
    routing.put("weights", List.of(1, 2.5, new BigDecimal("1e3")));

    client
        .detections()
        .create(
            detection()
                .putAdditionalBodyProperty("priority", "p1")
                .putAdditionalBodyProperty("routing", routing)
                .putAdditionalBodyProperty("owner", null)
                .putAdditionalBodyProperty("muted", false)
                .putAdditionalBodyProperty("budget", 9007199254740993L)
                .build());

    // byte for byte: the documented properties as before, then the added ones in the order they
    // were added
    assertThat(onlyRequest().getBodyAsString())
        .isEqualTo(
            "{\"name\":\"Sudoers change\","
                + "\"detectionCategory\":\"privilege_escalation\",\"systemPrompt\":\"p\",\"detectionQuery\":\"q\","
                + "\"priority\":\"p1\",\"routing\":{\"queue\":\"tier-2\",\"weights\":[1,2.5,1E+3]},\"owner\":null,"
                + "\"muted\":false,\"budget\":9007199254740993}");
  }

  @Test
  void createDetection_withoutAdditionalProperties_sendsNoNulls() {
    server.stubFor(post("/api/detections").willReturn(okJson(fixture("detection-created.json"))));

    client.detections().create(detection().description(null).build());

    assertThat(onlyRequest().getBodyAsString())
        .isEqualTo(
            "{\"name\":\"Sudoers change\","
                + "\"detectionCategory\":\"privilege_escalation\",\"systemPrompt\":\"p\",\"detectionQuery\":\"q\"}");
  }

  /**
   * One builder per kind, each given the added properties: the kinds' builders share no public
   * type.
   */
  static Stream<Arguments> everyDestinationKind() {
    return Stream.of(
        kind(
            "webhook",
            extras ->
                OutputDestinationParams.webhook()
                    .name("w")
                    .url("https://soar.example.com/in")
                    .authType(WebhookAuthType.BEARER)
                    .putAllAdditionalBodyProperties(extras)
                    .build()),
        kind(
            "teams",
            extras ->
                OutputDestinationParams.teams()
                    .name("t")
                    .url("https://teams.example.com/hook")
                    .putAllAdditionalBodyProperties(extras)
                    .build()),
        kind(
            "slack",
            extras ->
                OutputDestinationParams.slack()
                    .name("s")
                    .channelIds("C1")
                    .putAllAdditionalBodyProperties(extras)
                    .build()),
        kind(
            "pagerduty",
            extras ->
                OutputDestinationParams.pagerDuty()
                    .name("p")
                    .severity(PagerDutySeverity.INFO)
                    .putAllAdditionalBodyProperties(extras)
                    .build()),
        kind(
            "linear",
            extras ->
                OutputDestinationParams.linear()
                    .name("l")
                    .teamId("T1")
                    .putAllAdditionalBodyProperties(extras)
                    .build()),
        kind(
            "tines",
            extras ->
                OutputDestinationParams.tines()
                    .name("n")
                    .teamId("42")
                    .putAllAdditionalBodyProperties(extras)
                    .build()));
  }

  private static Arguments kind(
      String type, Function<Map<String, Object>, OutputDestinationParams> build) {
    return Arguments.of(type, build);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyDestinationKind")
  void createDestination_sendsAdditionalPropertiesLast_andReadsTheResponsesUnknownOnes(
      String type, Function<Map<String, Object>, OutputDestinationParams> build) {
    JsonObject response =
        JsonParser.parseString(fixture("destination-" + type + ".json")).getAsJsonObject();
    response.addProperty("escalationPolicy", "follow-the-sun");
    server.stubFor(post("/api/output-destinations").willReturn(okJson(response.toString())));
    OutputDestinationParams plain = build.apply(Map.of());
    OutputDestinationParams params = build.apply(Map.of("escalationPolicy", "follow-the-sun"));

    OutputDestination created = client.outputDestinations().create(params);

    String documented = plain.toJson();
    assertThat(onlyRequest().getBodyAsString())
        .isEqualTo(
            documented.substring(0, documented.length() - 1)
                + ",\"escalationPolicy\":\"follow-the-sun\"}");
    assertThat(params.additionalBodyProperties())
        .containsExactly(Map.entry("escalationPolicy", "follow-the-sun"));
    assertThat(created.type()).isEqualTo(type);
    assertThat(created.additionalProperties()).containsEntry("escalationPolicy", "follow-the-sun");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyDestinationKind")
  void destinationParams_keepAddedPropertiesThroughToBuilder_compareByThem_andShowOnlyTheirNames(
      String type, Function<Map<String, Object>, OutputDestinationParams> build) {
    OutputDestinationParams params = build.apply(Map.of("signingSecret", "whsec_CANARY"));

    assertThat(params)
        .isEqualTo(build.apply(Map.of("signingSecret", "whsec_CANARY")))
        .hasSameHashCodeAs(build.apply(Map.of("signingSecret", "whsec_CANARY")))
        .isNotEqualTo(build.apply(Map.of()))
        .isNotEqualTo(build.apply(Map.of("signingSecret", "other")));
    assertThat(params.toString())
        .contains("additionalBodyProperties=[signingSecret]")
        .doesNotContain("whsec_CANARY");
    assertThat(toBuilderOf(params)).isEqualTo(params);
  }

  private static OutputDestinationParams toBuilderOf(OutputDestinationParams params) {
    if (params instanceof OutputDestinationParams.Webhook) {
      return ((OutputDestinationParams.Webhook) params).toBuilder().build();
    } else if (params instanceof OutputDestinationParams.Teams) {
      return ((OutputDestinationParams.Teams) params).toBuilder().build();
    } else if (params instanceof OutputDestinationParams.Slack) {
      return ((OutputDestinationParams.Slack) params).toBuilder().build();
    } else if (params instanceof OutputDestinationParams.PagerDuty) {
      return ((OutputDestinationParams.PagerDuty) params).toBuilder().build();
    } else if (params instanceof OutputDestinationParams.Linear) {
      return ((OutputDestinationParams.Linear) params).toBuilder().build();
    }
    return ((OutputDestinationParams.Tines) params).toBuilder().build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyDestinationKind")
  void destinationParams_rejectADocumentedNameAsAnAddedProperty_beforeSending(
      String type, Function<Map<String, Object>, OutputDestinationParams> build) {
    for (String documented : List.of("type", "name")) {
      assertThatThrownBy(() -> build.apply(Map.of(documented, "x")))
          .isInstanceOfSatisfying(
              InvalidParameterException.class,
              e -> assertThat(e.field()).isEqualTo("additionalBodyProperties." + documented))
          .hasMessageContaining("documented property");
    }
    verifyNothingSent();
  }

  @Test
  void createDetectionParams_keepAddedPropertiesThroughToBuilder_andShowOnlyTheirNames() {
    CreateDetectionParams params =
        detection()
            .putAdditionalBodyProperty("apiToken", "tok_CANARY")
            .putAdditionalBodyProperty("tags", List.of("a"))
            .build();

    assertThat(params.toBuilder().build()).isEqualTo(params).hasSameHashCodeAs(params);
    assertThat(
            params.toBuilder()
                .removeAdditionalBodyProperty("apiToken")
                .build()
                .additionalBodyProperties())
        .containsOnlyKeys("tags");
    assertThat(params).isNotEqualTo(detection().build());
    assertThat(params.toString())
        .contains("additionalBodyProperties=[apiToken, tags]")
        .doesNotContain("tok_CANARY");
  }

  @Test
  void addedProperties_areCopiedAtBuild_soLaterChangesToTheCallersCollectionsAreNotSent() {
    List<Object> tags = new ArrayList<>(List.of("a"));
    Map<String, Object> nested = new LinkedHashMap<>(Map.of("tags", tags));
    CreateDetectionParams params = detection().putAdditionalBodyProperty("meta", nested).build();

    tags.add("b");
    nested.put("late", true);

    assertThat(params.additionalBodyProperties())
        .isEqualTo(Map.of("meta", Map.of("tags", List.of("a"))));
    assertThatThrownBy(() -> params.additionalBodyProperties().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void addedNumbers_areEqualExactlyWhenTheyAreSentTheSame() {
    CreateDetectionParams three = detection().putAdditionalBodyProperty("n", 3).build();

    assertThat(detection().putAdditionalBodyProperty("n", 3L).build())
        .isEqualTo(three)
        .hasSameHashCodeAs(three);
    assertThat(detection().putAdditionalBodyProperty("n", new BigDecimal("3")).build())
        .isEqualTo(three);
    assertThat(detection().putAdditionalBodyProperty("n", 3.0).build()).isNotEqualTo(three);
    assertThat(three.additionalBodyProperties().get("n"))
        .isInstanceOf(Number.class)
        .hasToString("3");
    assertThat(three.toJson()).endsWith(",\"n\":3}");
    assertThat(detection().putAdditionalBodyProperty("n", List.of(1e20, 0.5f)).build().toJson())
        .endsWith(",\"n\":[1.0E20,0.5]}");
  }

  @Test
  void aValueThatContainsItself_isRejectedAtBuild() {
    Map<String, Object> loop = new LinkedHashMap<>();
    loop.put("self", loop);
    List<Object> list = new ArrayList<>();
    list.add(list);

    assertThatThrownBy(() -> detection().putAdditionalBodyProperty("loop", loop).build())
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> assertThat(e.field()).isEqualTo("additionalBodyProperties.loop.self"))
        .hasMessageContaining("contains itself");
    assertThatThrownBy(() -> detection().putAdditionalBodyProperty("list", list).build())
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> assertThat(e.field()).isEqualTo("additionalBodyProperties.list[0]"));
    // the same value twice, side by side, is not a cycle
    List<String> shared = List.of("a");
    assertThat(
            detection()
                .putAdditionalBodyProperty("twice", List.of(shared, shared))
                .build()
                .toJson())
        .endsWith(",\"twice\":[[\"a\"],[\"a\"]]}");
  }

  static Stream<Arguments> valuesJsonCannotCarry() {
    return Stream.of(
        Arguments.of("not a JSON type", new Object(), "additionalBodyProperties.bad"),
        Arguments.of("NaN", Double.NaN, "additionalBodyProperties.bad"),
        Arguments.of("infinity", Float.POSITIVE_INFINITY, "additionalBodyProperties.bad"),
        Arguments.of(
            "nested in a list",
            List.of("ok", Thread.currentThread()),
            "additionalBodyProperties.bad[1]"),
        Arguments.of("a map key that is not text", Map.of(1, "x"), "additionalBodyProperties.bad"),
        Arguments.of(
            "nested in a map",
            Map.of("deep", Map.of("deeper", Double.NaN)),
            "additionalBodyProperties.bad.deep.deeper"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valuesJsonCannotCarry")
  void aValueJsonCannotCarry_isRejectedAtBuild_namingWhereItIs(
      String label, Object value, String field) {
    assertThatThrownBy(() -> detection().putAdditionalBodyProperty("bad", value).build())
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void createDetectionParams_rejectADocumentedNameAsAnAddedProperty() {
    assertThatThrownBy(() -> detection().putAdditionalBodyProperty("detectionQuery", "x").build())
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> assertThat(e.field()).isEqualTo("additionalBodyProperties.detectionQuery"))
        .hasMessageContaining("documented property");
  }

  @Test
  void aResponsesUnknownProperties_canBeSentBackAsTheyWere() {
    JsonObject response =
        JsonParser.parseString(fixture("detection-created.json")).getAsJsonObject();
    JsonObject routing =
        JsonParser.parseString(
                "{\"queue\":\"tier-2\",\"weights\":[1,2.50,1e400,-0.0],\"owner\":null,\"on\":true}")
            .getAsJsonObject();
    response.add("routing", routing);
    server.stubFor(post("/api/detections").willReturn(okJson(response.toString())));
    Detection created = client.detections().create(detection().build());
    server.resetRequests();

    client
        .detections()
        .create(detection().putAllAdditionalBodyProperties(created.additionalProperties()).build());

    // the numbers' exact text survives the round trip: no double in between
    assertThat(onlyRequest().getBodyAsString())
        .endsWith(
            ",\"routing\":{\"queue\":\"tier-2\",\"weights\":[1,2.50,1e400,-0.0],\"owner\":null,\"on\":true}}");
  }

  // --- extra query parameters
  // ---------------------------------------------------------------------------------------

  /** Every query parameter {@code GET /api/alerts} defines, read from the spec itself. */
  static Set<String> alertQueryParameters() throws IOException {
    JsonObject operation =
        SpecJson.spec()
            .getAsJsonObject("paths")
            .getAsJsonObject("/api/alerts")
            .getAsJsonObject("get");
    Set<String> names = new TreeSet<>();
    operation
        .getAsJsonArray("parameters")
        .forEach(
            p -> {
              JsonObject parameter = p.getAsJsonObject();
              if (parameter.get("in").getAsString().equals("query")) {
                names.add(parameter.get("name").getAsString());
              }
            });
    return names;
  }

  @Test
  void anExtraQueryParameterNamedLikeOneOfTheOperations_setOrNot_isRejectedBeforeAnythingIsSent()
      throws IOException {
    Set<String> names = alertQueryParameters();
    assertThat(names).contains("limit", "offset", "q").hasSizeGreaterThanOrEqualTo(11);
    AlertListParams onlyLimit =
        AlertListParams.builder().limit(5).build(); // every other name is left unset

    for (String name : names) {
      RequestOptions options =
          RequestOptions.builder().queryParam("debug", "1").queryParam(name, "7").build();
      List<Runnable> calls =
          List.of(
              () -> client.alerts().list(onlyLimit, options),
              () -> client.withRawResponse().alerts().list(onlyLimit, options),
              () -> client.async().alerts().list(onlyLimit, options).join(),
              () -> client.async().withRawResponse().alerts().list(onlyLimit, options).join(),
              () ->
                  client
                      .alerts()
                      .listAutoPaging(onlyLimit, options), // at creation, not at the first page
              () -> client.async().alerts().listAutoPaging(onlyLimit, options));
      for (Runnable call : calls) {
        assertThatThrownBy(call::run)
            .isInstanceOfSatisfying(
                InvalidParameterException.class,
                e -> assertThat(e.field()).isEqualTo("queryParams." + name))
            .hasMessageContaining("GET /api/alerts");
      }
    }
    verifyNothingSent();
  }

  @Test
  void extraQueryParameters_followTheOperationsOwn_inTheOrderTheyWereSet() {
    server.stubFor(
        get(urlPathEqualTo("/api/alerts")).willReturn(okJson(fixture("alerts-page.json"))));
    RequestOptions.Builder options = RequestOptions.builder();
    List<String> order =
        List.of("zeta", "alpha", "mid", "beta", "omega", "gamma", "delta", "kappa", "eta", "iota");
    order.forEach(name -> options.queryParam(name, name.toUpperCase()));

    client.alerts().list(AlertListParams.builder().limit(5).q("a b").build(), options.build());

    StringBuilder expected = new StringBuilder("/api/alerts?limit=5&q=a%20b");
    order.forEach(name -> expected.append('&').append(name).append('=').append(name.toUpperCase()));
    assertThat(onlyRequest().getUrl()).isEqualTo(expected.toString());
    assertThat(options.build().queryParams().keySet()).containsExactlyElementsOf(order);
  }

  @Test
  void postOperations_takeAnyExtraQueryParameter() {
    server.stubFor(
        post(urlPathEqualTo("/api/detections"))
            .willReturn(okJson(fixture("detection-created.json"))));

    client
        .detections()
        .create(
            detection().build(),
            RequestOptions.builder().queryParam("limit", "1").queryParam("dryRun", "true").build());

    assertThat(onlyRequest().getUrl()).isEqualTo("/api/detections?limit=1&dryRun=true");
  }
}
