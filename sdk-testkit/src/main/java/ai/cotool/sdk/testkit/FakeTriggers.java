package ai.cotool.sdk.testkit;

import ai.cotool.sdk.testkit.internal.FakeApi;
import ai.cotool.sdk.testkit.internal.FakeApi.TriggerOutcome;
import ai.cotool.sdk.testkit.internal.FakeApi.TriggerOutcome.Kind;
import ai.cotool.sdk.testkit.internal.Ids;
import java.util.Objects;

/**
 * Chooses what {@code POST /api/trigger/{source}/{triggerId}} answers, per trigger id. A trigger
 * without a choice starts an execution with a fresh id on every call. Obtained from {@link
 * CotoolFake#triggers()}; thread-safe.
 *
 * <pre>{@code
 * fake.triggers()
 *     .skip(dedupedTrigger, "Event did not match the trigger filter", "jira:issue_updated")
 *     .fail(disabledTrigger, "Trigger is disabled");
 * }</pre>
 */
public final class FakeTriggers {
  private final FakeApi api;

  FakeTriggers(FakeApi api) {
    this.api = api;
  }

  /**
   * The trigger starts an execution with a fresh id per call (the default).
   *
   * @param triggerId the trigger's UUID
   * @return this
   */
  public FakeTriggers start(String triggerId) {
    return set(triggerId, new TriggerOutcome(Kind.STARTED, null, null, null, null));
  }

  /**
   * The trigger starts an execution with this id, on every call.
   *
   * @param triggerId the trigger's UUID
   * @param executionId the execution id to answer
   * @return this
   */
  public FakeTriggers start(String triggerId, String executionId) {
    Objects.requireNonNull(executionId, "executionId");
    return set(triggerId, new TriggerOutcome(Kind.STARTED, executionId, null, null, null));
  }

  /**
   * The trigger skips the event: {@code {"executionId": "skipped", "message": ..., "action": ...}}.
   *
   * @param triggerId the trigger's UUID
   * @param message why it was skipped
   * @param action the action that caused the skip
   * @return this
   */
  public FakeTriggers skip(String triggerId, String message, String action) {
    return set(
        triggerId,
        new TriggerOutcome(
            Kind.SKIPPED,
            null,
            Objects.requireNonNull(message, "message"),
            Objects.requireNonNull(action, "action"),
            null));
  }

  /**
   * Processing fails: a 200 answer with {@code {"error": ...}}, as the API documents.
   *
   * @param triggerId the trigger's UUID
   * @param error the error text
   * @return this
   */
  public FakeTriggers fail(String triggerId, String error) {
    return set(
        triggerId,
        new TriggerOutcome(Kind.FAILED, null, null, null, Objects.requireNonNull(error, "error")));
  }

  /**
   * @return this, with every trigger back to starting executions
   */
  public FakeTriggers clear() {
    api.clearTriggerOutcomes();
    return this;
  }

  private FakeTriggers set(String triggerId, TriggerOutcome outcome) {
    Ids.requireUuid("triggerId", triggerId);
    api.setTriggerOutcome(triggerId, outcome);
    return this;
  }
}
