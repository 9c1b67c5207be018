package org.hamsafar.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The analytics overview read like a browser without JavaScript: each analysis, its last job, and who may run one. */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsOverviewPageTest {
    @LocalServerPort
    int port;
    @Autowired
    AnalyticsJobs jobs;
    @Autowired
    CustomerScores scores;
    String prefix;

    @BeforeAll
    void createUsers() {
        Api api = new Api(port);
        prefix = "ao" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        for (String[] user : new String[][] {{"viewer", "fa"}, {"analyst", "en"}}) {
            Api.Reply created = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", prefix + "-" + user[0],
                    "displayName", user[0], "password", "a-long-password", "role", user[0], "language", user[1])));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
    }

    private Browserless signedIn(String role) {
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(prefix + "-" + role, "a-long-password").status()).isEqualTo(302);
        return browser;
    }

    @Test
    void anAnalystRunsAnAnalysisFromThePageAndSeesItsState() {
        Browserless analyst = signedIn("analyst");
        long before = jobs.page("test-sum", null, 1).items().stream().mapToLong(AnalyticsJob::id).findFirst().orElse(0);

        Browserless.Page ran = analyst.post("/analytics/run/test-sum", Map.of(), "/analytics");
        AnalyticsJob job = jobs.page("test-sum", null, 1).items().get(0);
        jobs.await(job.id(), Duration.ofSeconds(30));
        String page = analyst.get("/analytics").body();

        assertThat(ran.status()).isEqualTo(302);
        assertThat(job.id()).isGreaterThan(before);
        assertThat(job.requestedBy()).contains(prefix + "-analyst");
        assertThat(page).contains("<html lang=\"en\" dir=\"ltr\"").contains("id=\"analysis-test-sum\"");
        assertThat(page).containsPattern("id=\"analysis-test-sum\"[\\s\\S]*?text-bg-success\">Succeeded<");
        assertThat(page).contains("action=\"/analytics/run/test-sum\"");
    }

    @Test
    void aViewerReadsInPersianAndMayNotRunAnalyses() {
        Browserless viewer = signedIn("viewer");

        String page = viewer.get("/analytics").body();
        Browserless.Page refused = viewer.post("/analytics/run/test-sum", Map.of(), "/analytics");

        assertThat(page).contains("<html lang=\"fa\" dir=\"rtl\"").contains("تحلیل‌ها").contains("id=\"analysis-test-sum\"");
        assertThat(page).doesNotContain("action=\"/analytics/run/");
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void theProfileNamesEachPredictionInTheReadersLanguageAndLinksItsPage() {
        Api api = new Api(port);
        long id = api.send("/api/v1/customers", HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                Api.json(Map.of("identities", Map.of("externalId", prefix + "-scored"))).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .json().get("id").asLong();
        scores.replace("rfm", 0, List.of(new CustomerScore(id, 555.0, "champions", null)));
        scores.replace("cluster", 0, List.of(new CustomerScore(id, 0.8, "cluster_2", null)));

        String page = signedIn("viewer").get("/customers/" + id).body();

        assertThat(page).contains("id=\"factPredictions\"");
        assertThat(page).containsPattern("href=\"/analytics/clusters\"[^>]*>خوشه‌بندی به پرسونا<");
        assertThat(page).containsPattern("data-model=\"rfm\"[\\s\\S]*?>قهرمانان<");
        assertThat(page).containsPattern("data-model=\"cluster\"[\\s\\S]*?>خوشه ۲<");
    }
}
