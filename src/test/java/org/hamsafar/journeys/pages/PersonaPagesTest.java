package org.hamsafar.journeys.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamsafar.journeys.pages.JourneyMapPagesTest.between;
import static org.hamsafar.journeys.pages.PageSession.fields;

import java.util.List;
import java.util.UUID;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMapDraft;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.maps.VersionChange;
import org.hamsafar.journeys.personas.Persona;
import org.hamsafar.journeys.personas.PersonaDraft;
import org.hamsafar.journeys.personas.PersonaPhoto;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.support.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The persona pages read like a browser without JavaScript: cards, a persona with its maps, the
 * form (lists one item per line, problems next to their fields), deleting a persona that maps
 * still link to, and what viewers may not do.
 */
@Tag("store")
@org.hamsafar.support.HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonaPagesTest {
    /** علی typed with the Arabic yeh (U+064A), as some keyboards do, and as stored with the Persian yeh (U+06CC). */
    private static final String ALI_ARABIC = "\u0639\u0644\u064A";
    private static final String ALI_PERSIAN = "\u0639\u0644\u06CC";
    @LocalServerPort
    int port;
    @Autowired
    JourneyMaps maps;
    @Autowired
    Personas personas;
    MapPageFixture fx;
    PageSession analyst;
    PageSession viewer;

    @BeforeAll
    void arrange() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        fx = new MapPageFixture(suffix, maps, personas);
        Api api = new Api(port);
        analyst = PageSession.signedIn(port, MapPageFixture.user(api, "pp" + suffix + "-analyst", "analyst", "fa"), MapPageFixture.PASSWORD, "fa");
        viewer = PageSession.signedIn(port, MapPageFixture.user(api, "pp" + suffix + "-viewer", "viewer", "fa"), MapPageFixture.PASSWORD, "fa");
    }

    @Test
    void personaCardsShowTheInitialsOnTheirColourWithQuoteAndSegment() {
        PageSession.Page page = viewer.get("/journeys/personas?q=" + fx.suffix);
        String bySegment = viewer.get("/journeys/personas?segment=vip&q=" + fx.suffix).body();
        String badSegment = viewer.get("/journeys/personas?segment=Not%20A%20Key&q=" + fx.suffix).body();

        assertThat(page.status()).isEqualTo(200);
        String card = between(page.body(), "id=\"persona-" + fx.sara.id() + "\"", "</article>");
        assertThat(card).contains("class=\"persona-avatar persona-avatar-lg\"", "style=\"background-color: " + fx.sara.photo().color() + "\"",
                ">" + fx.sara.photo().initials() + "</span>", "Sara " + fx.suffix, "Developer", "I have no time to pay twice.", "مشتری ویژه",
                "href=\"/journeys/personas/" + fx.sara.id() + "\"");
        assertThat(page.body()).contains("<html lang=\"fa\" dir=\"rtl\"").doesNotContain("id=\"newPersona\"");
        assertThat(bySegment).contains("id=\"persona-" + fx.sara.id() + "\"");
        assertThat(badSegment).contains("id=\"filterInvalid\"", "id=\"persona-" + fx.sara.id() + "\"");
    }

    @Test
    void aPersonaPageShowsWhoTheyAreWhatDrivesThemAndTheMapsDesignedForThem() {
        String page = viewer.get("/journeys/personas/" + fx.sara.id()).body();

        assertThat(between(page, "id=\"demographics\"", "id=\"psychographics\"")).contains("۲۵-۳۴", "Woman", "Developer", "MSc", "Tehran",
                "بازه‌ی سنی", "data-channel=\"app\"", "bi-phone", "data-channel=\"chat\"", "bi-chat-dots", "کانال‌های دلخواه");
        assertThat(between(page, "id=\"persona-frustrations\"", "</div>")).contains("Payment fails but money is taken");
        assertThat(between(page, "id=\"linkedMaps\"", "</div></div>")).contains("href=\"/journeys/" + fx.current.id() + "\"",
                "href=\"/journeys/" + fx.future.id() + "\"", "href=\"/journeys/" + fx.blueprint.id() + "\"", "نقشه‌ی خدمت")
                .doesNotContain("href=\"/journeys/" + fx.day.id() + "\"");
        assertThat(page).contains("id=\"personaQuote\"", "href=\"/customers?tag=vip\"").doesNotContain("id=\"editPersona\"", "id=\"deletePersona\"");
    }

    @Test
    void theFormTakesListsOneItemPerLineAndNamesProblemsNextToTheirFields() {
        // A colour other than the one the name gives, so that the choice shows in the form again.
        String colour = PersonaPhoto.PALETTE.stream().filter(c -> !c.equals(PersonaPhoto.colorOf(ALI_PERSIAN + " " + fx.suffix)))
                .findFirst().orElseThrow();
        PageSession.Page form = analyst.get("/journeys/personas/new");
        PageSession.Page created = analyst.post("/journeys/personas", fields("name", ALI_ARABIC + " " + fx.suffix, "initials", "", "color", colour.toLowerCase(java.util.Locale.ROOT),
                "ageRange", "۴۵ - ۵۴", "occupation", "Teacher", "goals", "Pay once\n\n  Know the delivery day ", "quote", "",
                "preferredChannels", "web", "preferredChannels", "sms", "segment", ""), "/journeys/personas/new");
        PageSession.Page invalid = analyst.post("/journeys/personas", fields("name", "Bad " + fx.suffix, "ageRange", "old",
                "needs", "Fine\n" + "n".repeat(501), "segment", "Not A Key"), "/journeys/personas/new");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"personaForm\"", "name=\"goals\"", "value=\"#B3261E\"", "id=\"channel-app\"");
        assertThat(created.status()).isEqualTo(302);
        Persona ali = personas.get(Long.parseLong(created.location().replaceAll(".*/journeys/personas/", "")));
        assertThat(ali.name()).isEqualTo(ALI_PERSIAN + " " + fx.suffix);
        assertThat(ali.demographics().ageRange()).isEqualTo("45-54");
        assertThat(ali.psychographics().goals()).containsExactly("Pay once", "Know the delivery day");
        assertThat(ali.psychographics().preferredChannels()).containsExactly("web", "sms");
        assertThat(ali.photo().color()).isEqualTo(colour);
        String page = analyst.get(created.location().replaceAll("^https?://[^/]+", "")).body();
        assertThat(page).contains("id=\"personaSaved\"", "<li><span dir=\"auto\">Know the delivery day</span></li>", "id=\"editPersona\"");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("id=\"personaProblems\"", "یک بازه‌ی سنی مثل 25-34 یا 65+.", "سطر ۲: حداکثر ۵۰۰ نویسه (این ۵۰۱ نویسه است).",
                "کلید یک برچسب مشتری مثل vip", "value=\"old\"", "value=\"Not A Key\"");
        assertThat(between(invalid.body(), "for=\"ageRange\"", "</div>")).contains("is-invalid", "یک بازه‌ی سنی");
        assertThat(personas.list("Bad " + fx.suffix, null, null, 10).items()).isEmpty();

        String edit = analyst.get("/journeys/personas/" + ali.id() + "/edit").body();
        PageSession.Page replaced = analyst.post("/journeys/personas/" + ali.id(), fields("name", ali.name(), "initials", "", "color", "",
                "quote", "Once is enough.", "goals", "Pay once"), "/journeys/personas/" + ali.id() + "/edit");
        assertThat(edit).contains("value=\"" + ali.name() + "\"", "id=\"initials\" name=\"initials\" maxlength=\"8\" dir=\"auto\" value=\"\"",
                "value=\"" + colour + "\" checked=\"checked\"", ">Pay once\nKnow the delivery day</textarea>");
        assertThat(replaced.status()).isEqualTo(302);
        assertThat(personas.get(ali.id()).quote()).isEqualTo("Once is enough.");
        assertThat(personas.get(ali.id()).psychographics().goals()).containsExactly("Pay once");
    }

    @Test
    void deletingAPersonaThatMapsUseNamesThemAndCanRemoveItFromThemFirst() {
        Persona linked = personas.create(new PersonaDraft("Linked " + fx.suffix, null, null, null, null, null));
        JourneyMap map = maps.create(new JourneyMapDraft("Uses linked " + fx.suffix, JourneyMapType.CURRENT_STATE, linked.id(), null, null,
                List.of(MapPageFixture.stage("a", "A", null, false))), null);
        String path = "/journeys/personas/" + linked.id();

        PageSession.Page refused = analyst.post(path + "/delete", fields(), path);
        PageSession.Page forced = analyst.post(path + "/delete", fields("force", "true"), path);
        String list = analyst.get("/journeys/personas").body();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(between(refused.body(), "id=\"personaInUse\"", "</form>")).contains("هنوز به ۱ نقشه‌ی سفر وصل است:",
                "href=\"/journeys/" + map.id() + "\"", "Uses linked " + fx.suffix, "name=\"force\" value=\"true\"", "برداشتن از این نقشه‌ها و حذف");
        assertThat(forced.status()).isEqualTo(302);
        assertThat(forced.location()).endsWith("/journeys/personas");
        assertThat(list).contains("id=\"personaDeleted\"", "پرسونای «Linked " + fx.suffix + "» حذف شد.");
        assertThat(personas.find(linked.id())).isEmpty();
        JourneyMap after = maps.get(map.id());
        assertThat(after.personaId()).isNull();
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.change()).isEqualTo(VersionChange.PERSONA_UNLINKED);
    }

    @Test
    void viewersCannotCreateChangeOrDeletePersonas() {
        String path = "/journeys/personas/" + fx.sara.id();

        List<Integer> statuses = List.of(viewer.get("/journeys/personas/new").status(), viewer.get(path + "/edit").status(),
                viewer.post("/journeys/personas", fields("name", "Nope"), "/journeys/personas").status(),
                viewer.post(path, fields("name", "Renamed"), path).status(),
                viewer.post(path + "/delete", fields("force", "true"), path).status());

        assertThat(statuses).containsOnly(403);
        assertThat(personas.get(fx.sara.id()).name()).isEqualTo("Sara " + fx.suffix);
        assertThat(analyst.get("/journeys/personas/999999999").status()).isEqualTo(404);
    }
}
