package org.hamsafar.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.support.Api;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Customer tags: added and removed by the API and by other modules, moved by merges, gone with erasure. */
@Tag("store")
@HamsafarTest
class CustomerTagsTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private long customer(String externalId) {
        Api.Reply reply = api.send("/api/v1/customers", KEY, "PUT", "application/json",
                Api.json(Map.of("identities", Map.of("externalId", externalId))).getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().get("id").asLong();
    }

    private Api.Reply tag(long customer, String tag) {
        return api.send("/api/v1/customers/" + customer + "/tags/" + tag, KEY, "PUT", null, new byte[0]);
    }

    private List<String> tagsInJson(long customer) {
        List<String> tags = new ArrayList<>();
        api.get("/api/v1/customers/" + customer, KEY).json().get("tags").forEach(t -> tags.add(t.asString()));
        return tags;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aTagAddedTwiceIsKeptOnceWithItsFirstTimeAndSource() {
        long id = customer(unique("TAG-TWICE"));

        Api.Reply first = tag(id, "vip");
        Api.Reply second = tag(id, "vip");
        boolean againByRule = customers.tag(id, "vip", "rule:12");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(againByRule).isFalse();
        assertThat(first.json().get("source").asString()).startsWith("key:");
        assertThat(second.json().get("addedAt").asString()).isEqualTo(first.json().get("addedAt").asString());
        assertThat(second.json().get("source").asString()).isEqualTo(first.json().get("source").asString());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_tag WHERE customer_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(tagsInJson(id)).containsExactly("vip");
    }

    @Test
    void otherModulesTagAndUntagThroughTheDirectory() {
        long id = customer(unique("TAG-FACADE"));

        boolean added = customers.tag(id, "at_risk", "rule:12");
        customers.tag(id, "detractor", "user:ali");
        boolean removed = customers.untag(id, "detractor");
        boolean removedAgain = customers.untag(id, "detractor");

        assertThat(added).isTrue();
        assertThat(removed).isTrue();
        assertThat(removedAgain).isFalse();
        assertThat(customers.tags(id)).containsExactly("at_risk");
        assertThat(customers.tagDetails(id).get(0).source()).isEqualTo("rule:12");
        JsonNode details = api.get("/api/v1/customers/" + id + "/tags", KEY).json();
        assertThat(details.get(0).get("tag").asString()).isEqualTo("at_risk");
        assertThat(details.get(0).get("source").asString()).isEqualTo("rule:12");
    }

    @Test
    void deletingATagRemovesItAndIsAudited() {
        long id = customer(unique("TAG-DELETE"));
        tag(id, "vip");
        tag(id, "promoter");

        Api.Reply deleted = api.delete("/api/v1/customers/" + id + "/tags/vip", KEY);
        Api.Reply deletedAgain = api.delete("/api/v1/customers/" + id + "/tags/vip", KEY);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deletedAgain.status()).isEqualTo(204);
        assertThat(tagsInJson(id)).containsExactly("promoter");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'customer_untagged' AND target = :target")
                .param("target", "customer:" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTagThatIsNotAKeyIsABadRequestAndAnUnknownCustomerIsNotFound() {
        long id = customer(unique("TAG-BAD"));

        Api.Reply capitals = tag(id, "VIP");
        Api.Reply digitFirst = tag(id, "1vip");
        Api.Reply space = tag(id, "vip%20customer");
        Api.Reply deleteCapitals = api.delete("/api/v1/customers/" + id + "/tags/VIP", KEY);
        Api.Reply unknown = tag(987_654_321L, "vip");
        Api.Reply badFilter = api.get("/api/v1/customers?tag=V%20I%20P", KEY);

        for (Api.Reply bad : List.of(capitals, digitFirst, space, deleteCapitals)) {
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
            assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("tag");
        }
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badFilter.status()).isEqualTo(422);
        assertThat(badFilter.json().get("errors").get(0).get("field").asString()).isEqualTo("tag");
        assertThat(tagsInJson(id)).isEmpty();
    }

    @Test
    void aMergedCustomersIdTagsTheSurvivor() {
        long survivor = customer(unique("TAG-SURV"));
        long merged = customer(unique("TAG-GONE"));
        api.post("/api/v1/customers/merges", KEY, Api.json(Map.of("survivorId", survivor, "mergedId", merged)));

        Api.Reply reply = tag(merged, "vip");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("customerId").asLong()).isEqualTo(survivor);
        assertThat(customers.tags(survivor)).containsExactly("vip");
        assertThat(customers.tags(merged)).containsExactly("vip");
    }

