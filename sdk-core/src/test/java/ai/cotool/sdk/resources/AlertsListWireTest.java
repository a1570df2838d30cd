package ai.cotool.sdk.resources;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.RequestOptions;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertCreator;
import ai.cotool.sdk.models.AlertDetectionKind;
import ai.cotool.sdk.models.AlertDisposition;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertSourceCategory;
import ai.cotool.sdk.models.AlertSourceName;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.models.AlertTriggerType;
import ai.cotool.sdk.paging.AlertPage;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /api/alerts}: the exact query string of every filter, and the page decoded from the
 * fixture.
 */
class AlertsListWireTest extends WireMockClientTestBase {

  private AlertPage list(AlertListParams params) {
    server.stubFor(
        get(urlPathEqualTo("/api/alerts")).willReturn(okJson(fixture("alerts-page.json"))));
    return client.alerts().list(params);
  }

  private String sentUrl(AlertListParams params) {
    list(params);
    return onlyRequest().getUrl();
  }

  @Test
  void list_minimal_sendsNoQueryAndOnlyTheCommonHeaders_andDecodesThePage() {
    AlertPage page = list(AlertListParams.builder().build());

    server.verify(
        exactly(1),
        withCommonHeaders(getRequestedFor(urlEqualTo("/api/alerts")))
            .withoutHeader("Content-Type"));
    assertThat(onlyRequest().getBody()).isEmpty();
    assertThat(page.totalCount()).isEqualTo(57);
    assertThat(page.alerts())
        .extracting(Alert::displayId)
        .containsExactly("COT-1042", "COT-1041", "COT-1038", "COT-1031", "COT-1027", "COT-1019");
    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.nextPageParams())
        .hasValueSatisfying(next -> assertThat(next.offset()).isEqualTo(6));
  }

  @Test
  void list_decodesEveryKindOfAlertInTheFixture() {
    AlertPage page = list(AlertListParams.builder().build());

    Alert first = page.alerts().get(0);
    assertThat(first.id()).isEqualTo("6d82846b-8f25-4fbf-8360-7c383fb3c77d");
    assertThat(first.displayNumber()).hasValue(1042);
    assertThat(first.organizationName()).isEqualTo("acme-corp");
    assertThat(first.title())
        .isEqualTo("Privilege escalation via sudoers change on prod-bastion-02");
    assertThat(first.severity()).contains(AlertSeverity.CRITICAL);
    assertThat(first.status()).isEqualTo(AlertStatus.OPEN);
    assertThat(first.isClosed()).isFalse();
    assertThat(first.source().category()).isEqualTo(AlertSourceCategory.DETECTION);
    assertThat(first.source().name()).isEqualTo(AlertSourceName.COTOOL_DETECTION);
    assertThat(first.source().triggerType()).isEmpty();
    assertThat(first.source().hasProperty("triggerType")).isTrue();
    assertThat(first.detection())
        .hasValueSatisfying(
            d -> {
              assertThat(d.id()).contains("0d0d0543-acd7-432b-9771-c0d5cd8a7634");
              assertThat(d.kind()).isEqualTo(AlertDetectionKind.COTOOL);
            });
    assertThat(first.createdBy()).isEqualTo(AlertCreator.AGENT);
    assertThat(first.originTriggerId()).isEmpty();
    assertThat(first.hasProperty("originTriggerId")).isTrue();
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2025-11-21T14:07:12.481Z"));
    assertThat(first.disposition()).isEmpty();

    Alert jira = page.alerts().get(1);
    assertThat(jira.status()).isEqualTo(AlertStatus.IN_PROGRESS);
    assertThat(jira.externalProvider()).contains(AlertTriggerType.JIRA);
    assertThat(jira.externalUrl()).contains("https://acme-corp.atlassian.net/browse/SEC-4821");
    assertThat(jira.detection())
        .hasValueSatisfying(
            d -> {
              assertThat(d.id()).isEmpty();
              assertThat(d.kind()).isEqualTo(AlertDetectionKind.EXTERNAL);
            });

    Alert impossibleTravel = page.alerts().get(2);
    assertThat(impossibleTravel.description()).isEmpty();
    assertThat(impossibleTravel.detection()).isEmpty();

    Alert closedTruePositive = page.alerts().get(3);
    assertThat(closedTruePositive.isClosed()).isTrue();
    assertThat(closedTruePositive.disposition()).contains(AlertDisposition.TRUE_POSITIVE);
    assertThat(closedTruePositive.resolvedAt()).contains(Instant.parse("2025-11-20T08:15:44.318Z"));

    Alert phishing = page.alerts().get(4);
    assertThat(phishing.severity()).isEmpty();
    assertThat(phishing.createdBy()).isEqualTo(AlertCreator.SYSTEM);
    assertThat(phishing.externalRef()).contains("<CAJ8x+Qn2v3@mail.acme-corp.co>");
    assertThat(phishing.disposition()).contains(AlertDisposition.FALSE_POSITIVE);

    Alert benign = page.alerts().get(5);
    assertThat(benign.status()).isEqualTo(AlertStatus.CLOSED_TRUE_POSITIVE_BENIGN);
    assertThat(benign.source().triggerType()).contains(AlertTriggerType.CRON);
  }

  @Test
  void list_everyFilter_isSentInTheDocumentedOrder() {
    AlertPage page =
        list(
            AlertListParams.builder()
                .limit(50)
                .offset(100)
                .statuses(AlertStatus.OPEN, AlertStatus.ESCALATED)
                .sources(AlertSourceName.JIRA, AlertSourceName.COTOOL_DETECTION)
                .severities(AlertSeverity.HIGH, AlertSeverity.CRITICAL)
                .assignedAgentId("321337c0-7985-4db1-8b80-e1504b67269f")
                .detection("cotool:0d0d0543-acd7-432b-9771-c0d5cd8a7634")
                .detectionId(UUID.fromString("0d0d0543-acd7-432b-9771-c0d5cd8a7634"))
                .originAgentId("BBA60BBB-CFCD-484B-B936-D253779243A8")
                .originDetectionHitId("1ffc985e-990f-41ce-8801-718fc88dcf31")
                .q("sudoers")
                .build());

    assertThat(onlyRequest().getUrl())
        .isEqualTo(
            "/api/alerts?limit=50&offset=100"
                + "&status=open,escalated&source=jira,cotool_detection&severity=high,critical"
                + "&assignedAgentId=321337c0-7985-4db1-8b80-e1504b67269f"
                + "&detection=cotool%3A0d0d0543-acd7-432b-9771-c0d5cd8a7634"
                + "&detectionId=0d0d0543-acd7-432b-9771-c0d5cd8a7634"
                + "&originAgentId=bba60bbb-cfcd-484b-b936-d253779243a8"
                + "&originDetectionHitId=1ffc985e-990f-41ce-8801-718fc88dcf31"
                + "&q=sudoers");
    // the server's view: each value decodes back to what was set
    server.verify(
        exactly(1),
        withCommonHeaders(getRequestedFor(urlPathEqualTo("/api/alerts")))
            .withQueryParam("status", equalTo("open,escalated"))
            .withQueryParam("detection", equalTo("cotool:0d0d0543-acd7-432b-9771-c0d5cd8a7634"))
            .withQueryParam("q", equalTo("sudoers")));
    // past the end: 100 + 6 >= 57
    assertThat(page.hasNextPage()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "limit only            | /api/alerts?limit=1",
        "offset only           | /api/alerts?offset=0",
        "one status            | /api/alerts?status=closed_true_positive_benign",
        "one source            | /api/alerts?source=jira-automation",
        "one severity          | /api/alerts?severity=low",
        "assignedAgentId only  | /api/alerts?assignedAgentId=321337c0-7985-4db1-8b80-e1504b67269f",
        "detection only        | /api/alerts?detection=external%3ASuspicious%20PowerShell",
        "detectionId only      | /api/alerts?detectionId=0d0d0543-acd7-432b-9771-c0d5cd8a7634",
        "originAgentId only    | /api/alerts?originAgentId=bba60bbb-cfcd-484b-b936-d253779243a8",
        "originDetectionHitId  | /api/alerts?originDetectionHitId=1ffc985e-990f-41ce-8801-718fc88dcf31",
      })
  void list_eachFilterAlone_hasItsExactQueryString(String filter, String expectedUrl) {
    AlertListParams.Builder b = AlertListParams.builder();
    switch (filter) {
      case "limit only" -> b.limit(1);
      case "offset only" -> b.offset(0);
      case "one status" -> b.statuses(AlertStatus.CLOSED_TRUE_POSITIVE_BENIGN);
      case "one source" -> b.sources(AlertSourceName.JIRA_AUTOMATION);
      case "one severity" -> b.severities(AlertSeverity.LOW);
      case "assignedAgentId only" ->
          b.assignedAgentId(UUID.fromString("321337c0-7985-4db1-8b80-e1504b67269f"));
      case "detection only" -> b.detection("external:Suspicious PowerShell");
      case "detectionId only" -> b.detectionId("0d0d0543-acd7-432b-9771-c0d5cd8a7634");
      case "originAgentId only" ->
          b.originAgentId(UUID.fromString("bba60bbb-cfcd-484b-b936-d253779243a8"));
      case "originDetectionHitId" -> b.originDetectionHitId("1ffc985e-990f-41ce-8801-718fc88dcf31");
      default -> throw new IllegalArgumentException(filter);
    }

    assertThat(sentUrl(b.build())).isEqualTo(expectedUrl);
  }

  @Test
  void list_multiValueFilters_keepTheGivenOrder_dropDuplicates_andJoinWithLiteralCommas() {
    String url =
        sentUrl(
            AlertListParams.builder()
                .statuses(
                    AlertStatus.CLOSED_FALSE_POSITIVE,
                    AlertStatus.OPEN,
                    AlertStatus.CLOSED_FALSE_POSITIVE,
                    AlertStatus.IN_PROGRESS,
                    AlertStatus.ESCALATED,
                    AlertStatus.CLOSED_TRUE_POSITIVE,
                    AlertStatus.CLOSED_TRUE_POSITIVE_BENIGN)
                .build());

    assertThat(url)
        .isEqualTo(
            "/api/alerts?status=closed_false_positive,open,in_progress,escalated,"
                + "closed_true_positive,closed_true_positive_benign");
    assertThat(url).doesNotContain("%2C");
  }

  @Test
  void list_rawValuesForNewerServers_areSentAsGiven() {
    String url =
        sentUrl(
            AlertListParams.builder()
                .statusValues("open", "snoozed")
                .severityValues("informational")
                .sourceValues("crowdstrike", "jira")
                .build());

    assertThat(url)
        .isEqualTo(
            "/api/alerts?status=open,snoozed&source=crowdstrike,jira&severity=informational");
  }

  @ParameterizedTest(name = "q={0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "'okta mfa reset'                | q=okta%20mfa%20reset",
        "'a&b=c'                          | q=a%26b%3Dc",
        "'#incident-42'                  | q=%23incident-42",
        "'c++ 1+1'                       | q=c%2B%2B%201%2B1",
        "'prod-bastion-02, prod-bastion-03' | q=prod-bastion-02,%20prod-bastion-03",
        "'caf\u00e9'                     | q=caf%C3%A9",
        "'\u8B66\u544A'                  | q=%E8%AD%A6%E5%91%8A",
        "'\uD83D\uDD25 fire'             | q=%F0%9F%94%A5%20fire",
        "'100%'                          | q=100%25",
        "'path/to?x'                     | q=path%2Fto%3Fx",
        "'\"quoted\" <tag>'              | q=%22quoted%22%20%3Ctag%3E",
        "'~under_score.dot-dash'         | q=~under_score.dot-dash",
      })
  void list_q_isPercentEncodedWithSpacesAsPercent20(String q, String expectedQuery) {
    String url = sentUrl(AlertListParams.builder().q(q).build());

    assertThat(url).isEqualTo("/api/alerts?" + expectedQuery);
    assertThat(url).doesNotContain("+");
    // and the server decodes exactly the text that was searched for
    server.verify(
        exactly(1), getRequestedFor(urlPathEqualTo("/api/alerts")).withQueryParam("q", equalTo(q)));
  }

  @Test
  void list_qOfExactly500CodePoints_isSent() {
    String q = "\uD83D\uDD25".repeat(500);

    list(AlertListParams.builder().q(q).build());

    server.verify(
        exactly(1), getRequestedFor(urlPathEqualTo("/api/alerts")).withQueryParam("q", equalTo(q)));
  }

  @Test
  void list_qAndFilters_comeAfterPagingAndExtraQueryParamsComeLast() {
    server.stubFor(get(anyUrl()).willReturn(okJson(fixture("alerts-page.json"))));

    client
        .alerts()
        .list(
            AlertListParams.builder().q("a b").limit(200).build(),
            RequestOptions.builder().queryParam("debug", "x y").build());

    assertThat(onlyRequest().getUrl()).isEqualTo("/api/alerts?limit=200&q=a%20b&debug=x%20y");
  }

  @Test
  void list_nextPageParams_keepTheFiltersAndAdvanceTheOffset() {
    AlertPage page =
        list(AlertListParams.builder().limit(6).statuses(AlertStatus.OPEN).q("x y").build());
    server.resetRequests();

    client.alerts().list(page.nextPageParams().orElseThrow());

    assertThat(onlyRequest().getUrl())
        .isEqualTo("/api/alerts?limit=6&offset=6&status=open&q=x%20y");
  }
}
