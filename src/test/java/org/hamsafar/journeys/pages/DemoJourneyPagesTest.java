package org.hamsafar.journeys.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.hamsafar.journeys.maps.JourneyMapSummary;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The pages on the demo company's three personas and four Persian journey maps (the demo tests'
 * configuration, so the loaded company is shared): every map opens in the editor and the printable
 * view, the comparison starts with the current and future state of the same persona, and the
 * persona cards list all three.
 */
@Tag("store")
@HamsafarTest
@TestPropertySource(properties = {"hamsafar.demo.enabled=true", "hamsafar.demo.customers=300", "hamsafar.demo.seed=7"})
class DemoJourneyPagesTest {
    @LocalServerPort
    int port;
    @Autowired
    JourneyMaps maps;
    @Autowired
    Personas personas;

    @Test
    void theDemoMapsOpenInTheEditorAndPrintAndTheComparisonPairsTheCurrentAndFutureState() {
        String viewer = MapPageFixture.user(new Api(port), "dv" + UUID.randomUUID().toString().substring(0, 8), "viewer", "fa");
        PageSession session = PageSession.signedIn(port, viewer, MapPageFixture.PASSWORD, "fa");
        List<JourneyMapSummary> demo = maps.list(null, null, null, null, 200).items();

        assertThat(demo).extracting(JourneyMapSummary::type).contains(JourneyMapType.values());
        for (JourneyMapSummary map : demo) {
            PageSession.Page editor = session.get("/journeys/" + map.id());
            PageSession.Page print = session.get("/journeys/" + map.id() + "/print");
            assertThat(editor.status()).as(map.name()).isEqualTo(200);
            assertThat(editor.body()).contains(map.name(), "id=\"emotionCurve\"", "data-lane=\"touchpoints\"");
            assertThat(print.status()).as(map.name()).isEqualTo(200);
            if (map.type() == JourneyMapType.SERVICE_BLUEPRINT) {
                assertThat(editor.body()).contains("data-line=\"line_of_interaction\"", "data-line=\"line_of_visibility\"",
                        "data-line=\"line_of_internal_interaction\"");
            }
        }
        String compare = session.get("/journeys/compare").body();
        String leftName = JourneyMapPagesTest.between(compare, "id=\"leftName\"", "</a>");
        String rightName = JourneyMapPagesTest.between(compare, "id=\"rightName\"", "</a>");
        JourneyMapSummary left = demo.stream().filter(m -> leftName.endsWith(">" + m.name())).findFirst().orElseThrow();
        JourneyMapSummary right = demo.stream().filter(m -> rightName.endsWith(">" + m.name())).findFirst().orElseThrow();
        assertThat(left.type()).isEqualTo(JourneyMapType.CURRENT_STATE);
        assertThat(right.type()).isEqualTo(JourneyMapType.FUTURE_STATE);
        assertThat(right.personaId()).isEqualTo(left.personaId()).isNotNull();
        assertThat(compare).contains("id=\"painPointsResolved\"", "data-alignment=\"id\"");

        String cards = session.get("/journeys/personas").body();
        personas.list(null, null, null, 200).items().forEach(p -> assertThat(cards).contains("id=\"persona-" + p.id() + "\"", p.name()));
        assertThat(personas.list(null, null, null, 200).items()).hasSizeGreaterThanOrEqualTo(3);
    }
}
