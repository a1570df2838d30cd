package ai.cotool.sdk;

import ai.cotool.sdk.models.*;
import ai.cotool.sdk.paging.*;
import ai.cotool.sdk.resources.*;
import java.util.concurrent.CompletableFuture;

/**
 * Test fakes' base classes: every operation throws until a fake overrides the ones its test uses.
 */
public final class Unsupported {
  private Unsupported() {}

  /** What every operation a fake does not override throws. */
  static UnsupportedOperationException notFaked() {
    return new UnsupportedOperationException("not faked");
  }

  public abstract static class Detections implements DetectionsResource {
    @Override
    public DetectionList list(RequestOptions options) {
      throw notFaked();
    }

    @Override
    public Detection create(CreateDetectionParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public DetectionHitPage listHits(DetectionHitListParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public AutoPager<DetectionHit> listHitsAutoPaging(
        DetectionHitListParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public DetectionHitStatusUpdated updateHitStatus(
        String hitId, UpdateDetectionHitStatusParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public DetectionSuggestions suggestions(RequestOptions options) {
      throw notFaked();
    }

    @Override
    public Detection accept(String detectionId, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public DetectionOutputs getOutputs(String id, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public DetectionOutputSettings updateOutputs(
        String id, UpdateDetectionOutputsParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public DetectionRunStarted run(String id, RunDetectionParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public DetectionRunPage listRuns(
        String id, DetectionRunListParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public AutoPager<DetectionRun> listRunsAutoPaging(
        String id, DetectionRunListParams params, RequestOptions options) {
      throw notFaked();
    }
  }

  public abstract static class Alerts implements AlertsResource {
    @Override
    public AlertPage list(AlertListParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public AutoPager<Alert> listAutoPaging(AlertListParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public AlertForRun getForRun(String runId, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public AlertDetail get(String alertId, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CommentAdded addComment(
        String alertId, AddAlertCommentParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public AlertStatusUpdated updateStatus(
        String alertId, UpdateAlertStatusParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public TimelineEntryPage timeline(
        String alertId, AlertTimelineParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public AutoPager<TimelineEntry> timelineAutoPaging(
        String alertId, AlertTimelineParams params, RequestOptions options) {
      throw notFaked();
    }
  }

  public abstract static class DetectionsAsync implements DetectionsResourceAsync {
    @Override
    public CompletableFuture<DetectionList> list(RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<Detection> create(
        CreateDetectionParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<DetectionHitPage> listHits(
        DetectionHitListParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public AsyncAutoPager<DetectionHit> listHitsAutoPaging(
        DetectionHitListParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<DetectionHitStatusUpdated> updateHitStatus(
        String hitId, UpdateDetectionHitStatusParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<DetectionSuggestions> suggestions(RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<Detection> accept(String detectionId, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<DetectionOutputs> getOutputs(String id, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<DetectionOutputSettings> updateOutputs(
        String id, UpdateDetectionOutputsParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<DetectionRunStarted> run(
        String id, RunDetectionParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<DetectionRunPage> listRuns(
        String id, DetectionRunListParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public AsyncAutoPager<DetectionRun> listRunsAutoPaging(
        String id, DetectionRunListParams params, RequestOptions options) {
      throw notFaked();
    }
  }

  public abstract static class AlertsAsync implements AlertsResourceAsync {
    @Override
    public CompletableFuture<AlertPage> list(AlertListParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public AsyncAutoPager<Alert> listAutoPaging(AlertListParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<AlertForRun> getForRun(String runId, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<AlertDetail> get(String alertId, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<CommentAdded> addComment(
        String alertId, AddAlertCommentParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<AlertStatusUpdated> updateStatus(
        String alertId, UpdateAlertStatusParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public CompletableFuture<TimelineEntryPage> timeline(
        String alertId, AlertTimelineParams params, RequestOptions options) {
      throw notFaked();
    }

    @Override
    public AsyncAutoPager<TimelineEntry> timelineAutoPaging(
        String alertId, AlertTimelineParams params, RequestOptions options) {
      throw notFaked();
    }
  }
}
