package org.hamsafar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@Tag("store")
@HamsafarTest
class DashboardSignInTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Browserless browser;

    @BeforeEach
    void setUp() {
        browser = new Browserless(port);
    }

    @Test
    void pagesRedirectToTheSignInPageUntilSignedIn() {
        Browserless.Page home = browser.get("/");

        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).endsWith("/login");
    }

    @Test
    void signInShowsTheHomeWithTrueCountsAndIsAudited() {
        jdbc.sql("INSERT INTO customer (id, created_at, updated_at) VALUES (nextval('customer_seq'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)").update();
        long customers = jdbc.sql("SELECT COUNT(*) FROM customer WHERE merged_into IS NULL").query(Long.class).single(); // merged profiles are not customers any more
        long signInsBefore = signIns();

        Browserless.Page signedIn = browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);
        Browserless.Page home = browser.get("/");

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).doesNotContain("error");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"customerCount\"");
        assertThat(home.body()).containsPattern("id=\"customerCount\">" + persianDigits(customers) + "<");
        assertThat(signIns()).isEqualTo(signInsBefore + 1);
    }

    private long signIns() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in' AND actor = 'user:admin'").query(Long.class).single();
    }

    @Test
    void wrongPasswordIsRefusedAndAudited() {
        long failuresBefore = failedSignIns();

        Browserless.Page failed = browser.signIn("admin", "wrong-password");

        assertThat(failed.location()).endsWith("/login?error");
        assertThat(browser.get("/").status()).isEqualTo(302);
        assertThat(failedSignIns()).isEqualTo(failuresBefore + 1);
    }

    private long failedSignIns() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in_failed' AND target = 'user:admin'")
                .query(Long.class).single();
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() {
        Browserless.Page withoutToken = browser.post("/login", Map.of("username", "admin", "password", HamsafarTest.ADMIN_PASSWORD), null);

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void persianIsTheDefaultAndIsRightToLeft() {
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);

        String home = browser.get("/").body();

        assertThat(home).contains("lang=\"fa\"", "dir=\"rtl\"", "bootstrap.rtl.min.css", "نمای کلی");
    }

    @Test
    void languageChoiceIsRememberedForTheUserAcrossSessions() {
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);
        browser.post("/preferences/language", Map.of("lang", "en", "back", "/"), "/");

        String sameSession = browser.get("/").body();
        Browserless other = new Browserless(port);
        other.signIn("admin", HamsafarTest.ADMIN_PASSWORD);
        String newSession = other.get("/").body();
        browser.post("/preferences/language", Map.of("lang", "fa", "back", "/"), "/");

        assertThat(sameSession).contains("lang=\"en\"", "dir=\"ltr\"", "Overview");
        assertThat(newSession).contains("lang=\"en\"", "Overview");
        assertThat(jdbc.sql("SELECT language FROM app_user WHERE username = 'admin'").query(String.class).single()).isEqualTo("fa");
    }

    @Test
    void languageSwitchDoesNotRedirectOffSite() {
        Browserless.Page page = browser.post("/preferences/language", Map.of("lang", "en", "back", "//evil.example.com/"), "/login");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo("http://127.0.0.1:" + port + "/");
    }

    @Test
    void adminPagesNeedTheAdminRole() {
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);
        browser.post("/admin/users", Map.of("username", "vida.viewer", "password", "viewer-password", "role", "viewer",
                "language", "en"), "/admin/users");
        Browserless viewer = new Browserless(port);
        viewer.signIn("vida.viewer", "viewer-password");

        assertThat(browser.get("/admin/users").body()).contains("vida.viewer");
        assertThat(viewer.get("/").status()).isEqualTo(200);
        assertThat(viewer.get("/admin/users").status()).isEqualTo(403);
    }

    @Test
    void apiKeyCreatedInTheDashboardShowsItsSecretOnce() {
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);

        Browserless.Page created = browser.post("/admin/api-keys", Map.of("name", "website collector", "scopes", "ingest"), "/admin/api-keys");
        String withSecret = browser.get(created.location().replace("http://127.0.0.1:" + port, "")).body();
        String later = browser.get("/admin/api-keys").body();

        assertThat(withSecret).contains("id=\"newSecret\"", "hs_");
        assertThat(later).contains("website collector").doesNotContain("id=\"newSecret\"");
    }

    @Test
    void unknownPageShowsAFriendlyErrorPage() {
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);

        Browserless.Page page = browser.get("/no-such-page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("۴۰۴", "صفحه‌ای در این نشانی نیست").doesNotContain("Exception");
    }

    private static String persianDigits(long value) {
        StringBuilder out = new StringBuilder();
        for (char c : Long.toString(value).toCharArray()) {
            out.append((char) ('۰' + (c - '0')));
        }
        return out.toString();
    }
}
