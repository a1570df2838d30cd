package ai.cotool.sdk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import ai.cotool.sdk.errors.InvalidParameterException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlertListParamsTest {
  private static final String UUID_TEXT = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

  private static List<Map.Entry<String, String>> query(AlertListParams.Builder builder) {
    return builder.build().toQueryParams();
  }

  @Test
  void nothingSet_sendsNoParametersAndUsesServerDefaults() {
    AlertListParams params = AlertListParams.builder().build();

    assertThat(params.toQueryParams()).isEmpty();
    assertThat(params.limit()).isEqualTo(100);
    assertThat(params.offset()).isZero();
  }

  @Test
  void limit_isSentAsANumber() {
    assertThat(query(AlertListParams.builder().limit(200))).containsExactly(entry("limit", "200"));
  }

  @Test
  void offset_isSentAsANumber() {
    assertThat(query(AlertListParams.builder().offset(150)))
        .containsExactly(entry("offset", "150"));
  }

  @Test
  void statuses_areJoinedWithCommasInTheGivenOrder() {
    assertThat(query(AlertListParams.builder().statuses(AlertStatus.ESCALATED, AlertStatus.OPEN)))
        .containsExactly(entry("status", "escalated,open"));
  }

  @Test
  void statuses_fromACollection_dropDuplicates() {
    assertThat(
            query(
                AlertListParams.builder()
                    .statuses(
                        List.of(
                            AlertStatus.CLOSED_TRUE_POSITIVE_BENIGN,
                            AlertStatus.OPEN,
                            AlertStatus.OPEN))))
        .containsExactly(entry("status", "closed_true_positive_benign,open"));
  }

  @Test
  void statusValues_sendValuesNewerThanTheSdk() {
    AlertListParams params = AlertListParams.builder().statusValues("open", "snoozed").build();

    assertThat(params.toQueryParams()).containsExactly(entry("status", "open,snoozed"));
    assertThat(params.statuses()).containsExactly(AlertStatus.OPEN, AlertStatus.UNKNOWN);
    assertThat(params.statusValues()).containsExactly("open", "snoozed");
  }

  @Test
  void sources_areJoinedWithCommas() {
    assertThat(
            query(
                AlertListParams.builder()
                    .sources(AlertSourceName.JIRA_AUTOMATION, AlertSourceName.COTOOL_DETECTION)))
        .containsExactly(entry("source", "jira-automation,cotool_detection"));
    assertThat(query(AlertListParams.builder().sourceValues("crowdstrike")))
        .containsExactly(entry("source", "crowdstrike"));
  }

  @Test
  void severities_areJoinedWithCommas() {
    assertThat(
            query(AlertListParams.builder().severities(AlertSeverity.HIGH, AlertSeverity.CRITICAL)))
        .containsExactly(entry("severity", "high,critical"));
    assertThat(query(AlertListParams.builder().severityValues("informational")))
        .containsExactly(entry("severity", "informational"));
  }

  @Test
  void uuidFilters_acceptUuidOrText_andSendLowerCase() {
    UUID id = UUID.fromString(UUID_TEXT);
    String upper = UUID_TEXT.toUpperCase();

    assertThat(query(AlertListParams.builder().assignedAgentId(id)))
        .containsExactly(entry("assignedAgentId", UUID_TEXT));
    assertThat(query(AlertListParams.builder().assignedAgentId(upper)))
        .containsExactly(entry("assignedAgentId", UUID_TEXT));
    assertThat(query(AlertListParams.builder().detectionId(upper)))
        .containsExactly(entry("detectionId", UUID_TEXT));
    assertThat(query(AlertListParams.builder().detectionId(id)))
        .containsExactly(entry("detectionId", UUID_TEXT));
    assertThat(query(AlertListParams.builder().originAgentId(id)))
        .containsExactly(entry("originAgentId", UUID_TEXT));
    assertThat(query(AlertListParams.builder().originAgentId(upper)))
        .containsExactly(entry("originAgentId", UUID_TEXT));
    assertThat(query(AlertListParams.builder().originDetectionHitId(id)))
        .containsExactly(entry("originDetectionHitId", UUID_TEXT));
    assertThat(query(AlertListParams.builder().originDetectionHitId(upper)))
        .containsExactly(entry("originDetectionHitId", UUID_TEXT));
  }

  @Test
  void detection_isSentAsGiven() {
    assertThat(query(AlertListParams.builder().detection("external:Suspicious PowerShell")))
        .containsExactly(entry("detection", "external:Suspicious PowerShell"));
  }

  @Test
  void q_isReturnedUnencoded_forTheHttpLayerToEncode() {
    String text = "a b&c=d#e,f+g%20 é 🔒 \"x\"";

    assertThat(query(AlertListParams.builder().q(text))).containsExactly(entry("q", text));
  }

  @Test
  void everyParameter_comesInTheDocumentedOrder() {
    AlertListParams params =
        AlertListParams.builder()
            .q("sudo")
            .originDetectionHitId(UUID_TEXT)
            .originAgentId(UUID_TEXT)
            .detectionId(UUID_TEXT)
            .detection("cotool:abc")
            .assignedAgentId(UUID_TEXT)
            .severities(AlertSeverity.LOW)
            .sources(AlertSourceName.SLACK)
            .statuses(AlertStatus.OPEN)
            .offset(20)
            .limit(10)
            .build();

    assertThat(params.toQueryParams())
        .extracting(Map.Entry::getKey)
        .containsExactly(
            "limit",
            "offset",
            "status",
            "source",
            "severity",
            "assignedAgentId",
            "detection",
            "detectionId",
            "originAgentId",
            "originDetectionHitId",
            "q");
  }

  @Test
  void emptyOrNull_removesAFilter() {
    AlertListParams params =
        AlertListParams.builder()
            .statuses(AlertStatus.OPEN)
            .statuses()
            .severities(AlertSeverity.LOW)
            .severities(List.of())
            .sources(AlertSourceName.SLACK)
            .sourceValues()
            .assignedAgentId(UUID_TEXT)
            .assignedAgentId((String) null)
            .detectionId(UUID_TEXT)
            .detectionId((UUID) null)
            .q("x")
            .q(null)
            .detection("k")
            .detection(null)
            .build();

    assertThat(params.toQueryParams()).isEmpty();
    assertThat(params).isEqualTo(AlertListParams.builder().build());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 201, Integer.MAX_VALUE})
  void limit_outside1To200_isRejected(int limit) {
    assertThatThrownBy(() -> AlertListParams.builder().limit(limit))
        .isInstanceOf(InvalidParameterException.class)
        .satisfies(e -> assertThat(((InvalidParameterException) e).field()).isEqualTo("limit"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 200})
  void limit_atTheBounds_isAccepted(int limit) {
    assertThat(AlertListParams.builder().limit(limit).build().limit()).isEqualTo(limit);
  }

  @Test
  void negativeOffset_isRejected() {
    assertThatThrownBy(() -> AlertListParams.builder().offset(-1))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("offset:");
    assertThatThrownBy(() -> AlertListParams.builder().build().withOffset(-1))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(AlertListParams.builder().offset(0).build().toQueryParams())
        .containsExactly(entry("offset", "0"));
  }

  @Test
  void q_isLimitedTo1To500CodePoints() {
    assertThatThrownBy(() -> AlertListParams.builder().q(""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("q:");
    assertThat(AlertListParams.builder().q("x".repeat(500)).build().q()).hasValue("x".repeat(500));
    assertThatThrownBy(() -> AlertListParams.builder().q("x".repeat(501)))
        .isInstanceOf(InvalidParameterException.class);
    // 500 emoji are 1,000 UTF-16 chars but 500 code points
    assertThat(AlertListParams.builder().q("🔒".repeat(500)).build().q()).isPresent();
    assertThatThrownBy(() -> AlertListParams.builder().q("🔒".repeat(501)))
        .isInstanceOf(InvalidParameterException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not-a-uuid",
        "3c90c3cc0d444b5088888dd25736052a",
        "3c90c3cc-0d44-4b50-8888-8dd25736052",
        "{3c90c3cc-0d44-4b50-8888-8dd25736052a}",
        " 3c90c3cc-0d44-4b50-8888-8dd25736052a"
      })
  void badUuids_areRejectedNamingTheParameter(String bad) {
    assertThatThrownBy(() -> AlertListParams.builder().assignedAgentId(bad))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("assignedAgentId:");
    assertThatThrownBy(() -> AlertListParams.builder().detectionId(bad))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("detectionId:");
    assertThatThrownBy(() -> AlertListParams.builder().originAgentId(bad))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("originAgentId:");
    assertThatThrownBy(() -> AlertListParams.builder().originDetectionHitId(bad))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("originDetectionHitId:");
  }

  @Test
  void unknownConstants_cannotBeSent() {
    assertThatThrownBy(
            () -> AlertListParams.builder().statuses(AlertStatus.OPEN, AlertStatus.UNKNOWN))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("status:");
    assertThatThrownBy(() -> AlertListParams.builder().severities(List.of(AlertSeverity.UNKNOWN)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("severity:");
    assertThatThrownBy(() -> AlertListParams.builder().sources(AlertSourceName.UNKNOWN))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("source:");
  }

  @Test
  void nullItems_blankValuesAndCommas_areRejected() {
    assertThatThrownBy(() -> AlertListParams.builder().statuses(AlertStatus.OPEN, null))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> AlertListParams.builder().statusValues("open", " "))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> AlertListParams.builder().sourceValues("jira,slack"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("comma");
    assertThatThrownBy(() -> AlertListParams.builder().detection(""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("detection:");
  }

  @Test
  void withOffset_returnsACopyWithOnlyTheOffsetChanged() {
    AlertListParams params = AlertListParams.builder().statuses(AlertStatus.OPEN).limit(50).build();

    AlertListParams next = params.withOffset(50);

    assertThat(next.offset()).isEqualTo(50);
    assertThat(params.offset()).isZero();
    assertThat(next.toQueryParams())
        .containsExactly(entry("limit", "50"), entry("offset", "50"), entry("status", "open"));
    assertThat(next.toBuilder().build()).isEqualTo(next).hasSameHashCodeAs(next);
    assertThat(next).hasToString("AlertListParams{limit=50, offset=50, status=open}");
  }

  @Test
  void toQueryParams_isUnmodifiable() {
    List<Map.Entry<String, String>> params =
        AlertListParams.builder().limit(5).build().toQueryParams();

    assertThatThrownBy(() -> params.add(Map.entry("x", "y")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
