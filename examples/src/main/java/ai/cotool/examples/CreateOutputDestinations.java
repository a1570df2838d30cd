package ai.cotool.examples;

import ai.cotool.examples.ExampleSupport.Session;
import ai.cotool.sdk.models.OutputDestination;
import ai.cotool.sdk.models.OutputDestinationParams;
import ai.cotool.sdk.models.PagerDutySeverity;
import ai.cotool.sdk.models.WebhookAuthType;
import java.io.PrintStream;
import java.util.List;

/**
 * Creates one output destination of each of the six kinds and prints each result with a visitor
 * over the sealed {@link OutputDestination} type: the compiler checks that every kind is handled.
 * (On Java 21+, a pattern {@code switch} over the same type does the same.)
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=ai.cotool.examples.CreateOutputDestinations
 * </pre>
 */
public final class CreateOutputDestinations {
  /** The destinations this example creates, one of each kind. */
  static final List<OutputDestinationParams> DESTINATIONS =
      List.of(
          OutputDestinationParams.webhook()
              .name("SOAR intake webhook")
              .url("https://soar.acme-corp.example/api/v2/intake/cotool")
              .authType(WebhookAuthType.HEADER)
              .headerName("X-API-Key")
              .token("whk_demo_7Qm2vX9pR4tL8sNc")
              .build(),
          OutputDestinationParams.teams()
              .name("SOC Teams channel")
              .url(
                  "https://prod-47.westus.logic.azure.com/workflows/3f1c9a2e8b7d4e60/triggers/manual/paths/invoke")
              .build(),
          OutputDestinationParams.slack()
              .name("SOC alerts (Slack)")
              .channelIds("C04QZ8K1M2P", "C05B7N3TQ9X")
              .build(),
          OutputDestinationParams.pagerDuty()
              .name("PagerDuty: security on-call")
              .severity(PagerDutySeverity.ERROR)
              .source("cotool-detections")
              .build(),
          OutputDestinationParams.linear()
              .name("Linear: security engineering triage")
              .teamId("9cfb482a-81e3-4154-b5b9-2c805e70a02d")
              .teamName("Security Engineering")
              .build(),
          OutputDestinationParams.tines()
              .name("Tines: SOC case management")
              .teamId("4812")
              .teamName("SOC Automation")
              .build());

  private CreateOutputDestinations() {}

  /**
   * @param args none
   */
  public static void main(String[] args) {
    ExampleSupport.main(args, CreateOutputDestinations::run);
  }

  static int run(Session session) {
    PrintStream out = session.out();
    out.println("Creating " + DESTINATIONS.size() + " output destinations, one of each kind:");
    for (OutputDestinationParams params : DESTINATIONS) {
      OutputDestination created = session.client().outputDestinations().create(params);
      out.printf("  %-9s %-38s %s%n", created.type(), created.name(), created.accept(DESCRIBE));
    }
    return ExampleSupport.OK;
  }

  /** One line per kind; a kind this SDK version does not know yet still prints. */
  static final OutputDestination.Visitor<String> DESCRIBE =
      new OutputDestination.Visitor<>() {
        @Override
        public String visitWebhook(OutputDestination.Webhook d) {
          String auth =
              d.config().authType() == WebhookAuthType.HEADER
                  ? "header " + d.config().headerName().orElse("?")
                  : d.config().authTypeAsString();
          return "POST "
              + d.config().url()
              + " (auth: "
              + auth
              + ", token "
              + (d.hasToken() ? "set" : "not set")
              + ")";
        }

        @Override
        public String visitTeams(OutputDestination.Teams d) {
          return "Teams workflow " + host(d.config().url());
        }

        @Override
        public String visitSlack(OutputDestination.Slack d) {
          return "channels " + String.join(", ", d.config().channelIds());
        }

        @Override
        public String visitPagerDuty(OutputDestination.PagerDuty d) {
          return "severity "
              + d.config().severityAsString()
              + d.config().source().map(s -> ", source " + s).orElse("");
        }

        @Override
        public String visitLinear(OutputDestination.Linear d) {
          return "team " + d.config().teamName().orElse(d.config().teamId());
        }

        @Override
        public String visitTines(OutputDestination.Tines d) {
          return "team "
              + d.config().teamId()
              + d.config().teamName().map(n -> " (" + n + ")").orElse("");
        }

        @Override
        public String visitUnknown(OutputDestination.Unknown d) {
          return "a kind this SDK version does not know: " + d.type();
        }
      };

  private static String host(String url) {
    try {
      return java.net.URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
