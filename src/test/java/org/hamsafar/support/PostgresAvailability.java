package org.hamsafar.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On a PostgreSQL run, skips store tests when no server is reachable on a developer's machine, and
 * lets them run (and fail loudly) when one is required, as in CI.
 */
public class PostgresAvailability implements ExecutionCondition {
    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestStore.postgres() || TestStore.postgresRequired()) {
            return ConditionEvaluationResult.enabled("store available or required");
        }
        if (reachable == null) {
            reachable = TestStore.postgresReachable();
        }
        return reachable ? ConditionEvaluationResult.enabled("PostgreSQL reachable")
                : ConditionEvaluationResult.disabled("No PostgreSQL at " + TestStore.postgresUrl() + " (set CI=true to fail instead)");
    }
}
