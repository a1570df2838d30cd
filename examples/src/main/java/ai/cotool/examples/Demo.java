package ai.cotool.examples;

import ai.cotool.examples.ExampleSupport.Example;
import ai.cotool.examples.ExampleSupport.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The README's first command ({@code mvn -q -B -DskipTests -Pdemo package}) runs this: the five
 * examples in turn, on one connection. Without {@code COTOOL_API_KEY} they talk to the embedded
 * fake. Against the real API, the two that act on existing data run only on what the user names:
 * triggers in {@code COTOOL_TRIGGER_IDS}, the alert to triage in {@code COTOOL_TRIAGE_ALERT}.
 */
public final class Demo {
  private Demo() {}

  /**
   * @param args none
   */
  public static void main(String[] args) {
    ExampleSupport.main(args, Demo::run);
  }

  static int run(Session session) {
    Map<String, Example> steps = new LinkedHashMap<>();
    steps.put("CreateDetection", CreateDetection::run);
    steps.put("ListAlerts", ListAlerts::run);
    steps.put("CreateOutputDestinations", CreateOutputDestinations::run);
    steps.put("InvokeTrigger", Demo::invokeTrigger);
    steps.put("TriageAlert", Demo::triageAlert);
    int step = 0;
    for (Map.Entry<String, Example> e : steps.entrySet()) {
      session.out().println();
      session.out().println("== " + (++step) + "/" + steps.size() + " " + e.getKey() + " ==");
      int code =
          e.getValue()
              .run(
                  new Session(
                      session.client(),
                      session.out(),
                      List.of(),
                      session.env(),
                      session.embedded()));
      if (code != ExampleSupport.OK) {
        return code;
      }
    }
    session.out().println();
    session.out().println("Done.");
    return ExampleSupport.OK;
  }

  /** Against the real API, only the triggers the user named in COTOOL_TRIGGER_IDS are invoked. */
  private static int invokeTrigger(Session session) {
    String ids = session.env().get(ExampleSupport.TRIGGER_IDS);
    if (!session.embedded() && (ids == null || ids.isBlank())) {
      session
          .out()
          .println(
              "Skipped: set "
                  + ExampleSupport.TRIGGER_IDS
                  + "=SOURCE:TRIGGER_ID[,...] to invoke triggers of your organization.");
      return ExampleSupport.OK;
    }
    return InvokeTrigger.run(session);
  }

  /**
   * Against the real API, only the alert the user named in COTOOL_TRIAGE_ALERT is triaged (it is
   * changed).
   */
  private static int triageAlert(Session session) {
    String id = session.env().get(ExampleSupport.TRIAGE_ALERT);
    if (id != null && !id.isBlank()) {
      return TriageAlert.run(
          new Session(
              session.client(),
              session.out(),
              List.of(id.strip()),
              session.env(),
              session.embedded()));
    }
    if (!session.embedded()) {
      session
          .out()
          .println(
              "Skipped: set "
                  + ExampleSupport.TRIAGE_ALERT
                  + "=ALERT_ID (e.g. COT-1042) to triage one of your alerts; this comments on it and changes its status.");
      return ExampleSupport.OK;
    }
    return TriageAlert.run(session);
  }
}
