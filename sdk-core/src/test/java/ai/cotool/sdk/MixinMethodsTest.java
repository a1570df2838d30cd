package ai.cotool.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertDisposition;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.models.Detection;
import org.junit.jupiter.api.Test;

/**
 * The hand-written methods that generated types get from package-private mixins ({@code
 * x-cotool-mixin}) are callable from user code, outside {@code ai.cotool.sdk.models}.
 */
class MixinMethodsTest {

  @Test
  void alertStatus_tellsClosedStatusesAndTheirDisposition() {
    assertThat(AlertStatus.CLOSED_TRUE_POSITIVE_BENIGN.isClosed()).isTrue();
    assertThat(AlertStatus.CLOSED_TRUE_POSITIVE_BENIGN.disposition())
        .contains(AlertDisposition.TRUE_POSITIVE_BENIGN);
    assertThat(AlertStatus.IN_PROGRESS.isClosed()).isFalse();
    assertThat(AlertStatus.UNKNOWN.disposition()).isEmpty();
  }

  @Test
  void alert_derivesItsNumberAndDisposition() {
    Alert alert =
        Alert.fromJson("{\"displayId\": \"COT-1042\", \"status\": \"closed_false_positive\"}");

    assertThat(alert.displayNumber()).hasValue(1042);
    assertThat(alert.isClosed()).isTrue();
    assertThat(alert.disposition()).contains(AlertDisposition.FALSE_POSITIVE);
  }

  @Test
  void detection_tellsWhetherItIsDeleted() {
    assertThat(Detection.fromJson("{\"deletedAt\": \"2026-01-01T00:00:00Z\"}").isDeleted())
        .isTrue();
    assertThat(Detection.fromJson("{}").isDeleted()).isFalse();
  }
}
