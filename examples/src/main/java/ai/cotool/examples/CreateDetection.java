package ai.cotool.examples;

import ai.cotool.examples.ExampleSupport.Session;
import ai.cotool.sdk.models.CreateDetectionParams;
import ai.cotool.sdk.models.Detection;
import ai.cotool.sdk.models.DetectionCadence;
import ai.cotool.sdk.models.DetectionCategory;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The flagship example: creates a privilege-escalation detection (a Splunk query over Linux audit
 * logs, a system prompt for the triage agent, the tools it may use, an hourly cadence), prints it,
 * accepts it and prints what accepting changed.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=ai.cotool.examples.CreateDetection
 * </pre>
 */
public final class CreateDetection {
  /** The detection this example creates. */
  static final CreateDetectionParams SUDOERS_ESCALATION =
      CreateDetectionParams.builder()
          .name("Privilege escalation via sudoers change")
          .description(
              "Alerts when a file under /etc/sudoers or /etc/sudoers.d is modified outside an approved change"
                  + " window, or a NOPASSWD rule is added for an account that is not break-glass.")
          .detectionCategory(DetectionCategory.PRIVILEGE_ESCALATION)
          .systemPrompt(
              "You are a Linux privilege-escalation analyst. For every hit, identify the account that changed"
                  + " sudoers, show the rule that was added, look for a change ticket in Jira, and decide whether the change"
                  + " grants passwordless root to an account that is not break-glass. Escalate if it does and no ticket"
                  + " authorizes it.")
          .detectionQuery(
              "index=linux_audit sourcetype=linux:audit (path=\"/etc/sudoers\" OR path=\"/etc/sudoers.d/*\")"
                  + " syscall IN (\"open\",\"openat\",\"rename\") perm=w"
                  + " | stats count min(_time) as firstSeen values(exe) as exe by host, auid, path")
          .siemType("splunk")
          .toolNames(
              "splunk_search",
              "okta_get_user",
              "crowdstrike_get_host_details",
              "jira_search_issues")
          .detectionCadence(DetectionCadence.HOURLY)
          .build();

  private CreateDetection() {}

  /**
   * @param args none
   */
  public static void main(String[] args) {
    ExampleSupport.main(args, CreateDetection::run);
  }

  static int run(Session session) {
    PrintStream out = session.out();
    out.println("Creating detection \"" + SUDOERS_ESCALATION.name() + "\"");
    Detection created = session.client().detections().create(SUDOERS_ESCALATION);
    out.println("Created detection " + created.id());
    print(created, out);

    Detection accepted = session.client().detections().accept(created.id());
    out.println("Accepted detection " + accepted.id() + ". What accepting changed:");
    Map<String, String[]> changes = changes(created, accepted);
    if (changes.isEmpty()) {
      out.println("  nothing");
    }
    changes.forEach(
        (field, values) -> out.printf("  %-13s %s -> %s%n", field, values[0], values[1]));
    return ExampleSupport.OK;
  }

  static void print(Detection d, PrintStream out) {
    out.printf("  %-13s %s%n", "name", d.name().orElse("-"));
    out.printf("  %-13s %s%n", "category", d.detectionCategoryAsString().orElse("-"));
    out.printf("  %-13s %s%n", "cadence", d.detectionCadenceAsString().orElse("-"));
    out.printf("  %-13s %s%n", "SIEM", d.siemType().orElse("-"));
    out.printf("  %-13s %s%n", "query", abbreviate(d.detectionQuery().orElse("-"), 90));
    out.printf("  %-13s %s%n", "tools", String.join(", ", d.toolNames()));
    out.printf(
        "  %-13s %s%n",
        "prompt",
        abbreviate(d.activeSystemPrompt().flatMap(Detection.SystemPrompt::prompt).orElse("-"), 90));
    out.printf("  %-13s %s%n", "suggestion", d.isSuggestion() ? "yes" : "no");
    out.printf("  %-13s %s%n", "enabled", d.enabled().map(e -> e ? "yes" : "no").orElse("-"));
  }

  /**
   * The properties that differ between two versions of a detection, with their old and new values.
   */
  static Map<String, String[]> changes(Detection before, Detection after) {
    Map<String, Function<Detection, Object>> fields = new LinkedHashMap<>();
    fields.put("isSuggestion", Detection::isSuggestion);
    fields.put("enabled", d -> d.enabled().orElse(null));
    fields.put("cronSchedule", d -> d.cronSchedule().orElse(null));
    fields.put("triggers", d -> d.triggerSummary().size());
    fields.put("name", d -> d.name().orElse(null));
    fields.put("cadence", d -> d.detectionCadenceAsString().orElse(null));
    fields.put("updatedAt", d -> d.updatedAt().orElse(null));
    Map<String, String[]> changes = new LinkedHashMap<>();
    fields.forEach(
        (name, getter) -> {
          Object old = getter.apply(before);
          Object now = getter.apply(after);
          if (!Objects.equals(old, now)) {
            changes.put(name, new String[] {text(old), text(now)});
          }
        });
    return changes;
  }

  private static String text(Object value) {
    return value == null ? "(none)" : value.toString();
  }

  private static String abbreviate(String text, int max) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
