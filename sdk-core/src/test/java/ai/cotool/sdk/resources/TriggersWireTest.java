package ai.cotool.sdk.resources;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /api/trigger/{source}/{triggerId}}: object and raw JSON payloads, every source, every
 * result.
 */
class TriggersWireTest extends WireMockClientTestBase {
  private static final String PATH = "/api/trigger/jira/" + TRIGGER_ID;

  /** A Jira webhook, as an external system would send it. */
  private static Map<String, Object> jiraPayload() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("summary", "Suspicious PowerShell encoded command on FIN-LT-0193");
    fields.put("labels", List.of("security", "edr"));
    fields.put("priority", Map.of("id", 2));
    Map<String, Object> issue = new LinkedHashMap<>();
    issue.put("key", "SEC-4821");
    issue.put("fields", fields);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("webhookEvent", "jira:issue_updated");
    payload.put("timestamp", 1732197100117L);
    payload.put("score", 0.875);
    payload.put("escalate", true);
    payload.put("issue", issue);
    payload.put("html", "<script>alert('x')</script> & \u00e9");
    return payload;
  }

  @Test
  void invoke_withObjectPayload_sendsItAsJson_andDecodesStarted() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("trigger-started.json"))));

    TriggerResult result = client.triggers().invoke(TriggerSource.JIRA, TRIGGER_ID, jiraPayload());

    server.verify(
        exactly(1),
        withJsonBodyHeaders(postRequestedFor(urlEqualTo(PATH)))
            .withRequestBody(
                equalToJson(
                    "{\"webhookEvent\":\"jira:issue_updated\",\"timestamp\":1732197100117,\"score\":0.875,\"escalate\":true,"
                        + "\"issue\":{\"key\":\"SEC-4821\",\"fields\":{\"summary\":\"Suspicious PowerShell encoded command on"
                        + " FIN-LT-0193\",\"labels\":[\"security\",\"edr\"],\"priority\":{\"id\":2}}},"
                        + "\"html\":\"<script>alert('x')</script> & \u00e9\"}",
                    false,
                    false)));
    assertThat(result).isEqualTo(new TriggerResult.Started("3e8f1a6c-7d24-4b9e-a510-c62f9d8b4e17"));
  }

  record Finding(String host, int count, List<String> tags) {}

  @Test
  void invoke_withRecordPayload_sendsItsComponents() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("trigger-started.json"))));

    client
        .triggers()
        .invoke(
            TriggerSource.JIRA, TRIGGER_ID, new Finding("prod-bastion-02", 3, List.of("a", "b")));

    server.verify(
        exactly(1),
        postRequestedFor(urlEqualTo(PATH))
            .withRequestBody(
                equalToJson(
                    "{\"host\":\"prod-bastion-02\",\"count\":3,\"tags\":[\"a\",\"b\"]}",
                    false,
                    false)));
  }

  @Test
  void invoke_withMinimalPayloads_sendsThemUnchanged() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("trigger-started.json"))));

    client.triggers().invoke(TriggerSource.JIRA, TRIGGER_ID, Map.of());
    client.triggers().invoke(TriggerSource.JIRA, TRIGGER_ID, List.of());
    client.triggers().invoke(TriggerSource.JIRA, TRIGGER_ID, "plain text");
    client.triggers().invoke(TriggerSource.JIRA, TRIGGER_ID, 42);
    client.triggers().invoke(TriggerSource.JIRA, TRIGGER_ID, null);

    assertThat(bodiesInOrder()).containsExactly("{}", "[]", "\"plain text\"", "42", "null");
  }

  @Test
  void invoke_withJsonElementPayload_sendsItAsIs() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("trigger-started.json"))));
    JsonObject payload = new JsonObject();
    payload.addProperty("a", 1);
    payload.add("b", com.google.gson.JsonNull.INSTANCE);

    client.triggers().invoke(TriggerSource.JIRA, TRIGGER_ID, payload);

    assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"a\":1,\"b\":null}");
  }

  @Test
  void invoke_withMapHoldingANullValue_keepsTheNull() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("trigger-started.json"))));
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("issueKey", "SEC-4821");
    payload.put("assignee", null);

    client.triggers().invoke(TriggerSource.JIRA, TRIGGER_ID, payload);

    server.verify(
        exactly(1),
        postRequestedFor(urlEqualTo(PATH))
            .withRequestBody(
                equalToJson("{\"issueKey\":\"SEC-4821\",\"assignee\":null}", false, false)));
  }

  @Test
  void invokeWithJson_sendsTheTextByteForByte_andDecodesSkipped() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("trigger-skipped.json"))));
    // number spelling, key order, duplicate-free whitespace and unicode escapes must survive
    // untouched
    String json =
        "{ \"z\": 1.50, \"a\": [1e3, -0, 12345678901234567890],\n \"s\": \"\\u00e9 caf\u00e9\" }";

    TriggerResult result = client.triggers().invokeWithJson(TriggerSource.JIRA, TRIGGER_ID, json);

    server.verify(exactly(1), withJsonBodyHeaders(postRequestedFor(urlEqualTo(PATH))));
    assertThat(new String(onlyRequest().getBody(), StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(result)
        .isEqualTo(
            new TriggerResult.Skipped(
                "Event did not match the trigger filter: issue.fields.labels does not contain \"security\"",
                "jira:issue_updated"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"[1,2,3]", "\"just a string\"", "true", "null", "0"})
  void invokeWithJson_acceptsAnySingleJsonValue(String json) {
    server.stubFor(post(PATH).willReturn(okJson(fixture("trigger-started.json"))));

    client.triggers().invokeWithJson(TriggerSource.JIRA, TRIGGER_ID, json);

    assertThat(onlyRequest().getBodyAsString()).isEqualTo(json);
  }

  @Test
  void invoke_decodesFailed() {
    server.stubFor(post(PATH).willReturn(okJson(fixture("trigger-failed.json"))));

    TriggerResult result =
        client.triggers().invoke(TriggerSource.JIRA, TRIGGER_ID, Map.of("k", "v"));

    assertThat(result)
        .isEqualTo(
            new TriggerResult.Failed("Trigger 53299c66-de36-4390-9afe-ef219223b44c is disabled"));
  }

  static Stream<TriggerSource> knownSources() {
    return Arrays.stream(TriggerSource.values()).filter(s -> s != TriggerSource.UNKNOWN);
  }

  @ParameterizedTest
  @MethodSource("knownSources")
  void invoke_putsTheSourceValueAndTheTriggerIdInThePath(TriggerSource source) {
    server.stubFor(any(anyUrl()).willReturn(okJson(fixture("trigger-started.json"))));

    client.triggers().invoke(source, TRIGGER_ID, Map.of("k", "v"));

    assertThat(onlyRequest().getUrl())
        .isEqualTo("/api/trigger/" + source.value() + "/" + TRIGGER_ID);
    assertThat(onlyRequest().getMethod().getName()).isEqualTo("POST");
  }

  @Test
  void invoke_sourceValues_areTheSpecsPathValues() {
    assertThat(knownSources().map(TriggerSource::value))
        .containsExactlyInAnyOrder(
            "jira", "jira-automation", "slack", "linear", "webhook", "bugcrowd", "hackerone");
  }

  @Test
  void invoke_upperCaseTriggerId_isSentInLowerCase() {
    server.stubFor(any(anyUrl()).willReturn(okJson(fixture("trigger-started.json"))));

    client
        .triggers()
        .invoke(TriggerSource.WEBHOOK, TRIGGER_ID.toUpperCase(java.util.Locale.ROOT), Map.of());

    assertThat(onlyRequest().getUrl()).isEqualTo("/api/trigger/webhook/" + TRIGGER_ID);
  }

  @ParameterizedTest
  @EnumSource(value = TriggerSource.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void invokeWithJson_headersAreTheSameForEverySource(TriggerSource source) {
    server.stubFor(any(anyUrl()).willReturn(okJson(fixture("trigger-started.json"))));

    client.triggers().invokeWithJson(source, TRIGGER_ID, "{}");

    server.verify(
        exactly(1),
        withJsonBodyHeaders(
                postRequestedFor(urlEqualTo("/api/trigger/" + source.value() + "/" + TRIGGER_ID)))
            .withRequestBody(equalTo("{}")));
  }

  private List<String> bodiesInOrder() {
    List<String> bodies = new java.util.ArrayList<>();
    server.getAllServeEvents().forEach(e -> bodies.add(0, e.getRequest().getBodyAsString()));
    return bodies;
  }
}
