package ai.cotool.examples;

import ai.cotool.examples.ExampleSupport.Session;
import ai.cotool.examples.ExampleSupport.UsageException;
import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.AddAlertCommentParams;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.models.AlertStatusUpdated;
import ai.cotool.sdk.models.AlertTimelineParams;
import ai.cotool.sdk.models.AlertWithTimeline;
import ai.cotool.sdk.models.TimelineEntry;
import ai.cotool.sdk.models.UpdateAlertStatusParams;
import java.io.PrintStream;
import java.util.List;

/**
 * Triages one alert end to end: lists the newest open alerts, reads one with its timeline ({@code
 * alerts().get}), pages through the whole timeline ({@code timelineAutoPaging}), adds a comment,
 * sets the status and shows the result. The status is {@code in_progress} for a high or critical
 * alert and {@code closed_false_positive} otherwise, unless given.
 *
 * <p>Against the embedded fake it triages the newest open alert. Against the real API it changes
 * real data, so it triages only the alert named as the first argument (a UUID or display id such as
 * {@code COT-1042}).
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=ai.cotool.examples.TriageAlert -Dexec.args="COT-1042 in_progress"
 * </pre>
 */
public final class TriageAlert {
  /** How many open alerts to list, and the timeline's page size (small, so that paging shows). */
  static final int LIST_SIZE = 5;

  static final int TIMELINE_PAGE_SIZE = 2;

  private TriageAlert() {}

  /**
   * @param args {@code [alertId [status]]}; the alert id is required against the real API
   */
  public static void main(String[] args) {
    ExampleSupport.main(args, TriageAlert::run);
  }

  static int run(Session session) {
    PrintStream out = session.out();
    CotoolClient client = session.client();
    List<String> args = session.args();
    if (args.size() > 2) {
      throw new UsageException("usage: TriageAlert [ALERT_ID [STATUS]]");
    }
    AlertStatus chosen = args.size() == 2 ? status(args.get(1)) : null;
    if (!session.embedded() && args.isEmpty()) {
      throw new UsageException(
          "name the alert to triage (this changes it): TriageAlert ALERT_ID [STATUS]");
    }

    // 1. The newest open alerts.
    List<Alert> open =
        client
            .alerts()
            .list(AlertListParams.builder().statuses(AlertStatus.OPEN).limit(LIST_SIZE).build())
            .alerts();
    out.println("Newest open alerts:");
    for (Alert alert : open) {
      out.printf(
          "  %-9s %-8s %s%n",
          alert.displayId(), alert.severityAsString().orElse("none"), alert.title());
    }
    if (open.isEmpty()) {
      out.println("  (none)");
    }
    String alertId = args.isEmpty() ? null : args.get(0);
    if (alertId == null) {
      if (open.isEmpty()) {
        out.println("Nothing to triage.");
        return ExampleSupport.OK;
      }
      alertId = open.get(0).displayId();
    }

    // 2. One alert, with the first page of its timeline.
    AlertWithTimeline alert =
        client
            .alerts()
            .get(alertId)
            .alert()
            .orElseThrow(() -> new IllegalStateException("The API returned no alert"));
    out.println();
    out.println("Triaging " + alert.displayId() + ": " + alert.title());
    out.println("  status    " + alert.statusAsString());
    out.println("  severity  " + alert.severityAsString().orElse("none"));
    out.println("  source    " + alert.source().nameAsString());
    alert.detection().map(d -> d.name()).ifPresent(name -> out.println("  detection " + name));
    out.println("  timeline  " + alert.timeline().size() + " of its entries included");

    // 3. The whole timeline, page by page (client.alerts().timeline(...) fetches a single page).
    out.println("Timeline (pages of " + TIMELINE_PAGE_SIZE + "):");
    AlertTimelineParams paging = AlertTimelineParams.builder().limit(TIMELINE_PAGE_SIZE).build();
    int entries = 0;
    for (TimelineEntry entry : client.alerts().timelineAutoPaging(alert.id(), paging)) {
      entries++;
      out.println("  " + line(entry));
    }
    out.println("  " + entries + (entries == 1 ? " entry" : " entries"));

    // 4. A comment, then 5. the status.
    AlertStatus status = chosen != null ? chosen : decide(alert);
    String comment =
        status == AlertStatus.CLOSED_FALSE_POSITIVE
            ? "Reviewed: no malicious activity found, closing as false positive."
            : status.isClosed()
                ? "Reviewed: closing as `" + status.value() + "`."
                : "Reviewed: needs investigation, setting `" + status.value() + "`.";
    TimelineEntry added =
        client
            .alerts()
            .addComment(alert.id(), AddAlertCommentParams.builder().bodyMarkdown(comment).build())
            .entry();
    out.println("Commented: " + line(added));

    AlertStatusUpdated updated =
        client
            .alerts()
            .updateStatus(
                alert.id(),
                UpdateAlertStatusParams.builder()
                    .status(status.value())
                    .reason("Triaged with the cotool-java TriageAlert example")
                    .build());
    Alert after =
        updated.alert().orElseThrow(() -> new IllegalStateException("The API returned no alert"));
    out.println(
        "Status:    "
            + alert.statusAsString()
            + " -> "
            + after.statusAsString()
            + after.resolvedAtAsString().map(at -> " (resolved " + at + ")").orElse(""));
    updated.entry().ifPresent(entry -> out.println("           " + line(entry)));

    // 6. The result, as the API now shows it.
    AlertWithTimeline now =
        client
            .alerts()
            .get(alert.id())
            .alert()
            .orElseThrow(() -> new IllegalStateException("The API returned no alert"));
    out.println(
        "Now "
            + now.displayId()
            + " is "
            + now.statusAsString()
            + " with "
            + client
                .alerts()
                .timeline(now.id(), AlertTimelineParams.builder().limit(1).build())
                .totalCount()
            + " timeline entries.");
    return ExampleSupport.OK;
  }

  /** High and critical alerts need a closer look; the rest are closed as false positives. */
  static AlertStatus decide(AlertWithTimeline alert) {
    AlertSeverity severity = alert.severity().orElse(AlertSeverity.UNKNOWN);
    return severity == AlertSeverity.HIGH || severity == AlertSeverity.CRITICAL
        ? AlertStatus.IN_PROGRESS
        : AlertStatus.CLOSED_FALSE_POSITIVE;
  }

  private static AlertStatus status(String text) {
    AlertStatus status = AlertStatus.fromValue(text);
    if (status == AlertStatus.UNKNOWN) {
      throw new UsageException(
          "unknown status "
              + text
              + "; one of open, in_progress, escalated,"
              + " closed_true_positive, closed_false_positive, closed_true_positive_benign");
    }
    return status;
  }

  /** One entry on one line: when, what, who and the first line of its text. */
  private static String line(TimelineEntry entry) {
    String who = entry.actorUserName().or(entry::actorAgentName).orElse("system");
    who = who.length() > 20 ? who.substring(0, 19) + "…" : who;
    String text = entry.bodyMarkdown().orElse("").lines().findFirst().orElse("");
    return String.format(
        "%-24s %-13s %-20s %s",
        entry.createdAt().orElse("?"),
        entry.kind().orElse("?"),
        who,
        text.length() > 70 ? text.substring(0, 69) + "…" : text);
  }
}
