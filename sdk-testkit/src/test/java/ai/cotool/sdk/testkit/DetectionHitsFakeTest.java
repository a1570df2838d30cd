package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.errors.NotFoundException;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.models.DetectionHit;
import ai.cotool.sdk.models.DetectionHitListParams;
import ai.cotool.sdk.models.DetectionHitStatus;
import ai.cotool.sdk.models.UpdateDetectionHitStatusParams;
import ai.cotool.sdk.paging.DetectionHitPage;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Detection hits (list, status change) through the real SDK client against the fake. */
class DetectionHitsFakeTest {
  @RegisterExtension static final CotoolFakeExtension cotool = new CotoolFakeExtension();

  private static FakeAlert fromHit(String hitId, AlertStatus status) {
    return FakeAlert.builder()
        .title("Sudoers changed")
        .status(status)
        .cotoolDetection(UUID.randomUUID().toString(), null, "Sudoers change")
        .originDetectionHitId(hitId)
        .build();
  }

  @Test
  void listHits_oneHitPerAlertRaisedFromAHit_pagedLikeTheAlerts(
      CotoolFake fake, CotoolClient client) {
    List<String> expected =
        fake.alerts().all().stream()
            .filter(a -> a.originDetectionHitId().isPresent() && a.detectionId().isPresent())
            .map(a -> a.originDetectionHitId().get())
            .collect(Collectors.toList());

    List<String> listed =
        client
            .detections()
            .listHitsAutoPaging(DetectionHitListParams.builder().limit(40).build())
            .stream()
            .map(h -> h.id().orElseThrow())
            .collect(Collectors.toList());
    DetectionHitPage first =
        client.detections().listHits(DetectionHitListParams.builder().limit(5).build());

    assertThat(expected).hasSizeGreaterThan(40);
    assertThat(listed).isEqualTo(expected);
    assertThat(first.hits()).hasSize(5);
    assertThat(first.totalCount()).isEqualTo(expected.size());
    assertThat(fake.detectionHits()).extracting(h -> h.id().orElseThrow()).isEqualTo(expected);
  }

  @Test
  void aHit_carriesItsAlertsDetectionAndStatus(CotoolFake fake, CotoolClient client) {
    String hitId = UUID.randomUUID().toString();
    fake.alerts()
        .reset(
            List.of(
                fromHit(hitId, AlertStatus.CLOSED_FALSE_POSITIVE),
                FakeAlert.builder().title("Not from a hit").build()));

    DetectionHit hit =
        client.detections().listHits(DetectionHitListParams.builder().build()).hits().get(0);

    assertThat(hit.id()).contains(hitId);
    assertThat(hit.detectionName()).contains("Sudoers change");
    assertThat(hit.headline()).contains("Sudoers changed");
    assertThat(hit.status()).contains("dismissed_fp");
    assertThat(hit.statusHistory())
        .extracting(c -> c.status().orElseThrow())
        .containsExactly("open", "dismissed_fp");
    assertThat(fake.detectionHits()).hasSize(1);
  }

  @Test
  void updateHitStatus_changesTheHitAndItsHistory(CotoolFake fake, CotoolClient client) {
    String hitId = UUID.randomUUID().toString();
    fake.alerts().reset(List.of(fromHit(hitId, AlertStatus.OPEN)));

    DetectionHit updated =
        client
            .detections()
            .updateHitStatus(
                hitId,
                UpdateDetectionHitStatusParams.builder()
                    .status(DetectionHitStatus.DISMISSED_FP)
                    .reason("known scanner")
                    .build())
            .hit();

    assertThat(updated.status()).contains("dismissed_fp");
    assertThat(updated.statusHistory())
        .last()
        .satisfies(
            change -> {
              assertThat(change.status()).contains("dismissed_fp");
              assertThat(change.reason()).contains("known scanner");
              assertThat(change.at()).isPresent();
            });
    assertThat(client.detections().listHits(DetectionHitListParams.builder().build()).hits())
        .singleElement()
        .satisfies(h -> assertThat(h.status()).contains("dismissed_fp"));
    assertThat(fake.detectionHits()).singleElement().isEqualTo(updated);

    fake.reset();
    assertThat(fake.detectionHits()).noneMatch(h -> h.id().orElse("").equals(hitId));
  }

  @Test
  void updateHitStatus_unknownHit_isNotFound_andAnInvalidBodyIs400(
      CotoolFake fake, CotoolClient client) {
    assertThatThrownBy(
            () ->
                client
                    .detections()
                    .updateHitStatus(
                        UUID.randomUUID().toString(),
                        UpdateDetectionHitStatusParams.builder()
                            .status(DetectionHitStatus.OPEN)
                            .build()))
        .isInstanceOf(NotFoundException.class);

    String hitId = fake.detectionHits().get(0).id().orElseThrow();
    assertThat(
            RawHttp.post(
                    fake, "/api/detections/hits/" + hitId + "/status", "{\"status\":\"closed\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            RawHttp.post(
                    fake,
                    "/api/detections/hits/" + hitId + "/status",
                    "{\"status\":\"open\",\"reason\":\"\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            RawHttp.post(fake, "/api/detections/hits/not-a-uuid/status", "{\"status\":\"open\"}")
                .status())
        .isEqualTo(400);
  }
}
