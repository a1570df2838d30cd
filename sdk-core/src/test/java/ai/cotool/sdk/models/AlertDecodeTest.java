package ai.cotool.sdk.models;

import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AlertDecodeTest {

  @Test
  void seedPage_decodesEveryFieldTyped() throws IOException {
    AlertList list = AlertList.fromJson(fixture("alerts-page.json"));

    assertThat(list.totalCount()).isEqualTo(57);
    assertThat(list.alerts())
        .extracting(Alert::displayId)
        .containsExactly("COT-1042", "COT-1041", "COT-1038", "COT-1031", "COT-1027", "COT-1019");
    assertThat(list.additionalProperties()).isEmpty();

    Alert first = list.alerts().get(0);
    assertThat(first.id()).isEqualTo("6d82846b-8f25-4fbf-8360-7c383fb3c77d");
    assertThat(first.displayNumber()).isEqualTo(OptionalLong.of(1042));
    assertThat(first.organizationId()).isEqualTo("7c67f3c6-cb58-481b-8978-bd41e0c84856");
    assertThat(first.organizationName()).isEqualTo("acme-corp");
    assertThat(first.title()).startsWith("Privilege escalation via sudoers change");
    assertThat(first.description()).hasValueSatisfying(d -> assertThat(d).contains("deploy-svc"));
    assertThat(first.severity()).contains(AlertSeverity.CRITICAL);
    assertThat(first.status()).isEqualTo(AlertStatus.OPEN);
    assertThat(first.isClosed()).isFalse();
    assertThat(first.disposition()).isEmpty();
    assertThat(first.source().category()).isEqualTo(AlertSourceCategory.DETECTION);
    assertThat(first.source().name()).isEqualTo(AlertSourceName.COTOOL_DETECTION);
    assertThat(first.source().triggerType()).isEmpty();
    assertThat(first.detection())
        .hasValueSatisfying(
            d -> {
              assertThat(d.id()).hasValue("0d0d0543-acd7-432b-9771-c0d5cd8a7634");
              assertThat(d.agentId()).hasValue("bba60bbb-cfcd-484b-b936-d253779243a8");
              assertThat(d.name()).isEqualTo("Privilege escalation via sudoers change");
              assertThat(d.kind()).isEqualTo(AlertDetectionKind.COTOOL);
            });
    assertThat(first.createdBy()).isEqualTo(AlertCreator.AGENT);
    assertThat(first.originAgentId()).hasValue("bba60bbb-cfcd-484b-b936-d253779243a8");
    assertThat(first.originTriggerId()).isEmpty();
    assertThat(first.originRunId()).hasValue("bec1f622-54b8-442f-ad27-34e64a1b35ba");
    assertThat(first.originDetectionHitId()).hasValue("1ffc985e-990f-41ce-8801-718fc88dcf31");
    assertThat(first.externalProvider()).isEmpty();
    assertThat(first.externalRef()).isEmpty();
    assertThat(first.externalUrl()).isEmpty();
    assertThat(first.assignedAgentId()).isEmpty();
    assertThat(first.triageRunId()).isEmpty();
    assertThat(first.dedupeKey()).hasValueSatisfying(k -> assertThat(k).startsWith("detection:"));
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2025-11-21T14:07:12.481Z"));
    assertThat(first.createdAtAsString()).isEqualTo("2025-11-21T14:07:12.481Z");
    assertThat(first.updatedAt()).isEqualTo(Instant.parse("2025-11-21T14:07:12.481Z"));
    assertThat(first.firstTriagedAt()).isEmpty();
    assertThat(first.resolvedAt()).isEmpty();
    assertThat(first.derivedDisposition()).isEmpty();
    assertThat(first.originAgentName()).hasValue("Privilege escalation via sudoers change");
    assertThat(first.assignedAgentName()).isEmpty();
    assertThat(first.triggerSource()).isEmpty();
    assertThat(first.additionalProperties()).isEmpty();
  }

  @Test
  void seedPage_triggerAlert() throws IOException {
    Alert jira = AlertList.fromJson(fixture("alerts-page.json")).alerts().get(1);

    assertThat(jira.status()).isEqualTo(AlertStatus.IN_PROGRESS);
    assertThat(jira.source().category()).isEqualTo(AlertSourceCategory.TRIGGER);
    assertThat(jira.source().triggerType()).contains(AlertTriggerType.JIRA);
    assertThat(jira.detection().orElseThrow().kind()).isEqualTo(AlertDetectionKind.EXTERNAL);
    assertThat(jira.detection().orElseThrow().id()).isEmpty();
    assertThat(jira.createdBy()).isEqualTo(AlertCreator.TRIGGER);
    assertThat(jira.externalProvider()).contains(AlertTriggerType.JIRA);
    assertThat(jira.externalUrl()).hasValue("https://acme-corp.atlassian.net/browse/SEC-4821");
    assertThat(jira.triggerSource()).contains(AlertTriggerType.JIRA);
    assertThat(jira.firstTriagedAt()).contains(Instant.parse("2025-11-21T13:51:44.020Z"));
  }

  @Test
  void closedAlerts_areClosedWithTheirDisposition() throws IOException {
    List<Alert> alerts = AlertList.fromJson(fixture("alerts-page.json")).alerts();

    assertThat(alerts)
        .filteredOn(Alert::isClosed)
        .extracting(Alert::status)
        .containsExactly(
            AlertStatus.CLOSED_TRUE_POSITIVE,
            AlertStatus.CLOSED_FALSE_POSITIVE,
            AlertStatus.CLOSED_TRUE_POSITIVE_BENIGN);
    assertThat(alerts)
        .filteredOn(Alert::isClosed)
        .extracting(a -> a.disposition().orElseThrow())
        .containsExactly(
            AlertDisposition.TRUE_POSITIVE,
            AlertDisposition.FALSE_POSITIVE,
            AlertDisposition.TRUE_POSITIVE_BENIGN);
    Alert email = alerts.get(4);
    assertThat(email.severity()).isEmpty();
    assertThat(email.hasProperty("severity")).isTrue();
    assertThat(email.createdBy()).isEqualTo(AlertCreator.SYSTEM);
    assertThat(email.resolvedAt()).contains(Instant.parse("2025-11-18T17:02:10.448Z"));
  }

  @Test
  void disposition_fallsBackToTheClosedStatus() {
    Alert alert =
        Alert.fromJson("{\"status\":\"closed_false_positive\",\"derivedDisposition\":null}");

    assertThat(alert.derivedDisposition()).isEmpty();
    assertThat(alert.disposition()).contains(AlertDisposition.FALSE_POSITIVE);
  }

  @Test
  void newerServer_unknownEnumValuesBecomeUnknownAndKeepTheRawString() throws IOException {
    AlertList list = AlertList.fromJson(fixture("newer-server/alerts-page.json"));
    Alert alert = list.alerts().get(0);

    assertThat(alert.severity()).contains(AlertSeverity.UNKNOWN);
    assertThat(alert.severityAsString()).hasValue("informational");
    assertThat(alert.status()).isEqualTo(AlertStatus.UNKNOWN);
    assertThat(alert.statusAsString()).isEqualTo("snoozed");
    assertThat(alert.isClosed()).isFalse();
    assertThat(alert.source().category()).isEqualTo(AlertSourceCategory.UNKNOWN);
    assertThat(alert.source().categoryAsString()).isEqualTo("edr");
    assertThat(alert.source().name()).isEqualTo(AlertSourceName.UNKNOWN);
    assertThat(alert.source().nameAsString()).isEqualTo("crowdstrike");
    assertThat(alert.source().triggerType()).contains(AlertTriggerType.UNKNOWN);
    assertThat(alert.source().triggerTypeAsString()).hasValue("crowdstrike");
    assertThat(alert.detection().orElseThrow().kind()).isEqualTo(AlertDetectionKind.UNKNOWN);
    assertThat(alert.detection().orElseThrow().kindAsString()).isEqualTo("sigma");
    assertThat(alert.createdBy()).isEqualTo(AlertCreator.UNKNOWN);
    assertThat(alert.createdByAsString()).isEqualTo("integration");
    assertThat(alert.externalProvider()).contains(AlertTriggerType.UNKNOWN);
    assertThat(alert.externalProviderAsString()).hasValue("crowdstrike");
    assertThat(alert.derivedDisposition()).contains(AlertDisposition.UNKNOWN);
    assertThat(alert.derivedDispositionAsString()).hasValue("duplicate");
    assertThat(alert.disposition()).contains(AlertDisposition.UNKNOWN);
    assertThat(alert.triggerSourceAsString()).hasValue("crowdstrike");
  }

  @Test
  void newerServer_unknownPropertiesAreKeptAtEveryLevel() throws IOException {
    AlertList list = AlertList.fromJson(fixture("newer-server/alerts-page.json"));
    Alert alert = list.alerts().get(0);

    assertThat(list.additionalProperties()).containsKeys("nextCursor", "facets");
    assertThat(list.hasProperty("nextCursor")).isTrue();
    assertThat(alert.additionalProperties())
        .containsKeys("snoozedUntil", "riskScore", "mitreTechniques", "assignee");
    assertThat(alert.additionalProperties().get("snoozedUntil"))
        .isEqualTo("2025-12-02T18:00:00.000Z");
    assertThat(alert.additionalProperties().get("mitreTechniques"))
        .isEqualTo(List.of("T1003.001", "T1218.011"));
    assertThat(alert.additionalProperties().get("assignee"))
        .isEqualTo(Map.of("type", "user", "email", "m.chen@acme-corp.com"));
    assertThat(alert.source().additionalProperties())
        .containsEntry("vendorEventId", "ldt:8a1f2e7c9b3d4e50:38654705921");
    assertThat(alert.detection().orElseThrow().additionalProperties())
        .containsKeys("ruleVersion", "mitre");
    assertThatThrownBy(() -> alert.additionalProperties().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> assignee =
        (Map<String, Object>) alert.additionalProperties().get("assignee");
    assertThatThrownBy(() -> assignee.put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void newerServer_nullAndAbsentAreToldApart() throws IOException {
    Alert sparse = AlertList.fromJson(fixture("newer-server/alerts-page.json")).alerts().get(1);

    assertThat(sparse.description()).isEmpty();
    assertThat(sparse.hasProperty("description")).isFalse();
    assertThat(sparse.originTriggerId()).isEmpty();
    assertThat(sparse.hasProperty("originTriggerId")).isFalse();
    assertThat(sparse.source().triggerType()).isEmpty();
    assertThat(sparse.source().hasProperty("triggerType")).isFalse();
    assertThat(sparse.hasProperty("organizationName")).isTrue();

    Alert full = AlertList.fromJson(fixture("alerts-page.json")).alerts().get(0);
    assertThat(full.originTriggerId()).isEmpty();
    assertThat(full.hasProperty("originTriggerId")).isTrue();
    assertThat(full.source().hasProperty("triggerType")).isTrue();
  }

  @Test
  void missingOrNullRequiredFields_failOnlyWhenAccessed() throws IOException {
    Alert sparse = AlertList.fromJson(fixture("newer-server/alerts-page.json")).alerts().get(1);

    assertThat(sparse.title()).startsWith("Privilege escalation");
    assertThatThrownBy(sparse::organizationName)
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessage("Alert.organizationName is missing from the response");

    Alert empty = Alert.fromJson("{}");
    assertThatThrownBy(empty::title)
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessage("Alert.title is missing from the response");
    assertThatThrownBy(empty::status).hasMessage("Alert.status is missing from the response");
    assertThatThrownBy(empty::source).hasMessage("Alert.source is missing from the response");
    assertThatThrownBy(empty::createdAt).hasMessage("Alert.createdAt is missing from the response");
    assertThat(empty.isClosed()).isFalse();
    assertThat(empty.disposition()).isEmpty();
    assertThat(empty.displayNumber()).isEmpty();
    assertThat(empty.toString()).contains("displayId=null");

    AlertSource source = Alert.fromJson("{\"source\":{}}").source();
    assertThatThrownBy(source::category)
        .hasMessage("AlertSource.category is missing from the response");
    AlertDetection detection =
        Alert.fromJson("{\"detection\":{\"kind\":null}}").detection().orElseThrow();
    assertThatThrownBy(detection::kind)
        .hasMessage("AlertDetection.kind is missing from the response");
    assertThatThrownBy(() -> AlertList.fromJson("{}").alerts())
        .hasMessage("AlertList.alerts is missing from the response");
  }

  @Test
  void malformedJson_isInvalidData() {
    assertThatThrownBy(() -> AlertList.fromJson("{\"alerts\": ["))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> AlertList.fromJson("[]"))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> AlertList.fromJson("{\"alerts\":[],\"totalCount\":\"many\"}"))
        .isInstanceOf(CotoolInvalidDataException.class);
    assertThatThrownBy(() -> Alert.fromJson("{\"createdAt\":\"yesterday\"}").createdAt())
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessageContaining("ISO-8601");
  }

  @Test
  void timestampsWithAnOffset_areParsed() {
    Alert alert = Alert.fromJson("{\"createdAt\":\"2025-11-21T15:07:12+01:00\"}");

    assertThat(alert.createdAt()).isEqualTo(Instant.parse("2025-11-21T14:07:12Z"));
  }

  @Test
  void displayNumber_isEmptyForAnUnexpectedForm() {
    assertThat(Alert.fromJson("{\"displayId\":\"INC-7\"}").displayNumber()).isEmpty();
    assertThat(Alert.fromJson("{\"displayId\":\"COT-99999999999999999999\"}").displayNumber())
        .isEmpty();
    assertThat(Alert.fromJson("{\"displayId\":\"COT-0\"}").displayNumber()).hasValue(0);
  }

  @Test
  void equalAlerts_haveEqualHashCodesAndAConciseToString() throws IOException {
    String json = fixture("alerts-page.json");
    Alert a = AlertList.fromJson(json).alerts().get(0);
    Alert b = AlertList.fromJson(json).alerts().get(0);

    assertThat(a)
        .isEqualTo(b)
        .hasSameHashCodeAs(b)
        .isNotEqualTo(AlertList.fromJson(json).alerts().get(1));
    assertThat(AlertList.fromJson(json)).isEqualTo(AlertList.fromJson(json));
    assertThat(a.source()).isEqualTo(b.source());
    assertThat(a.toString())
        .startsWith(
            "Alert{displayId=COT-1042, id=6d82846b-8f25-4fbf-8360-7c383fb3c77d, "
                + "status=open, severity=critical, title=Privilege escalation");
    assertThat(a.toString()).doesNotContain("\n");
  }

  @Test
  void enums_mapWireValues() {
    assertThat(AlertStatus.fromValue("closed_true_positive_benign"))
        .isEqualTo(AlertStatus.CLOSED_TRUE_POSITIVE_BENIGN);
    assertThat(AlertStatus.fromValue("snoozed")).isEqualTo(AlertStatus.UNKNOWN);
    assertThat(AlertStatus.fromValue(null)).isNull();
    assertThat(AlertStatus.UNKNOWN.value()).isNull();
    assertThat(AlertSourceName.fromValue("jira-automation"))
        .isEqualTo(AlertSourceName.JIRA_AUTOMATION);
    assertThat(AlertTriggerType.HACKERONE.value()).isEqualTo("hackerone");
    assertThat(AlertCreator.values())
        .extracting(AlertCreator::value)
        .containsExactly("agent", "trigger", "system", null);
    assertThat(AlertStatus.CLOSED_FALSE_POSITIVE.disposition())
        .contains(AlertDisposition.FALSE_POSITIVE);
    assertThat(AlertStatus.ESCALATED.disposition()).isEmpty();
  }
}
