package ai.cotool.examples;

import ai.cotool.examples.ExampleSupport.DemoTrigger;
import ai.cotool.examples.ExampleSupport.Session;
import ai.cotool.examples.ExampleSupport.UsageException;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import com.google.gson.JsonElement;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts a JSON payload (an AWS GuardDuty finding, from {@code guardduty-finding.json}) to webhook
 * triggers and reports, for each, whether it started an agent execution, skipped the event or
 * failed.
 *
 * <p>Triggers are given as {@code SOURCE:TRIGGER_ID} arguments or in {@code COTOOL_TRIGGER_IDS}
 * (comma-separated); with the embedded fake, the three triggers of {@code demo-triggers.json} are
 * used, one per outcome.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=ai.cotool.examples.InvokeTrigger \
 *     -Dexec.args="webhook:de9ffc93-1792-4969-b7ed-abdf25873891"
 * </pre>
 */
public final class InvokeTrigger {
  private InvokeTrigger() {}

  /**
   * @param args triggers to invoke, as {@code SOURCE:TRIGGER_ID}
   */
  public static void main(String[] args) {
    ExampleSupport.main(args, InvokeTrigger::run);
  }

  /** A trigger to invoke. */
  record Target(TriggerSource source, String triggerId) {}

  static int run(Session session) {
    PrintStream out = session.out();
    List<Target> targets = targets(session);
    JsonElement payload = ExampleSupport.readJson("guardduty-finding.json");
    out.println(
        "Posting a GuardDuty finding to "
            + targets.size()
            + (targets.size() == 1 ? " trigger:" : " triggers:"));
    for (Target target : targets) {
      TriggerResult result =
          session.client().triggers().invoke(target.source(), target.triggerId(), payload);
      out.printf("  %-10s %s  %s%n", target.source().value(), target.triggerId(), describe(result));
    }
    return ExampleSupport.OK;
  }

  /** One line per outcome; {@code instanceof} reads well on Java 17 (on 21+, a pattern switch). */
  static String describe(TriggerResult result) {
    if (result instanceof TriggerResult.Started started) {
      return "started   execution " + started.executionId();
    }
    if (result instanceof TriggerResult.Skipped skipped) {
      return "skipped   " + skipped.message() + " (action " + skipped.action() + ")";
    }
    TriggerResult.Failed failed = (TriggerResult.Failed) result;
    return "failed    " + failed.error();
  }

  private static List<Target> targets(Session session) {
    List<String> specs = new ArrayList<>(session.args());
    String fromEnv = session.env().get(ExampleSupport.TRIGGER_IDS);
    if (specs.isEmpty() && fromEnv != null && !fromEnv.isBlank()) {
      specs.addAll(List.of(fromEnv.strip().split("\\s*,\\s*")));
    }
    List<Target> targets = new ArrayList<>();
    if (specs.isEmpty() && session.embedded()) {
      for (DemoTrigger trigger : ExampleSupport.demoTriggers()) {
        targets.add(new Target(trigger.source(), trigger.triggerId()));
      }
      return targets;
    }
    if (specs.isEmpty()) {
      throw new UsageException(
          "no trigger to invoke: pass SOURCE:TRIGGER_ID arguments or set "
              + ExampleSupport.TRIGGER_IDS
              + " (e.g. webhook:de9ffc93-1792-4969-b7ed-abdf25873891)");
    }
    for (String spec : specs) {
      int colon = spec.indexOf(':');
      TriggerSource source = colon < 0 ? null : TriggerSource.fromValue(spec.substring(0, colon));
      if (source == null || source == TriggerSource.UNKNOWN) {
        throw new UsageException("not SOURCE:TRIGGER_ID with a known source: " + spec);
      }
      targets.add(new Target(source, spec.substring(colon + 1)));
    }
    return targets;
  }
}
