package ai.cotool.sdk.paging;

import static ai.cotool.sdk.paging.FakeAlertServer.alerts;
import static ai.cotool.sdk.testsupport.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.errors.CotoolInvalidDataException;
import ai.cotool.sdk.models.AlertList;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertSeverity;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertPageTest {
  private static final AlertListParams FIRST =
      AlertListParams.builder().severities(AlertSeverity.HIGH).limit(100).build();

  @Test
  void fullPageBeforeTheEnd_hasANextPageAtTheNextOffsetWithTheSameFilters() {
    AlertPage page = new AlertPage(alerts(1, 100), 250, FIRST);

    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.nextPageParams()).contains(FIRST.withOffset(100));
    assertThat(page.nextPageParams().orElseThrow().severities())
        .containsExactly(AlertSeverity.HIGH);
  }

  @Test
  void pageEndingExactlyOnTotalCount_isTheLast() {
    assertThat(new AlertPage(alerts(1, 100), 200, FIRST.withOffset(100)).hasNextPage()).isFalse();
  }

  @Test
  void shortPageBeforeTotalCount_advancesByTheItemsReceived() {
    AlertPage page = new AlertPage(alerts(1, 30), 200, FIRST.withOffset(50));

    assertThat(page.nextPageParams().orElseThrow().offset()).isEqualTo(80);
  }

  @Test
  void pageWhoseNextOffsetWouldPassLongMaxValue_isTheLast() {
    AlertPage page =
        new AlertPage(alerts(1, 30), Long.MAX_VALUE, FIRST.withOffset(Long.MAX_VALUE - 5));

    assertThat(page.nextPageParams()).isEmpty();
  }

  @Test
  void emptyPage_isTheLastWhateverTotalCountSays() {
    AlertPage page = new AlertPage(List.of(), 500, FIRST);

    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.nextPageParams()).isEmpty();
  }

  @Test
  void constructor_rejectsNegativeTotalCountAndNullAlerts() {
    assertThatThrownBy(() -> new AlertPage(List.of(), -1, FIRST))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AlertPage((List<ai.cotool.sdk.models.Alert>) null, 0, FIRST))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void fromDecodedBody_takesAlertsAndTotalCount() throws IOException {
    AlertPage page = new AlertPage(AlertList.fromJson(fixture("alerts-page.json")), FIRST);

    assertThat(page.alerts()).hasSize(6);
    assertThat(page.totalCount()).isEqualTo(57);
    assertThat(page.nextPageParams()).contains(FIRST.withOffset(6));
    assertThat(page).hasToString("AlertPage{offset=0, items=6, totalCount=57, hasNextPage=true}");
  }

  @Test
  void fromDecodedBodyWithoutTotalCount_failsWithInvalidData() {
    AlertList body = AlertList.fromJson("{\"alerts\":[]}");

    assertThatThrownBy(() -> new AlertPage(body, FIRST))
        .isInstanceOf(CotoolInvalidDataException.class)
        .hasMessage("AlertList.totalCount is missing from the response");
  }
}
