package ai.cotool.examples;

import ai.cotool.examples.ExampleSupport.Session;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.paging.AlertPage;
import ai.cotool.sdk.paging.AutoPager;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pages through every open or in-progress alert of high or critical severity whose text mentions a
 * search term (default {@code admin}; pass another as the arguments), one line per alert, then
 * counts them by status and severity. The auto-pager fetches the next page only when the loop
 * reaches it.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=ai.cotool.examples.ListAlerts -Dexec.args=powershell
 * </pre>
 */
public final class ListAlerts {
  static final String DEFAULT_QUERY = "admin";
  static final int PAGE_SIZE = 5;

  private ListAlerts() {}

  /**
   * @param args an optional search term
   */
  public static void main(String[] args) {
    ExampleSupport.main(args, ListAlerts::run);
  }

  static int run(Session session) {
    PrintStream out = session.out();
    String q = session.args().isEmpty() ? DEFAULT_QUERY : String.join(" ", session.args());
    AlertListParams params =
        AlertListParams.builder()
            .statuses(AlertStatus.OPEN, AlertStatus.IN_PROGRESS)
            .severities(AlertSeverity.HIGH, AlertSeverity.CRITICAL)
            .q(q)
            .limit(PAGE_SIZE)
            .build();
    out.println(
        "Open or in-progress alerts, high or critical, matching \""
            + q
            + "\" (pages of "
            + PAGE_SIZE
            + "):");

    // client.alerts().listAutoPaging(params) is all it takes; this pager also shows when each page
    // is fetched:
    // only once the loop has consumed the previous one.
    AtomicInteger pages = new AtomicInteger();
    AutoPager<Alert> alerts =
        AutoPager.of(
            params,
            p -> {
              AlertPage page = session.client().alerts().list(p);
              out.printf(
                  "  -- page %d: offset %d, %d of %d alerts --%n",
                  pages.incrementAndGet(), p.offset(), page.alerts().size(), page.totalCount());
              return page;
            });

    Map<String, Integer> byStatus = new TreeMap<>();
    Map<String, Integer> bySeverity = new TreeMap<>();
    int count = 0;
    for (Alert alert : alerts) {
      count++;
      String severity = alert.severityAsString().orElse("none");
      out.printf(
          "  %-9s %-8s %-11s %-16s %s%n",
          alert.displayId(),
          severity,
          alert.statusAsString(),
          alert.source().nameAsString(),
          alert.title());
      byStatus.merge(alert.statusAsString(), 1, Integer::sum);
      bySeverity.merge(severity, 1, Integer::sum);
    }
    out.println(count + " alerts in " + pages.get() + (pages.get() == 1 ? " page" : " pages"));
    out.println("  by status:   " + summary(byStatus));
    out.println("  by severity: " + summary(bySeverity));
    return ExampleSupport.OK;
  }

  private static String summary(Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return "-";
    }
    StringBuilder s = new StringBuilder();
    counts.forEach(
        (key, n) -> s.append(s.length() == 0 ? "" : ", ").append(key).append(' ').append(n));
    return s.toString();
  }
}
