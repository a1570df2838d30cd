package ai.cotool.examples;

import ai.cotool.sdk.CotoolClient;
import ai.cotool.sdk.errors.BadRequestException;
import ai.cotool.sdk.errors.CotoolException;
import ai.cotool.sdk.errors.CotoolServiceException;
import ai.cotool.sdk.errors.PermissionDeniedException;
import ai.cotool.sdk.models.TriggerSource;
import ai.cotool.sdk.testkit.CotoolFake;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every example shares: connecting (the real API from {@code COTOOL_API_KEY} / {@code
 * COTOOL_BASE_URL}, or the embedded fake from cotool-java-testkit when they are absent), and
 * showing errors as one line with a non-zero exit code (the stack trace only with {@code
 * -Dcotool.debug=true}).
 */
final class ExampleSupport {
  static final String API_KEY = "COTOOL_API_KEY";
  static final String BASE_URL = "COTOOL_BASE_URL";
  static final String TRIGGER_IDS = "COTOOL_TRIGGER_IDS";
  static final String TRIAGE_ALERT = "COTOOL_TRIAGE_ALERT";

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private ExampleSupport() {}

  /**
   * Everything an example's logic needs.
   *
   * @param client the client, for the real API or the embedded fake
   * @param out where the example prints
   * @param args the command-line arguments
   * @param env the environment
   * @param embedded whether the client talks to the embedded fake
   */
  record Session(
      CotoolClient client,
      PrintStream out,
      List<String> args,
      Map<String, String> env,
      boolean embedded) {}

  /** An example's logic: prints its results and returns the exit code. */
  @FunctionalInterface
  interface Example {
    int run(Session session);
  }

  /** A usage or configuration problem, reported as one line with exit code {@value #USAGE}. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Runs an example as a program; exits the JVM only on failure, so that it also runs inside Maven.
   */
  static void main(String[] args, Example example) {
    int code = execute(List.of(args), System.getenv(), System.out, System.err, example);
    if (code != OK) {
      System.exit(code);
    }
  }

  /**
   * Connects, runs the example and turns failures into one line on {@code err}.
   *
   * @return the exit code
   */
  static int execute(
      List<String> args,
      Map<String, String> env,
      PrintStream out,
      PrintStream err,
      Example example) {
    CotoolFake fake = null;
    CotoolClient client = null;
    try {
      String key = blankToNull(env.get(API_KEY));
      String baseUrl = blankToNull(env.get(BASE_URL));
      if (key == null && baseUrl != null) {
        throw new UsageException(
            BASE_URL
                + " is set but "
                + API_KEY
                + " is not: set both to use that API, or"
                + " neither to use the embedded fake");
      }
      if (key == null) {
        fake = startEmbeddedFake();
        client = fake.client();
        out.println(
            "Using the embedded Cotool fake at "
                + fake.baseUrl()
                + " (no "
                + API_KEY
                + " set). To call"
                + " the real API, set "
                + API_KEY
                + " (and "
                + BASE_URL
                + " for an endpoint other than "
                + CotoolClient.DEFAULT_BASE_URL
                + ").");
      } else {
        String url = baseUrl == null ? CotoolClient.DEFAULT_BASE_URL : baseUrl;
        client = CotoolClient.builder().apiKey(key).baseUrl(url).build();
        out.println(
            "Using the Cotool API at "
                + url
                + " (from "
                + API_KEY
                + (baseUrl == null ? "" : " and " + BASE_URL)
                + ").");
      }
      return example.run(new Session(client, out, args, env, fake != null));
    } catch (UsageException e) {
      err.println("Error: " + e.getMessage());
      debug(e, err);
      return USAGE;
    } catch (CotoolException | IllegalArgumentException | IllegalStateException e) {
      err.println("Error: " + describe(e));
      debug(e, err);
      return FAILED;
    } finally {
      if (fake != null) {
        fake.close(); // also closes its client
      } else if (client != null) {
        client.close();
      }
    }
  }

  /** The embedded fake, with the trigger outcomes of {@code demo-triggers.json}. */
  static CotoolFake startEmbeddedFake() {
    CotoolFake fake = CotoolFake.start();
    for (DemoTrigger trigger : demoTriggers()) {
      switch (trigger.outcome()) {
        case "skipped":
          fake.triggers().skip(trigger.triggerId(), trigger.message(), trigger.action());
          break;
        case "failed":
          fake.triggers().fail(trigger.triggerId(), trigger.error());
          break;
        default:
          fake.triggers().start(trigger.triggerId());
      }
    }
    return fake;
  }

  /**
   * One trigger of {@code demo-triggers.json}.
   *
   * @param source where the webhook claims to come from
   * @param triggerId the trigger's id
   * @param label what the trigger is for
   * @param outcome what the embedded fake answers: started, skipped or failed
   * @param message for skipped: why
   * @param action for skipped: which action
   * @param error for failed: the error
   */
  record DemoTrigger(
      TriggerSource source,
      String triggerId,
      String label,
      String outcome,
      String message,
      String action,
      String error) {}

  static List<DemoTrigger> demoTriggers() {
    List<DemoTrigger> triggers = new ArrayList<>();
    for (JsonElement e :
        readJson("demo-triggers.json").getAsJsonObject().getAsJsonArray("triggers")) {
      JsonObject t = e.getAsJsonObject();
      triggers.add(
          new DemoTrigger(
              TriggerSource.fromValue(t.get("source").getAsString()),
              t.get("triggerId").getAsString(),
              t.get("label").getAsString(),
              t.get("outcome").getAsString(),
              string(t, "message"),
              string(t, "action"),
              string(t, "error")));
    }
    return triggers;
  }

  /** Reads a JSON resource of this package. */
  static JsonElement readJson(String name) {
    try (InputStream in = ExampleSupport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One line: the status and the server's explanation, with the detail a user needs to act on it.
   */
  static String describe(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof PermissionDeniedException
        && !((PermissionDeniedException) e).missingPerms().isEmpty()) {
      message +=
          " (missing permissions: "
              + String.join(", ", ((PermissionDeniedException) e).missingPerms())
              + ")";
    } else if (e instanceof BadRequestException && !((BadRequestException) e).issues().isEmpty()) {
      Map<String, Object> issue = ((BadRequestException) e).issues().get(0);
      message +=
          " (" + issue.getOrDefault("path", "") + ": " + issue.getOrDefault("message", "") + ")";
    } else if (e instanceof CotoolServiceException
        && ((CotoolServiceException) e).statusCode() == 401) {
      message += " (check " + API_KEY + ")";
    }
    return message.replaceAll("\\s+", " ").strip();
  }

  private static void debug(Exception e, PrintStream err) {
    if (Boolean.getBoolean("cotool.debug")) {
      e.printStackTrace(err);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String string(JsonObject object, String name) {
    JsonElement e = object.get(name);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }
}
