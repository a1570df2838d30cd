package ai.cotool.sdk.paging;

import static ai.cotool.sdk.paging.FakeAlertServer.alerts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.DetectionHitListParams;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every page shares: value semantics, and how the totals the API sends are read. */
class OffsetPageTest {
  private static final AlertListParams FIRST = AlertListParams.builder().limit(2).build();

  @Test
  void pagesWithTheSameItemsTotalAndParams_areEqual_withTheSameHashCode() {
    AlertPage page = new AlertPage(alerts(1, 2), 10, FIRST);
    AlertPage same = new AlertPage(alerts(1, 2), 10, AlertListParams.builder().limit(2).build());

    assertThat(page).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(List.of(page).indexOf(page)).isZero(); // ListN.indexOf asks page.equals(page)
    assertThat(page.requestParams()).isSameAs(FIRST);
  }

  @Test
  void pagesDifferingInItemsTotalParamsOrOperation_areNotEqual() {
    AlertPage page = new AlertPage(alerts(1, 2), 10, FIRST);

    assertThat(page)
        .isNotEqualTo(new AlertPage(alerts(2, 3), 10, FIRST))
        .isNotEqualTo(new AlertPage(alerts(1, 2), 11, FIRST))
        .isNotEqualTo(new AlertPage(alerts(1, 2), 10, FIRST.withOffset(2)))
        .isNotEqualTo(null);
    assertThat(new AlertPage(List.of(), 0, AlertListParams.builder().build()))
        .isNotEqualTo(new DetectionHitPage(List.of(), 0, DetectionHitListParams.builder().build()));
  }

  @Test
  void integerTotal_isReadAsIs_andSaturatesAtLongMaxValue() {
    assertThat(OffsetPage.saturated(BigInteger.ZERO, "AlertList.totalCount")).isZero();
    assertThat(OffsetPage.saturated(BigInteger.valueOf(57), "AlertList.totalCount")).isEqualTo(57);
    assertThat(OffsetPage.saturated(BigInteger.valueOf(Long.MAX_VALUE), "AlertList.totalCount"))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(OffsetPage.saturated(BigInteger.ONE.shiftLeft(63), "AlertList.totalCount"))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(OffsetPage.saturated(BigInteger.TEN.pow(30), "AlertList.totalCount"))
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void integerTotal_missingOrNegative_isInvalidData() {
    assertThatThrownBy(() -> OffsetPage.saturated((BigInteger) null, "AlertList.totalCount"))
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessage("AlertList.totalCount is missing from the response");
    assertThatThrownBy(() -> OffsetPage.saturated(BigInteger.valueOf(-1), "AlertList.totalCount"))
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessage("AlertList.totalCount is negative: -1");
  }

  @Test
  void numberTotal_isRoundedDown_negativeReadsAsZero_andSaturates() {
    String where = "DetectionHitList.totalCount";
    assertThat(OffsetPage.saturated(new BigDecimal("12.9"), where)).isEqualTo(12);
    assertThat(OffsetPage.saturated(new BigDecimal("0"), where)).isZero();
    assertThat(OffsetPage.saturated(new BigDecimal("0.5"), where)).isZero();
    assertThat(OffsetPage.saturated(new BigDecimal("-3"), where)).isZero();
    assertThat(OffsetPage.saturated(new BigDecimal("-0.5"), where)).isZero();
    assertThat(OffsetPage.saturated(new BigDecimal("1e30"), where)).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> OffsetPage.saturated((BigDecimal) null, where))
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessage("DetectionHitList.totalCount is missing from the response");
  }
}
