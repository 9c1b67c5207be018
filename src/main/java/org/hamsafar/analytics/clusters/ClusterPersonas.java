package org.hamsafar.analytics.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.analytics.jobs.JobState;
import org.hamsafar.customers.CustomerTagSets;
import org.hamsafar.journeys.personas.Demographics;
import org.hamsafar.journeys.personas.Persona;
import org.hamsafar.journeys.personas.PersonaDraft;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.journeys.personas.Psychographics;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Saves a cluster as a persona for journey maps: its customers get the tag
 * {@code cluster-<job>-<n>} (source {@code cluster:<job>}), the persona's {@code segment}, so the
 * persona stands for real customers; its demographics come from the cluster's typical age, gender
 * and city, its interests and frustrations from the topics its customers write about (frustrations:
 * topics mentioned negatively at least a third of the time), its preferred channel from its
 * dominant one, and its quote from the cluster's summary.
 */
@Service
class ClusterPersonas {
    /** A gender is the persona's when at least this share of the cluster's customers (of known gender) have it. */
    static final double DOMINANT_GENDER = 0.6;
    static final double FRUSTRATION_NEGATIVE_SHARE = 1.0 / 3;
    private final AnalyticsJobs jobs;
    private final ClusterMembers members;
    private final CustomerTagSets tags;
    private final Personas personas;
    private final ClusterWords words;

    ClusterPersonas(AnalyticsJobs jobs, ClusterMembers members, CustomerTagSets tags, Personas personas, ClusterWords words) {
        this.jobs = jobs;
        this.members = members;
        this.tags = tags;
        this.personas = personas;
        this.words = words;
    }

    /** The tag a saved cluster's customers carry. */
    static String tag(long jobId, int cluster) {
        return "cluster-" + jobId + "-" + cluster;
    }

    /** A persona saved from a cluster, and how many customers carry its segment tag. */
    record Saved(Persona persona, int taggedCustomers) {
    }

    /** {@code name} null or blank: one made from the cluster's strongest trait, in {@code locale}'s language. */
    Saved save(long jobId, int cluster, String name, Locale locale) {
        JsonNode description = cluster(jobId, cluster);
        long[] customers = members.of(jobId, cluster);
        if (customers.length == 0) {
            throw new ConflictException("replaced", "the customers of clustering job " + jobId + " were replaced by a later clustering;"
                    + " save a cluster of the latest one (GET /api/v1/analytics/clusters/latest)");
        }
        String tag = tag(jobId, cluster);
        int tagged = tags.replace(tag, "cluster:" + jobId, customers).carried();
        String personaName = name == null || name.isBlank() ? words.name(description, locale) : name.strip();
        int k = jobs.get(jobId).result().path("k").asInt();
        Persona persona = personas.create(new PersonaDraft(personaName, null, demographics(description, locale),
                psychographics(description, locale), words.summary(description, k, locale), tag));
        return new Saved(persona, tagged);
    }

    /** The cluster's description in a succeeded clustering job; 404 when there is none. */
    JsonNode cluster(long jobId, int cluster) {
        AnalyticsJob job;
        try {
            job = jobs.get(jobId);
        } catch (NotFoundException e) {
            throw new NotFoundException("clustering job " + jobId);
        }
        if (!ClusterAnalysis.KIND.equals(job.kind())) {
            throw new NotFoundException("clustering job " + jobId);
        }
        if (job.state() != JobState.SUCCEEDED) {
            throw new ConflictException("not_succeeded", "clustering job " + jobId + " is " + job.state().key() + ", not succeeded");
        }
        JsonNode clusters = job.result().path("clusters");
        if (cluster < 1 || cluster > clusters.size()) {
            throw new NotFoundException("cluster " + cluster + " of clustering job " + jobId + " (it has 1 to " + clusters.size() + ")");
        }
        return clusters.get(cluster - 1);
    }

    private Demographics demographics(JsonNode cluster, Locale locale) {
        String ageRange = cluster.path("ageRange").isString() ? cluster.path("ageRange").asString() : null;
        String gender = null;
        for (var entry : cluster.path("genders").properties()) {
            if (entry.getValue().asDouble() >= DOMINANT_GENDER) {
                gender = words.text("analytics.clusters.gender." + entry.getKey(), locale);
            }
        }
        JsonNode city = cluster.path("typicalCity");
        String location = city.isObject() ? city.path("city").asString() : null;
        return new Demographics(ageRange, gender, null, null, null, location);
    }

    private Psychographics psychographics(JsonNode cluster, Locale locale) {
        List<String> interests = new ArrayList<>();
        List<String> frustrations = new ArrayList<>();
        boolean persian = "fa".equals(locale.getLanguage());
        for (JsonNode topic : cluster.path("topTopics")) {
            String label = topic.path(persian ? "labelFa" : "labelEn").asString();
            if (topic.path("negativeShare").asDouble() >= FRUSTRATION_NEGATIVE_SHARE) {
                frustrations.add(label);
            } else {
                interests.add(label);
            }
        }
        JsonNode channel = cluster.path("dominantChannel");
        List<String> channels = channel.isObject() ? List.of(channel.path("channel").asString()) : List.of();
        return new Psychographics(null, null, frustrations, null, interests, channels);
    }
}
