package ai.cotool.sdk.models;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a test class, saying why on the console, when Node.js or npm is not installed. */
final class RequiresNode implements ExecutionCondition {
  private static final Optional<String> UNAVAILABLE = PrismServer.unavailableReason();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (UNAVAILABLE.isEmpty()) {
      return ConditionEvaluationResult.enabled("node and npm found");
    }
    String reason =
        "SKIPPED "
            + context.getDisplayName()
            + ": it needs Node.js 18+ and npm to run the Prism mock"
            + " server, and "
            + UNAVAILABLE.get()
            + ". Install Node.js to run it (CI does).";
    if (context.getTestMethod().isEmpty() && context.getTestClass().isPresent()) {
      System.out.println(reason);
    }
    return ConditionEvaluationResult.disabled(reason);
  }
}
