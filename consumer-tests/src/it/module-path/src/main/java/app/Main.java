package app;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.models.Alert;
import ai.cotool.sdk.models.AlertListParams;
import ai.cotool.sdk.models.AlertSeverity;
import ai.cotool.sdk.models.TriggerResult;
import ai.cotool.sdk.models.TriggerSource;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Lists alerts and forwards one to a trigger, against a stub server; exits non-zero when anything is off. */
public final class Main {
  record Escalation(String reason, Instant at, Optional<String> owner) {}

  private static final String ALERT = "{\"id\":\"6d82846b-8f25-4fbf-8360-7c383fb3c77d\",\"displayId\":\"COT-1042\","
      + "\"title\":\"Sudoers changed\",\"severity\":\"critical\",\"status\":\"open\","
      + "\"createdAt\":\"2025-11-21T14:07:12.481Z\",\"updatedAt\":\"2025-11-21T14:07:12.481Z\"}";

  public static void main(String[] args) throws Exception {
    AtomicReference<String> received = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String body = path.startsWith("/api/alerts")
          ? "{\"alerts\":[" + ALERT + "],\"totalCount\":1}"
          : "{\"executionId\":\"exec-1\"}";
      if (path.startsWith("/api/trigger")) {
        received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    try (CotoolClient client = CotoolClient.builder().apiKey("test-key")
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build()) {
      List<Alert> alerts = client.alerts().list(AlertListParams.builder().limit(10).build()).alerts();
      Alert alert = alerts.get(0);
      TriggerResult result = client.triggers().invoke(TriggerSource.WEBHOOK, "53299c66-de36-4390-9afe-ef219223b44c",
          Map.of("alert", alert, "severity", AlertSeverity.CRITICAL,
              "escalation", new Escalation("sudoers", Instant.parse("2026-01-02T03:04:05Z"), Optional.empty())));
      String sent = received.get();
      check(Main.class.getModule().isNamed() && CotoolClient.class.getModule().getName().equals("ai.cotool.sdk"),
          "not on the module path: " + CotoolClient.class.getModule());
      check(result instanceof TriggerResult.Started, "result " + result);
      check(sent.contains("\"severity\":\"critical\""), "sent " + sent);
      check(sent.contains("\"escalation\":{\"reason\":\"sudoers\",\"at\":\"2026-01-02T03:04:05Z\",\"owner\":null}"),
          "sent " + sent);
      check(sent.contains("\"displayId\":\"COT-1042\""), "sent " + sent);
      System.out.println("module path OK: " + alert.displayId() + " forwarded, " + result);
    } finally {
      server.stop(0);
    }
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new AssertionError(problem);
    }
  }
}
