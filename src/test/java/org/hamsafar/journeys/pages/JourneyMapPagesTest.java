package org.hamsafar.journeys.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamsafar.journeys.pages.PageSession.HTMX;
import static org.hamsafar.journeys.pages.PageSession.fields;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMapDraft;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.maps.JourneyStage;
import org.hamsafar.journeys.maps.StageTouchpoint;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.hamsafar.web.Formats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journey map pages read like a browser without JavaScript, and like htmx where the editor
 * uses it: the list, the editor of each type (lanes in order, a blueprint's lines, the emotion
 * curve), cell and stage edits with their versions, refusals (409 stale, 422 invalid), roles, the
 * printable view, the comparison, new maps, import and export, and older versions.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyMapPagesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    JourneyMaps maps;
    @Autowired
    Personas personas;
    @Autowired
    Formats formats;
    MapPageFixture fx;
    PageSession analyst;
    PageSession analystEn;
    PageSession viewer;
    String analystName;

    @BeforeAll
    void arrange() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        fx = new MapPageFixture(suffix, maps, personas);
        Api api = new Api(port);
        analystName = MapPageFixture.user(api, "mp" + suffix + "-analyst", "analyst", "fa");
        analyst = PageSession.signedIn(port, analystName, MapPageFixture.PASSWORD, "fa");
        analystEn = PageSession.signedIn(port, MapPageFixture.user(api, "mp" + suffix + "-analyst-en", "analyst", "en"),
                MapPageFixture.PASSWORD, "en");
        viewer = PageSession.signedIn(port, MapPageFixture.user(api, "mp" + suffix + "-viewer", "viewer", "fa"), MapPageFixture.PASSWORD, "fa");
    }

    private JourneyMap fresh(String name, JourneyStage... stages) {
        return maps.create(new JourneyMapDraft(name + " " + fx.suffix, JourneyMapType.CURRENT_STATE, null, null, null, List.of(stages)), null);
    }

    private static String editor(long id) {
        return "/journeys/" + id;
    }

    private String inPersian(Supplier<String> format) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fa"));
        try {
            return format.get();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isGreaterThanOrEqualTo(0);
        int to = html.indexOf(end, from + start.length());
        assertThat(to).as("%s after %s", end, start).isGreaterThan(from);
        return html.substring(from, to);
    }

    private static int count(String html, String part) {
        int n = 0;
        for (int i = html.indexOf(part); i >= 0; i = html.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void theListShowsEachMapWithItsTypePersonaStagesAndJalaliDateInPersian() {
        PageSession.Page page = viewer.get("/journeys?q=" + fx.suffix);

        String row = between(page.body(), "id=\"map-" + fx.current.id() + "\"", "</tr>");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fa\" dir=\"rtl\"", "id=\"mapsTable\"");
        assertThat(row).contains("Purchase " + fx.suffix, "وضعیت فعلی", "type-current_state", "Sara " + fx.suffix,
                "class=\"persona-avatar persona-avatar-sm\"", "background-color: " + fx.sara.photo().color(), ">" + fx.sara.photo().initials() + "<",
                "<td class=\"text-end\">۳</td>", "<td class=\"text-end\">۱</td>", inPersian(() -> formats.dateTime(fx.current.createdAt())),
                "سامانه", "href=\"/journeys/" + fx.current.id() + "/export\"", "href=\"/journeys/" + fx.current.id() + "/print\"",
                "href=\"/journeys/compare?left=" + fx.current.id() + "\"");
        assertThat(inPersian(() -> formats.dateTime(fx.current.createdAt()))).containsPattern("۱۴[۰-۹]{2}");
        assertThat(between(page.body(), "id=\"map-" + fx.blueprint.id() + "\"", "</tr>")).contains("نقشه‌ی خدمت");
        assertThat(between(page.body(), "id=\"map-" + fx.day.id() + "\"", "</tr>")).contains("یک روز از زندگی", "–");
        assertThat(page.body()).doesNotContain("id=\"newMapPanel\"", "id=\"importPanel\"");
    }

    @Test
    void theListFiltersByTypeAndPersonaAndSearchesByName() {
        String blueprints = analyst.get("/journeys?type=service_blueprint&q=" + fx.suffix).body();
        String saras = analyst.get("/journeys?persona=" + fx.sara.id()).body();
        String future = analyst.get("/journeys?q=" + "purchase%20FUTURE%20" + fx.suffix).body();
        String bad = analyst.get("/journeys?type=nonsense&q=" + fx.suffix).body();

        assertThat(count(blueprints, "<tr id=\"map-")).isEqualTo(1);
        assertThat(blueprints).contains("id=\"map-" + fx.blueprint.id() + "\"");
        assertThat(saras).contains("id=\"map-" + fx.current.id() + "\"", "id=\"map-" + fx.future.id() + "\"", "id=\"map-" + fx.blueprint.id() + "\"")
                .doesNotContain("id=\"map-" + fx.day.id() + "\"");
        assertThat(count(future, "<tr id=\"map-")).isEqualTo(1);
        assertThat(future).contains("id=\"map-" + fx.future.id() + "\"");
        assertThat(bad).contains("id=\"filterInvalid\"", "id=\"map-" + fx.day.id() + "\"");
        assertThat(analyst.get("/journeys").body()).contains("id=\"newMapPanel\"", "id=\"importPanel\"");
    }

    @Test
    void theEditorShowsEachTypesLanesInOrderAndABlueprintsLinesBetweenThem() {
        String current = analyst.get(editor(fx.current.id())).body();
        String day = analyst.get(editor(fx.day.id())).body();
        String blueprint = analyst.get(editor(fx.blueprint.id())).body();

        List<String> mapLanes = List.of("customerGoals", "actions", "touchpoints", "thoughts", "emotion", "painPoints", "opportunities", "owners", "kpis");
        for (String page : List.of(current, day)) {
            assertThat(lanesInOrder(page)).isEqualTo(mapLanes);
            assertThat(page).doesNotContain("class=\"blueprint-line").doesNotContain("data-lane=\"frontstage\"");
        }
        assertThat(lanesInOrder(blueprint)).containsExactly("evidence", "customerGoals", "actions", "touchpoints", "thoughts", "emotion",
                "frontstage", "backstage", "support", "painPoints", "opportunities", "owners", "kpis");
        int interaction = blueprint.indexOf("data-line=\"line_of_interaction\"");
        int visibility = blueprint.indexOf("data-line=\"line_of_visibility\"");
        int internal = blueprint.indexOf("data-line=\"line_of_internal_interaction\"");
        assertThat(blueprint.indexOf("id=\"emotionCurve\"")).isLessThan(interaction);
        assertThat(interaction).isLessThan(blueprint.indexOf("data-lane=\"frontstage\""));
        assertThat(blueprint.indexOf("data-lane=\"frontstage\"")).isLessThan(visibility);
        assertThat(visibility).isLessThan(blueprint.indexOf("data-lane=\"backstage\""));
        assertThat(blueprint.indexOf("data-lane=\"backstage\"")).isLessThan(internal);
        assertThat(internal).isLessThan(blueprint.indexOf("data-lane=\"support\""));
        assertThat(blueprint).contains("خط تعامل", "خط دید", "خط تعامل درونی", "Agent reads the order", "IVR menu", "پشت‌صحنه");

        assertThat(current).contains("<html lang=\"fa\" dir=\"rtl\"", "id=\"mapName\" dir=\"auto\">Purchase " + fx.suffix,
                "id=\"personaLink\">Sara " + fx.suffix, "I have no time to pay twice.", "Buy without friction", "App and web",
                "href=\"/journeys/" + fx.current.id() + "/live\"", "داده‌های زنده", "<span class=\"version-number\">۱</span>");
        assertThat(between(current, "id=\"cell-checkout-painPoints\"", "</td>")).contains("<li><span dir=\"auto\">Payment fails in the app</span></li>",
                "<li><span dir=\"auto\">Too many steps</span></li>", "class=\"cell-edit\"");
        assertThat(between(current, "id=\"cell-browse-touchpoints\"", "</td>")).contains("data-channel=\"app\"", "bi-phone", "Product page",
                "title=\"product_view · product_page\"");
        assertThat(between(current, "id=\"stage-browse\"", "</th>")).contains("id=\"move-earlier-browse\" disabled=\"disabled\"");
        assertThat(day).contains("id=\"noPersona\"");
    }

    private static List<String> lanesInOrder(String html) {
        Matcher m = Pattern.compile("<tr class=\"lane-row[^\"]*\" data-lane=\"(\\w+)\"").matcher(html);
        List<String> lanes = new java.util.ArrayList<>();
        while (m.find()) {
            lanes.add(m.group(1));
        }
        return lanes;
    }

    @Test
    void theEmotionCurveMeetsEachStageColumnAndIsMirroredRightToLeft() {
        // Columns 100 wide; +2 at height 12, -2 at 88, so y = 50 - 19 × emotion: +1 → 31, -2 → 88, -1 → 69.
        String persian = analyst.get(editor(fx.current.id())).body();
        String english = analystEn.get(editor(fx.current.id())).body();
        String day = analystEn.get(editor(fx.day.id())).body();

        assertThat(between(english, "id=\"emotionCurve\"", "</svg>")).contains("viewBox=\"0 0 300 100\"", "d=\"M50 31 h0\"",
                "d=\"M150 88 h0\"", "d=\"M250 69 h0\"", "d=\"M50 31 L150 88\"", "d=\"M150 88 L250 69\"", "Checkout: \u2066-2\u2069 · Very negative");
        assertThat(between(persian, "id=\"emotionCurve\"", "</svg>")).contains("d=\"M250 31 h0\"", "d=\"M150 88 h0\"", "d=\"M50 69 h0\"",
                "d=\"M250 31 L150 88\"", "d=\"M150 88 L50 69\"", "Checkout: \u2066-۲\u2069 · بسیار منفی");
        assertThat(between(day, "id=\"emotionCurve\"", "</svg>")).contains("viewBox=\"0 0 200 100\"", "d=\"M50 50 h0\"")
                .doesNotContain("class=\"curve-line");
        assertThat(between(english, "id=\"cell-checkout-emotion\"", "</td>")).contains("<option value=\"-2\" selected=\"selected\">\u2066-2\u2069 · Very negative</option>");
    }

    @Test
    void aCellSavedWithHtmxComesBackAsTheCellAndTellsThePageItsNewVersion() {
        JourneyMap map = fresh("Cell", MapPageFixture.stage("pay", "Pay", null, false, "painPoints", List.of("Slow")));

        PageSession.Page form = analyst.get(editor(map.id()) + "/cells/pay/painPoints/edit", HTMX);
        PageSession.Page saved = analyst.post(editor(map.id()) + "/cells/pay/painPoints",
                fields("baseVersion", "1", "items", "Slow\n\n  Card declined  \r\nNo receipt"), editor(map.id()), HTMX);

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body().strip()).startsWith("<td").contains("<textarea", "name=\"items\"", "autofocus", ">Slow</textarea>",
                "هر مورد در یک سطر").doesNotContain("<html");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("HX-Trigger")).isEqualTo("{\"journeyMapSaved\":{\"version\":2}}");
        assertThat(saved.body().strip()).startsWith("<td").contains("id=\"cell-pay-painPoints\"", "<li><span dir=\"auto\">Card declined</span></li>",
                "<li><span dir=\"auto\">No receipt</span></li>").doesNotContain("<textarea");
        JourneyMap after = maps.get(map.id());
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.stages().get(0).painPoints()).containsExactly("Slow", "Card declined", "No receipt");
        assertThat(after.savedBy()).isEqualTo("user:" + analystName);
    }

    @Test
    void withoutScriptACellIsEditedOnTheWholePageAndSavedWithARedirect() {
        JourneyMap map = fresh("No script", MapPageFixture.stage("pay", "Pay", null, false));

        String page = analyst.get(editor(map.id()) + "/cells/pay/kpis/edit").body();
        PageSession.Page saved = analyst.post(editor(map.id()) + "/cells/pay/kpis", fields("baseVersion", "1", "items", "Payment success rate"),
                editor(map.id()));
        String after = analyst.get(editor(map.id())).body();

        assertThat(page).contains("<html", "id=\"journeyEditor\"");
        assertThat(between(page, "id=\"cell-pay-kpis\"", "</td>")).contains("<textarea", "name=\"items\"");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/journeys/" + map.id() + "#stage-pay");
        assertThat(after).contains("id=\"savedNotice\"", "به‌عنوان نسخه‌ی ۲ ذخیره شد.", "<li><span dir=\"auto\">Payment success rate</span></li>");
    }

    @Test
    void aSaveOnAnOlderVersionIsRefusedWithWhoSavedWhichVersionWhen() {
        JourneyMap map = fresh("Stale", MapPageFixture.stage("pay", "Pay", null, false));
        analyst.post(editor(map.id()) + "/cells/pay/thoughts", fields("baseVersion", "1", "items", "Mine"), editor(map.id()), HTMX);
        JourneyMap latest = maps.get(map.id());

        PageSession.Page stale = analyst.post(editor(map.id()) + "/cells/pay/thoughts", fields("baseVersion", "1", "items", "Theirs"),
                editor(map.id()), HTMX);
        PageSession.Page staleStage = analyst.post(editor(map.id()) + "/stages", fields("baseVersion", "1", "name", "Late"), editor(map.id()), HTMX);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("conflict-message", analystName + " نسخه‌ی ۲ را در " + inPersian(() -> formats.dateTime(latest.savedAt()))
                + " ذخیره کرد؛ برای دیدن آن صفحه را دوباره بارگذاری کنید.", "href=\"/journeys/" + map.id() + "\"", ">Theirs</textarea>");
        assertThat(staleStage.status()).isEqualTo(409);
        assertThat(staleStage.header("HX-Retarget")).isEqualTo("#mapAlerts");
        assertThat(staleStage.body()).contains("conflict-message", "نسخه‌ی ۲");
        JourneyMap after = maps.get(map.id());
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.stages()).hasSize(1);
        assertThat(after.stages().get(0).thoughts()).containsExactly("Mine");
    }

    @Test
    void aTooLongItemIsRefusedAndNamedOnItsLine() {
        JourneyMap map = fresh("Long", MapPageFixture.stage("pay", "Pay", null, false));

        PageSession.Page refused = analyst.post(editor(map.id()) + "/cells/pay/opportunities",
                fields("baseVersion", "1", "items", "Fine\n" + "x".repeat(501)), editor(map.id()), HTMX);
        PageSession.Page plain = analyst.post(editor(map.id()) + "/cells/pay/opportunities",
                fields("baseVersion", "1", "items", "\n\n" + "y".repeat(502)), editor(map.id()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().strip()).startsWith("<td");
        assertThat(between(refused.body(), "class=\"cell-problems\"", "</ul>")).contains("سطر ۲: حداکثر ۵۰۰ نویسه (این ۵۰۱ نویسه است).");
        assertThat(refused.body()).contains("is-invalid", "Fine\n" + "x".repeat(501) + "</textarea>");
        assertThat(plain.status()).isEqualTo(422);
        assertThat(between(plain.body(), "id=\"cell-pay-opportunities\"", "</td>")).contains("سطر ۳: حداکثر ۵۰۰ نویسه (این ۵۰۲ نویسه است).");
        assertThat(maps.get(map.id()).version()).isEqualTo(1);
    }

    @Test
    void stagesAreAddedMovedRenamedAndDeletedEachAsANewVersion() {
        JourneyMap map = fresh("Stages", MapPageFixture.stage("a", "A", 1, false), MapPageFixture.stage("b", "B", null, false));
        String path = editor(map.id());

        PageSession.Page added = analyst.post(path + "/stages", fields("baseVersion", "1", "afterStageId", "a", "name", "Middle"), path, HTMX);
        PageSession.Page moved = analyst.post(path + "/stages/stage_3/move", fields("baseVersion", "2", "direction", "later"), path, HTMX);
        PageSession.Page renamed = analyst.post(path + "/stages/stage_3/rename", fields("baseVersion", "3", "name", "End"), path, HTMX);
        PageSession.Page deleted = analyst.post(path + "/stages/a/delete", fields("baseVersion", "4"), path, HTMX);
        PageSession.Page first = analyst.post(path + "/stages/b/move", fields("baseVersion", "5", "direction", "earlier"), path, HTMX);

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body().strip()).startsWith("<div id=\"mapGrid\"");
        assertThat(added.body()).contains("id=\"stage-stage_3\"");
        assertThat(added.header("HX-Trigger")).contains("\"version\":2");
        assertThat(moved.body().indexOf("id=\"stage-b\"")).isLessThan(moved.body().indexOf("id=\"stage-stage_3\""));
        assertThat(renamed.body()).contains("<span class=\"stage-name\" dir=\"auto\">End</span>");
        assertThat(deleted.body()).doesNotContain("id=\"stage-a\"");
        assertThat(first.status()).isEqualTo(422);
        assertThat(first.header("HX-Retarget")).isEqualTo("#mapAlerts");
        assertThat(first.body()).contains("id=\"problemAlert\"", "این مرحله همین حالا اولین است.");
        JourneyMap after = maps.get(map.id());
        assertThat(after.version()).isEqualTo(5);
        assertThat(after.stages()).extracting(JourneyStage::id).containsExactly("b", "stage_3");
        assertThat(after.stages()).extracting(JourneyStage::name).containsExactly("B", "End");

        analyst.post(path + "/stages/b/delete", fields("baseVersion", "5"), path, HTMX);
        PageSession.Page last = analyst.post(path + "/stages/stage_3/delete", fields("baseVersion", "6"), path, HTMX);
        assertThat(last.status()).isEqualTo(422);
        assertThat(last.body()).contains("نقشه دست‌کم یک مرحله نگه می‌دارد.");
        assertThat(maps.get(map.id()).stages()).extracting(JourneyStage::id).containsExactly("stage_3");
    }

    @Test
    void changingAnEmotionRedrawsTheCurve() {
        JourneyMap map = fresh("Emotion", MapPageFixture.stage("a", "A", 1, false), MapPageFixture.stage("b", "B", null, false));

        PageSession.Page changed = analystEn.post(editor(map.id()) + "/cells/b/emotion", fields("baseVersion", "1", "emotion", "-1"),
                editor(map.id()), HTMX);
        PageSession.Page outOfRange = analystEn.post(editor(map.id()) + "/cells/b/emotion", fields("baseVersion", "2", "emotion", "3"),
                editor(map.id()), HTMX);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().strip()).startsWith("<tbody id=\"emotionLanes\"");
        assertThat(changed.body()).contains("d=\"M50 31 L150 69\"", "<option value=\"-1\" selected=\"selected\">\u2066-1\u2069 · Negative</option>");
        assertThat(changed.header("HX-Trigger")).contains("\"version\":2");
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(outOfRange.body()).contains("A whole number from -2 (very negative) to +2 (very positive), or not set.");
        assertThat(maps.get(map.id()).stages().get(1).emotion()).isEqualTo(-1);
    }

    @Test
    void touchpointsAreEditedAsRowsAndABadRowIsNamed() {
        JourneyMap map = fresh("Touch", MapPageFixture.stage("a", "A", null, false));
        String path = editor(map.id()) + "/cells/a/touchpoints";
        List<Map.Entry<String, String>> rows = fields(
                "channel", "web", "type", "page_view", "touchpoint", "", "surveyId", "", "label", "Home, page",
                "channel", "", "type", "", "touchpoint", "", "surveyId", "", "label", "",
                "channel", "sms", "type", "Bad Key", "touchpoint", "", "surveyId", "", "label", "");

        PageSession.Page form = analystEn.get(path + "/edit", HTMX);
        PageSession.Page more = analystEn.post(path, concat(rows, fields("baseVersion", "1", "action", "addRow")), editor(map.id()), HTMX);
        PageSession.Page bad = analystEn.post(path, concat(rows, fields("baseVersion", "1")), editor(map.id()), HTMX);
        List<Map.Entry<String, String>> good = fields(
                "channel", "web", "type", "page_view", "touchpoint", "", "surveyId", "", "label", "Home, page",
                "channel", "sms", "type", "sms_clicked", "touchpoint", "promo", "surveyId", "", "label", "",
                "channel", "chat", "type", "chat_message", "touchpoint", "", "surveyId", "", "label", "");
        PageSession.Page saved = analystEn.post(path, concat(good, fields("baseVersion", "1", "remove", "2")), editor(map.id()), HTMX);

        assertThat(form.body()).contains("data-row=\"0\"", "Touchpoint 1", "<option value=\"\">No survey</option>").doesNotContain("data-row=\"1\"");
        assertThat(more.status()).isEqualTo(200);
        assertThat(more.body()).contains("data-row=\"2\"", "value=\"Bad Key\"").doesNotContain("data-row=\"3\"");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("class=\"touchpoint-row has-problems\" data-row=\"1\"");
        assertThat(between(bad.body(), "data-row=\"1\"", "</fieldset>")).contains(
                "Use a key: a lower-case letter, then lower-case letters, digits, _ . or - (at most 64).");
        assertThat(between(bad.body(), "data-row=\"0\"", "</fieldset>")).doesNotContain("cell-problems");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("data-channel=\"web\"", "Home, page", "data-channel=\"sms\"", "promo").doesNotContain("data-channel=\"chat\"");
        assertThat(maps.get(map.id()).stages().get(0).touchpoints()).containsExactly(
                new StageTouchpoint("web", "page_view", null, null, "Home, page"), new StageTouchpoint("sms", "sms_clicked", "promo", null, null));
    }

    @Test
    void aTouchpointNamesASurveyFromTheFeedbackModulesList() {
        Api.Reply survey = new Api(port).post("/api/v1/surveys", org.hamsafar.support.HamsafarTest.ADMIN_KEY, """
                {"name": "Checkout CES %s", "status": "active", "questions": [
                  {"key": "ces", "type": "ces", "text": {"fa": "پرداخت چقدر آسان بود؟", "en": "How easy was paying?"}, "required": true}]}"""
                .formatted(fx.suffix));
        long surveyId = survey.json().get("id").asLong();
        JourneyMap map = fresh("Survey", MapPageFixture.stage("pay", "Pay", null, false));
        String path = editor(map.id()) + "/cells/pay/touchpoints";

        String form = analyst.get(path + "/edit", HTMX).body();
        PageSession.Page saved = analyst.post(path, fields("baseVersion", "1", "channel", "web", "type", "payment_succeeded", "touchpoint", "",
                "surveyId", Long.toString(surveyId), "label", ""), editor(map.id()), HTMX);
        String print = analyst.get(editor(map.id()) + "/print").body();

        assertThat(form).contains("<option value=\"" + surveyId + "\">Checkout CES " + fx.suffix + " (فعال)</option>");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(between(saved.body(), "class=\"touchpoint-survey\"", "</li>")).contains("bi-ui-checks", "Checkout CES " + fx.suffix);
        assertThat(saved.body()).contains("payment_succeeded");
        assertThat(print).contains("Checkout CES " + fx.suffix);
        assertThat(maps.get(map.id()).stages().get(0).touchpoints().get(0).surveyId()).isEqualTo(surveyId);
    }

    @Test
    void theMapsDetailsAreSavedAndABlueprintChangesTypeOnlyOnceItsOwnLanesAreEmpty() {
        JourneyMap map = maps.create(new JourneyMapDraft("Details " + fx.suffix, JourneyMapType.SERVICE_BLUEPRINT, null, null, null, List.of(
                MapPageFixture.stage("a", "A", null, true, "evidence", List.of("Receipt")))), null);
        String path = editor(map.id());

        PageSession.Page saved = analyst.post(path + "/details", fields("baseVersion", "1", "name", "Details renamed " + fx.suffix,
                "type", "service_blueprint", "personaId", Long.toString(fx.sara.id()), "goal", "Solve it on the first call", "scope", ""), path);
        PageSession.Page refused = analyst.post(path + "/details", fields("baseVersion", "2", "name", "Details renamed " + fx.suffix,
                "type", "current_state", "personaId", "", "goal", "", "scope", ""), path);

        assertThat(saved.status()).isEqualTo(302);
        JourneyMap after = maps.get(map.id());
        assertThat(after.name()).isEqualTo("Details renamed " + fx.suffix);
        assertThat(after.personaId()).isEqualTo(fx.sara.id());
        assertThat(after.goal()).isEqualTo("Solve it on the first call");
        assertThat(after.version()).isEqualTo(2);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"problemAlert\"", "ردیف «شواهد فیزیکی» فقط در نقشه‌ی خدمت هست؛ نخست آن را خالی کنید.",
                "id=\"mapDetails\" open=\"open\"");
        assertThat(maps.get(map.id()).type()).isEqualTo(JourneyMapType.SERVICE_BLUEPRINT);
    }

    @Test
    void aDeletedMapLeavesTheList() {
        JourneyMap map = fresh("Delete me", MapPageFixture.stage("a", "A", null, false));

        PageSession.Page deleted = analyst.post(editor(map.id()) + "/delete", fields(), editor(map.id()));
        String list = analyst.get("/journeys").body();

        assertThat(deleted.status()).isEqualTo(302);
        assertThat(deleted.location()).endsWith("/journeys");
        assertThat(list).contains("id=\"mapDeleted\"", "نقشه‌ی «Delete me " + fx.suffix + "» با همه‌ی نسخه‌هایش حذف شد.")
                .doesNotContain("id=\"map-" + map.id() + "\"");
        assertThat(maps.find(map.id())).isEmpty();
        assertThat(analyst.get(editor(map.id())).status()).isEqualTo(404);
    }

    private static List<Map.Entry<String, String>> concat(List<Map.Entry<String, String>> a, List<Map.Entry<String, String>> b) {
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void viewersReadTheMapsButSeeNoEditControlsAndAreRefusedChanges() {
        JourneyMap map = fresh("Viewer", MapPageFixture.stage("a", "A", 1, false, "actions", List.of("Looks")));
        String path = editor(map.id());

        String page = viewer.get(path).body();
        PageSession.Page edit = viewer.get(path + "/cells/a/actions/edit", HTMX);
        PageSession.Page cell = viewer.post(path + "/cells/a/actions", fields("baseVersion", "1", "items", "Hacked"), path, HTMX);
        PageSession.Page stage = viewer.post(path + "/stages", fields("baseVersion", "1", "name", "X"), path);
        PageSession.Page details = viewer.post(path + "/details", fields("baseVersion", "1", "name", "X", "type", "current_state"), path);
        PageSession.Page create = viewer.post("/journeys", fields("name", "X", "type", "current_state"), "/journeys");
        PageSession.Page delete = viewer.post(path + "/delete", fields(), path);

        assertThat(page).contains("<li><span dir=\"auto\">Looks</span></li>", "href=\"/journeys/" + map.id() + "/print\"", "id=\"exportMap\"")
                .doesNotContain("class=\"cell-edit\"", "class=\"stage-menu\"", "id=\"mapDetails\"", "class=\"emotion-form\"", "id=\"dangerZone\"",
                        "id=\"editHint\"");
        assertThat(between(page, "id=\"cell-a-emotion\"", "</td>")).contains("\u2066+۱\u2069 · مثبت");
        assertThat(List.of(edit.status(), cell.status(), stage.status(), details.status(), create.status(), delete.status()))
                .containsOnly(403);
        assertThat(maps.get(map.id()).version()).isEqualTo(1);
    }

    @Test
    void thePrintableViewIsOneLandscapePageWithoutNavigation() {
        PageSession.Page page = analyst.get(editor(fx.blueprint.id()) + "/print");
        String english = analystEn.get(editor(fx.current.id()) + "/print").body();
        String css = analyst.get("/css/journey-maps.css").body();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fa\" dir=\"rtl\"", "/css/journey-maps.css", "class=\"map-print stages-few\"",
                "id=\"printVersion\">نسخه‌ی ۱ از ۱<", "id=\"printPersona\"", "Sara " + fx.suffix, "data-line=\"line_of_visibility\"",
                "id=\"printLegend\"", "خط تعامل درونی", "id=\"emotionCurve\"", "Agent confirms")
                .doesNotContain("id=\"mainNav\"", "class=\"cell-edit\"", "class=\"stage-menu\"", "<select");
        assertThat(english).contains("<html lang=\"en\" dir=\"ltr\"", "Version 1 of 1", "Designed emotion:");
        assertThat(css).contains("@page { size: A3 landscape;", "break-inside: avoid", "display: table-header-group");
    }

    @Test
    void compareShowsWhatTheFutureStateRemovesAndAddsWithTotals() {
        // The current state has 3 pain points, the future state keeps 1: 2 resolved, none new. Opportunities: 1 on the left,
        // 3 on the right of which 2 are new. Emotions: (1 - 2 - 1) / 3 = -0.67 → (1 + 1 + 2) / 3 = 1.33, change +2.00;
        // checkout goes from -2 to +1 (+3), browse stays +1.
        String page = analystEn.get("/journeys/compare?left=" + fx.current.id()).body();

        assertThat(page).contains("id=\"painPointsResolved\">2<", "id=\"painPointsAdded\">0<", "id=\"opportunitiesAdded\">2<",
                "<span dir=\"ltr\">+2.00</span>", "id=\"emotionAverages\">\u2066-0.67\u2069 → \u20661.33\u2069<", "1 stage(s) feel better, 0 worse",
                "2 stage(s) on both sides, 1 of them changed; 1 only on the left, 1 only on the right.");
        assertThat(between(page, "id=\"leftName\"", "</a>")).contains("Purchase " + fx.suffix);
        assertThat(between(page, "id=\"rightName\"", "</a>")).contains("Purchase future " + fx.suffix);
        Matcher rows = Pattern.compile("data-alignment=\"(\\w+)\"").matcher(page);
        List<String> alignments = new java.util.ArrayList<>();
        while (rows.find()) {
            alignments.add(rows.group(1));
        }
        assertThat(alignments).containsExactly("id", "id", "left_only", "right_only");
        String checkout = between(page, "data-left=\"checkout\"", "</tr>");
        assertThat(checkout).contains("<del class=\"diff-removed\"><span class=\"visually-hidden\">removed: </span><span dir=\"auto\">Payment fails in the app</span></del>",
                "<ins class=\"diff-added\"><span class=\"visually-hidden\">added: </span><span dir=\"auto\">One-tap retry</span></ins>",
                "<span dir=\"auto\">Too many steps</span>", "data-delta=\"3\"", "\u2066+3\u2069 better");
        assertThat(between(page, "data-left=\"browse\"", "</tr>")).contains("unchanged").doesNotContain("diff-");
        assertThat(between(page, "data-alignment=\"left_only\"", "</tr>")).contains("Late before Nowruz", "Not in this map");
        String persian = analyst.get("/journeys/compare?left=" + fx.current.id() + "&leftVersion=1&right=" + fx.future.id()).body();
        assertThat(persian).contains("id=\"painPointsResolved\">۲<", "<span dir=\"ltr\">+۲٫۰۰</span>", "فقط در سمت اول", "name=\"leftVersion\"", "value=\"۱\"");
    }

    @Test
    void aNewMapStartsWithStarterStagesForItsTypeOrACopyOfAnotherMap() {
        // A persona of its own: a future state of Sara's would become the comparison's counterpart of her current state.
        long other = personas.create(new org.hamsafar.journeys.personas.PersonaDraft("Other " + fx.suffix, null, null, null, null, null)).id();
        PageSession.Page day = analyst.post("/journeys", fields("name", "New day " + fx.suffix, "type", "day_in_the_life", "personaId", "",
                "goal", "", "scope", "", "startFrom", "starter"), "/journeys");
        PageSession.Page copy = analyst.post("/journeys", fields("name", "Copy " + fx.suffix, "type", "future_state",
                "personaId", Long.toString(other), "goal", "Faster", "scope", "", "startFrom", Long.toString(fx.blueprint.id())), "/journeys");
        PageSession.Page invalid = analyst.post("/journeys", fields("name", " ", "type", "current_state", "startFrom", "starter"), "/journeys");

        assertThat(day.status()).isEqualTo(302);
        JourneyMap created = maps.get(Long.parseLong(day.location().replaceAll(".*/journeys/", "")));
        assertThat(created.stages()).extracting(JourneyStage::id).containsExactly("morning", "midday", "afternoon", "evening");
        assertThat(created.stages()).extracting(JourneyStage::name).containsExactly("صبح", "ظهر", "بعدازظهر", "شب");
        assertThat(copy.status()).isEqualTo(302);
        JourneyMap copied = maps.get(Long.parseLong(copy.location().replaceAll(".*/journeys/", "")));
        assertThat(copied.type()).isEqualTo(JourneyMapType.FUTURE_STATE);
        assertThat(copied.personaId()).isEqualTo(other);
        assertThat(copied.stages()).extracting(JourneyStage::id).containsExactly("call", "resolve");
        assertThat(copied.stages().get(0).emotion()).isEqualTo(-1);
        assertThat(copied.stages().get(0).frontstage()).as("a blueprint lane left out of a future state").isNull();
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("id=\"newMapPanel\" open=\"open\"", "id=\"newNameProblems\"", "لازم است: ۱ تا ۲۰۰ نویسه.");
    }

    @Test
    void anExportedMapImportsAgainAndBadFilesAreExplained() throws Exception {
        PageSession.Page export = analyst.get(editor(fx.day.id()) + "/export");
        byte[] file = export.body().getBytes(StandardCharsets.UTF_8);
        ObjectNode broken = (ObjectNode) JSON.readTree(file);
        ((ObjectNode) broken.get("map").get("stages").get(0)).put("emotion", 5);

        PageSession.Page imported = analyst.upload("/journeys/import", "day.json", file, "/journeys");
        String list = analyst.get("/journeys").body();
        PageSession.Page notJson = analyst.upload("/journeys/import", "notes.json", "{ not json".getBytes(StandardCharsets.UTF_8), "/journeys");
        PageSession.Page invalid = analyst.upload("/journeys/import", "broken.json", JSON.writeValueAsBytes(broken), "/journeys");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment", "journey-map-" + fx.day.id() + "-v1.json");
        assertThat(JSON.readTree(file).get("format").asString()).isEqualTo("hamsafar.journey-map");
        assertThat(imported.status()).isEqualTo(302);
        assertThat(between(list, "id=\"importResult\"", "</div>")).contains("۱ نقشه وارد شد:", "Day " + fx.suffix);
        assertThat(maps.findByName("Day " + fx.suffix)).hasSize(2);
        assertThat(notJson.status()).isEqualTo(422);
        assertThat(notJson.body()).contains("id=\"importProblems\"", "از notes.json چیزی وارد نشد:", "فایل JSON معتبری نیست (سطر ۱، ستون");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(between(invalid.body(), "id=\"importProblems\"", "</div>")).contains(
                "نقشه › مرحله‌ی ۱ › احساس طراحی‌شده: عدد صحیحی از -۲ (بسیار منفی) تا +۲ (بسیار مثبت)، یا تعیین‌نشده.");
        assertThat(maps.findByName("Day " + fx.suffix)).hasSize(2);
    }

    @Test
    void anOlderVersionIsReadOnlyAndCanBeRestoredAsTheNewest() {
        JourneyMap map = fresh("Versions", MapPageFixture.stage("a", "A", null, false, "owners", List.of("Team A")));
        String path = editor(map.id());
        analyst.post(path + "/cells/a/owners", fields("baseVersion", "1", "items", "Team B"), path, HTMX);

        String older = analyst.get(path + "?version=1").body();
        PageSession.Page restored = analyst.post(path + "/versions/1/restore", fields("baseVersion", "2"), path + "?version=1");
        String latest = analyst.get(path).body();

        assertThat(older).contains("id=\"olderVersion\"", "نسخه‌ی ۱ از ۲ را می‌بینید", "<li><span dir=\"auto\">Team A</span></li>", "id=\"restoreVersion\"")
                .doesNotContain("class=\"cell-edit\"", "class=\"stage-menu\"");
        assertThat(restored.status()).isEqualTo(302);
        JourneyMap after = maps.get(map.id());
        assertThat(after.version()).isEqualTo(3);
        assertThat(after.stages().get(0).owners()).containsExactly("Team A");
        assertThat(after.versionNote()).isEqualTo("بازگردانده از نسخه‌ی ۱");
        assertThat(between(latest, "id=\"versionSelect\"", "</select>")).contains("<option value=\"3\" selected=\"selected\">۳ · ",
                "بازگردانده از نسخه‌ی ۱", "<option value=\"2\">۲ · ", "تغییر یک خانه", "<option value=\"1\">۱ · ", "ساخته شد");
    }
}
