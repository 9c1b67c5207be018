package org.hamsafar.analytics.churn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Why the model gives a customer their risk: each feature's contribution to the log-odds,
 * coefficient x standardised value (the customer's value against the training mean, in training
 * standard deviations). Positive contributions raise the risk above that of an average customer,
 * negative ones lower it; the largest in absolute value explain the most.
 */
public final class RiskFactors {
    private RiskFactors() {
    }

    /** One feature's part: the customer's raw value and its contribution to the log-odds. */
    record Factor(String feature, double value, double contribution) {
    }

    /** A customer's score detail as stored: {@code {"factors": [{feature, value, contribution}, ...]}} with the top three. */
    public static JsonNode detail(ChurnTraining.Trained model, double[] raw) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        ArrayNode list = detail.putArray("factors");
        for (Factor f : top(model, raw, 3)) {
            list.addObject().put("feature", f.feature()).put("value", ChurnResult.round(f.value()))
                    .put("contribution", ChurnResult.round(f.contribution()));
        }
        return detail;
    }

    /** The {@code k} largest contributions in absolute value, largest first. */
    static List<Factor> top(ChurnTraining.Trained model, double[] raw, int k) {
        Standardisation columns = model.columns();
        double[] weights = model.fit().weights();
        List<Factor> factors = new ArrayList<>(columns.size());
        for (int j = 0; j < columns.size(); j++) {
            int column = columns.kept()[j];
            double z = (raw[column] - columns.center()[j]) / columns.scale()[j];
            factors.add(new Factor(model.names().get(column), raw[column], weights[j] * z));
        }
        factors.sort(Comparator.comparingDouble((Factor f) -> -Math.abs(f.contribution())).thenComparing(Factor::feature));
        return List.copyOf(factors.subList(0, Math.min(k, factors.size())));
    }
}