    @Test
    void aMergeMovesTagsToTheSurvivorAndItsUndoGivesThemBack() {
        long survivor = customer(unique("TAG-MERGE-A"));
        long merged = customer(unique("TAG-MERGE-B"));
        customers.tag(survivor, "vip", "user:ali");
        customers.tag(survivor, "promoter", "user:ali");
        customers.tag(merged, "promoter", "rule:3");
        customers.tag(merged, "at_risk", "rule:7");

        Api.Reply merge = api.post("/api/v1/customers/merges", KEY, Api.json(Map.of("survivorId", survivor, "mergedId", merged)));
        List<CustomerTag> afterMerge = customers.tagDetails(survivor);
        long leftOnMerged = jdbc.sql("SELECT COUNT(*) FROM customer_tag WHERE customer_id = :id").param("id", merged)
                .query(Long.class).single();
        Api.Reply undo = api.post("/api/v1/customers/merges/" + merge.json().get("mergeId").asLong() + "/undo", KEY, "{}");

        assertThat(merge.status()).as(merge.body()).isEqualTo(201);
        assertThat(afterMerge).extracting(CustomerTag::tag).containsExactly("at_risk", "promoter", "vip");
        assertThat(afterMerge).extracting(CustomerTag::source).containsExactly("rule:7", "user:ali", "user:ali");
        assertThat(leftOnMerged).isZero();
        assertThat(undo.status()).as(undo.body()).isEqualTo(204);
        assertThat(customers.tags(survivor)).containsExactly("promoter", "vip");
        assertThat(customers.tagDetails(merged)).extracting(CustomerTag::tag).containsExactly("at_risk", "promoter");
        assertThat(customers.tagDetails(merged)).extracting(CustomerTag::source).containsExactly("rule:7", "rule:3");
    }

    @Test
    void aTagRemovedAfterAMergeStaysRemovedWhenTheMergeIsUndone() {
        long survivor = customer(unique("TAG-UNDO-A"));
        long merged = customer(unique("TAG-UNDO-B"));
        customers.tag(merged, "at_risk", "rule:7");
        customers.tag(merged, "detractor", "rule:8");
        long mergeId = customers.merge(survivor, merged);

        customers.untag(survivor, "detractor");
        customers.undoMerge(mergeId);

        assertThat(customers.tags(merged)).containsExactly("at_risk");
        assertThat(customers.tags(survivor)).isEmpty();
    }

    @Test
    void erasureRemovesTheTagsOfTheCustomerAndOfProfilesMergedIntoIt() {
        long survivor = customer(unique("TAG-ERASE-A"));
        long merged = customer(unique("TAG-ERASE-B"));
        customers.tag(survivor, "vip", "user:ali");
        customers.tag(merged, "at_risk", "rule:7");
        customers.merge(survivor, merged);
        JsonNode export = api.get("/api/v1/customers/" + survivor + "/export", KEY).json();

        Api.Reply erased = api.delete("/api/v1/customers/" + survivor, KEY);
        Api.Reply tagAfter = tag(survivor, "vip");

        List<String> exported = new ArrayList<>();
        export.get("tags").forEach(t -> exported.add(t.get("tag").asString() + "/" + t.get("source").asString()));
        assertThat(exported).containsExactly("at_risk/rule:7", "vip/user:ali");
        assertThat(erased.status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_tag WHERE customer_id IN (:ids)").param("ids", List.of(survivor, merged))
                .query(Long.class).single()).isZero();
        assertThat(tagAfter.status()).isEqualTo(409);
        assertThatThrownBy(() -> customers.tag(survivor, "vip", "rule:1")).isInstanceOf(ConflictException.class);
    }

    @Test
    void theCustomerListFiltersByTag() {
        String tag = "seg-" + UUID.randomUUID().toString().substring(0, 8);
        long first = customer(unique("TAG-FILTER-1"));
        customer(unique("TAG-FILTER-2"));
        long third = customer(unique("TAG-FILTER-3"));
        tag(first, tag);
        tag(third, tag);

        JsonNode page = api.get("/api/v1/customers?tag=" + tag, KEY).json();

        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).containsExactly(third, first);
    }

    @Test
    void theProfilePageShowsTheTagsWithTheirSourceAndLinksToTheTaggedCustomers() {
        long id = customer(unique("TAG-PAGE"));
        customers.tag(id, "vip", "rule:12");
        customers.tag(id, "seg-page", "user:ali");
        Browserless browser = new Browserless(port);
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);

        browser.post("/preferences/language", Map.of("lang", "fa", "back", "/"), "/");
        String persian = browser.get("/customers/" + id).body();
        String list = browser.get("/customers?tag=seg-page").body();
        browser.post("/preferences/language", Map.of("lang", "en", "back", "/"), "/");
        String english = browser.get("/customers/" + id).body();
        String nobody = browser.get("/customers?tag=nobody-tagged").body();

        assertThat(persian).contains("id=\"customerTags\"", "برچسب‌ها", "مشتری ویژه", "seg-page", "rule:12", "user:ali",
                "href=\"/customers?tag=vip\"");
        assertThat(english).contains("Tags", ">VIP<", "rule:12");
        assertThat(list).contains("id=\"tagFilter\"", "id=\"customer-" + id + "\"");
        assertThat(nobody).contains("id=\"noCustomers\"", "No customer is tagged nobody-tagged.");
    }
}
