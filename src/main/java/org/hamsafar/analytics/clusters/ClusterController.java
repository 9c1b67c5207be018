package org.hamsafar.analytics.clusters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/analytics/clusters")
@Tag(name = "Analytics", description = "Customer analytics: cohorts, RFM, clusters, segments, ...")
class ClusterController {
    private final ClusterPersonas personas;

    ClusterController(ClusterPersonas personas) {
        this.personas = personas;
    }

    @PostMapping("/{jobId}/{cluster}/persona")
    @Operation(summary = "Save a cluster as a persona", description = """
            Clusters come from a `clusters` job (POST /api/v1/analytics/jobs {"kind": "clusters"}; its result:
            GET /api/v1/analytics/clusters/latest). Tags the cluster's customers `cluster-<jobId>-<cluster>` and creates a
            persona (see /api/v1/personas) whose `segment` is that tag, with demographics (typical age range, a gender held
            by at least 60 % of the cluster, typical city), interests and frustrations (its customers' top text topics;
            frustrations: mentioned negatively at least a third of the time), preferred channel and a quote summarising the
            cluster's traits. Optional body: `name` (default: from the cluster's strongest trait) and `language` (`fa`,
            default, or `en`) of the generated texts. 201 with the persona and `taggedCustomers`; 404 for an unknown job or
            cluster; 409 when a later clustering has replaced the job's customer assignments. Audited.""")
    ResponseEntity<Map<String, Object>> save(@PathVariable long jobId, @PathVariable int cluster,
                                             @RequestBody(required = false) JsonNode body) {
        String name = null;
        Locale locale = Locale.forLanguageTag("fa");
        if (body != null && !body.isNull()) {
            if (!body.isObject()) {
                throw InvalidInputException.of("body", "must be a JSON object with optional name and language");
            }
            JsonNode nameNode = body.get("name");
            if (nameNode != null && !nameNode.isNull()) {
                if (!nameNode.isString() || nameNode.asString().isBlank() || nameNode.asString().strip().length() > 120) {
                    throw InvalidInputException.of("name", "must be 1 to 120 characters");
                }
                name = nameNode.asString();
            }
            JsonNode language = body.get("language");
            if (language != null && !language.isNull()) {
                if (!language.isString() || !(language.asString().equals("fa") || language.asString().equals("en"))) {
                    throw InvalidInputException.of("language", "must be fa or en");
                }
                locale = Locale.forLanguageTag(language.asString());
            }
            for (String field : body.propertyNames()) {
                if (!field.equals("name") && !field.equals("language")) {
                    throw InvalidInputException.of(field, "unknown field");
                }
            }
        }
        ClusterPersonas.Saved saved = personas.save(jobId, cluster, name, locale);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("persona", saved.persona());
        answer.put("segment", saved.persona().segment());
        answer.put("taggedCustomers", saved.taggedCustomers());
        return ResponseEntity.created(URI.create("/api/v1/personas/" + saved.persona().id())).body(answer);
    }
}
