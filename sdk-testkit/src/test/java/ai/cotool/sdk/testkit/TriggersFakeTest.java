package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TriggersFakeTest {
  private static final String STARTS = "11111111-2222-4333-8444-555555555555";
  private static final String SKIPS = "53299c66-de36-4390-9afe-ef219223b44c";
  private static final String FAILS = "6bde1b95-d9e5-4f64-b9d9-7e66d02bfae3";

  @RegisterExtension
  static final CotoolFakeExtension cotool =
      new CotoolFakeExtension()
          .withSetup(
              fake ->
                  fake.triggers()
                      .skip(SKIPS, "Event did not match the trigger filter", "jira:issue_updated")
                      .fail(FAILS, "Trigger is disabled"));

  @Test
  void aTriggerWithoutAChoice_startsAFreshExecutionEveryTime(CotoolClient client) {
    TriggerResult first = client.triggers().invoke(TriggerSource.WEBHOOK, STARTS, Map.of("a", 1));
    TriggerResult second = client.triggers().invoke(TriggerSource.WEBHOOK, STARTS, Map.of("a", 2));

    assertThat(first).isInstanceOf(TriggerResult.Started.class);
    assertThat(((TriggerResult.Started) first).executionId())
        .isNotEqualTo(((TriggerResult.Started) second).executionId());
  }

  @Test
  void start_withAnExecutionId_answersThatId(CotoolFake fake, CotoolClient client) {
    fake.triggers().start(STARTS, "exec-42");

    assertThat(client.triggers().invoke(TriggerSource.SLACK, STARTS, Map.of()))
        .isEqualTo(new TriggerResult.Started("exec-42"));
  }

  @Test
  void skip_answersSkippedWithMessageAndAction(CotoolClient client) {
    assertThat(client.triggers().invoke(TriggerSource.JIRA, SKIPS, Map.of()))
        .isEqualTo(
            new TriggerResult.Skipped(
                "Event did not match the trigger filter", "jira:issue_updated"));
  }

  @Test
  void fail_answersFailed(CotoolClient client) {
    assertThat(client.triggers().invoke(TriggerSource.BUGCROWD, FAILS, Map.of()))
        .isEqualTo(new TriggerResult.Failed("Trigger is disabled"));
  }

  @Test
  void clear_makesEveryTriggerStartAgain(CotoolFake fake, CotoolClient client) {
    fake.triggers().clear();

    assertThat(client.triggers().invoke(TriggerSource.JIRA, SKIPS, Map.of()))
        .isInstanceOf(TriggerResult.Started.class);
  }

  @Test
  void triggerInvocations_recordSourceIdAndPayload(CotoolFake fake, CotoolClient client) {
    client.triggers().invokeWithJson(TriggerSource.HACKERONE, FAILS, "{\"report\":{\"id\":2291}}");

    assertThat(fake.triggerInvocations())
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.source()).isEqualTo(TriggerSource.HACKERONE);
              assertThat(call.triggerId()).isEqualTo(FAILS);
              assertThat(call.payload()).isEqualTo(Map.of("report", Map.of("id", 2291L)));
              assertThat(call.payloadObject()).containsKey("report");
            });
  }

  @Test
  void anInvalidTriggerId_isRejectedByTheFake(CotoolFake fake) {
    assertThat(RawHttp.post(fake, "/api/trigger/jira/not-a-uuid", "{}").status()).isEqualTo(400);
    assertThat(RawHttp.post(fake, "/api/trigger/email/" + UUID.randomUUID(), "{}").status())
        .isEqualTo(400);
  }
}
