package ai.cotool.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.AddAlertCommentParams;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.AlertStatus;
import ai.cotool.sdk.models.AlertStatusUpdated;
import ai.cotool.sdk.models.AlertTimelineParams;
import ai.cotool.sdk.models.AlertWithTimeline;
import ai.cotool.sdk.models.TimelineEntry;
import ai.cotool.sdk.models.UpdateAlertStatusParams;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's alert triage snippets ("Alert triage" under Usage, and the test-kit one under
 * "Testing your code"), verbatim between the {@code README} markers, run against the fake: they
 * compile against the current API and do what the README says.
 */
class ReadmeAlertTriageTest {
  @RegisterExtension static final CotoolFakeExtension cotool = new CotoolFakeExtension();

  /** The code under test of the test-kit snippet: a user's own triage service. */
  static final class Triage {
    private final CotoolClient cotool;

    Triage(CotoolClient cotool) {
      this.cotool = cotool;
    }

    void closeIfBenign(String alertId) {
      AlertWithTimeline alert = cotool.alerts().get(alertId).alert().orElseThrow();
      if (alert.severity().orElse(AlertSeverity.LOW) == AlertSeverity.LOW) {
        cotool
            .alerts()
            .addComment(
                alertId,
                AddAlertCommentParams.builder().bodyMarkdown("Benign: planned change.").build());
        cotool
            .alerts()
            .updateStatus(
                alertId,
                UpdateAlertStatusParams.builder()
                    .status(AlertStatus.CLOSED_FALSE_POSITIVE.value())
                    .build());
      }
    }
  }

  @Test
  void usageSnippet_triagesAnAlert(CotoolFake fake, CotoolClient client) {
    fake.alerts()
        .reset(List.of(FakeAlert.builder().displayId("COT-1042").title("Sudoers changed").build()));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream realOut = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // README: alert triage
      // by a UUID or a display id
      AlertWithTimeline alert = client.alerts().get("COT-1042").alert().orElseThrow();
      System.out.println(alert.displayId() + " " + alert.status());
      System.out.println("timeline entries: " + alert.timeline().size());

      AlertTimelineParams params = AlertTimelineParams.builder().limit(50).build();
      // oldest first
      for (TimelineEntry entry : client.alerts().timelineAutoPaging(alert.id(), params)) {
        System.out.println(entry.kind().orElse("?") + ": " + entry.bodyMarkdown().orElse(""));
      }

      AddAlertCommentParams comment =
          AddAlertCommentParams.builder().bodyMarkdown("Planned change, see **OPS-88**.").build();
      client.alerts().addComment(alert.id(), comment);

      UpdateAlertStatusParams close =
          UpdateAlertStatusParams.builder()
              // the API documents the status as text
              .status(AlertStatus.CLOSED_FALSE_POSITIVE.value())
              .reason("Planned change")
              .build();
      AlertStatusUpdated updated = client.alerts().updateStatus(alert.id(), close);
      Alert closed = updated.alert().orElseThrow();
      System.out.println(closed.status() + ", resolved " + closed.resolvedAt().orElseThrow());
      // README: end
    } finally {
      System.setOut(realOut);
    }

    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("COT-1042 OPEN");
    assertThat(lines.get(1)).isEqualTo("timeline entries: 1");
    assertThat(lines.get(2)).isEqualTo("created: Alert created: Sudoers changed");
    assertThat(lines.get(3)).startsWith("CLOSED_FALSE_POSITIVE, resolved 20");
    assertThat(fake.alerts().comments("COT-1042"))
        .extracting(c -> c.bodyMarkdown().orElseThrow())
        .containsExactly("Planned change, see **OPS-88**.");
  }

  // README: test kit triage
  @Test
  void closeIfBenign_closesALowAlertWithAComment(CotoolFake fake, CotoolClient client) {
    fake.alerts()
        .reset(List.of(FakeAlert.builder().displayId("COT-7").severity(AlertSeverity.LOW).build()));

    new Triage(client).closeIfBenign("COT-7"); // your code under test

    assertThat(fake.alerts().get("COT-7").orElseThrow().status())
        .isEqualTo(AlertStatus.CLOSED_FALSE_POSITIVE);
    assertThat(fake.alerts().comments("COT-7"))
        .extracting(c -> c.bodyMarkdown().orElseThrow())
        .containsExactly("Benign: planned change.");
    assertThat(fake.alerts().timeline("COT-7"))
        .last()
        .satisfies(e -> assertThat(e.kind()).contains(FakeAlerts.KIND_STATUS_CHANGE));
  }

  // README: end

  /**
   * Every snippet above, dedented, is in the README as written: the README cannot drift from
   * compiled code.
   */
  @Test
  void everySnippet_isInTheReadmeVerbatim() throws IOException {
    Path module = Path.of(System.getProperty("user.dir"));
    String readme = Files.readString(module.resolve("../README.md"));
    String source =
        Files.readString(
            module.resolve("src/test/java/ai/cotool/sdk/testkit/ReadmeAlertTriageTest.java"));
    Matcher snippet =
        Pattern.compile("\\n( *)// README: ([a-z -]+)\\n(.*?)\\n\\s*// README: end", Pattern.DOTALL)
            .matcher(source);
    List<String> names = new ArrayList<>();
    while (snippet.find()) {
      String indent = snippet.group(1);
      String code =
          snippet
              .group(3)
              .lines()
              .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
              .collect(Collectors.joining("\n"));
      names.add(snippet.group(2));
      assertThat(readme)
          .as("README snippet '%s'", snippet.group(2))
          .contains("```java\n" + code + "\n");
    }
    assertThat(names).containsExactly("alert triage", "test kit triage");
  }
}
