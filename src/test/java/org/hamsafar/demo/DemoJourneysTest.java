package org.hamsafar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.journeys.maps.JourneyComparison;
import org.hamsafar.journeys.maps.JourneyLanes;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMapSummary;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.maps.JourneyStage;
import org.hamsafar.journeys.maps.StageTouchpoint;
import org.hamsafar.journeys.personas.Persona;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo company's personas and journey maps. The same configuration as {@link DemoCompanyTest},
 * so both share one loaded demo company.
 */
@Tag("store")
@HamsafarTest
@TestPropertySource(properties = {"hamsafar.demo.enabled=true", "hamsafar.demo.customers=300", "hamsafar.demo.seed=7"})
class DemoJourneysTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JourneyMaps maps;
    @Autowired
    Personas personas;
    @Autowired
    SurveyCatalog surveys;
    @Autowired
    DemoJourneys journeys;

    private JourneyMap map(String name) {
        List<JourneyMapSummary> found = maps.findByName(name);
        assertThat(found).as(name).hasSize(1);
        return maps.get(found.get(0).id());
    }

    @Test
    void theDemoHasThreePersonasAndFourJourneyMapsOfTheirTypes() {
        Persona shopper = personas.findByName(DemoPersonas.APP_SHOPPER).orElseThrow();
        Persona caller = personas.findByName(DemoPersonas.SUPPORT_CALLER).orElseThrow();
        assertThat(personas.findByName(DemoPersonas.NEWCOMER)).isPresent();
        assertThat(caller.segment()).isEqualTo("detractor");
        assertThat(shopper.psychographics().preferredChannels()).contains("app");

        JourneyMap purchase = map(DemoJourneyMaps.PURCHASE);
        JourneyMap future = map(DemoJourneyMaps.PURCHASE_FUTURE);
        JourneyMap support = map(DemoJourneyMaps.SUPPORT);
        JourneyMap onboarding = map(DemoJourneyMaps.ONBOARDING);
        assertThat(purchase.type()).isEqualTo(JourneyMapType.CURRENT_STATE);
        assertThat(future.type()).isEqualTo(JourneyMapType.FUTURE_STATE);
        assertThat(support.type()).isEqualTo(JourneyMapType.SERVICE_BLUEPRINT);
        assertThat(onboarding.type()).isEqualTo(JourneyMapType.DAY_IN_THE_LIFE);
        assertThat(purchase.personaId()).isEqualTo(shopper.id());
        assertThat(support.personaId()).isEqualTo(caller.id());
        for (JourneyStage stage : support.stages()) {
            for (String lane : JourneyLanes.BLUEPRINT_ONLY) {
                assertThat(stage.textLane(lane)).as(stage.id() + "." + lane).isNotEmpty();
            }
        }
        List<JourneyMap> all = List.of(purchase, future, support, onboarding);
        assertThat(all).allSatisfy(m -> assertThat(m.stages()).allSatisfy(s -> assertThat(s.emotion()).isNotNull()));
    }

    @Test
    void theFutureStateResolvesTheCurrentStatesPaymentAndDeliveryPains() {
        JourneyMap purchase = map(DemoJourneyMaps.PURCHASE);
        JourneyMap future = map(DemoJourneyMaps.PURCHASE_FUTURE);

        JourneyComparison compared = maps.compare(purchase.id(), null, future.id(), null);

        assertThat(compared.stages()).allSatisfy(row -> assertThat(row.alignment()).isEqualTo(JourneyComparison.Alignment.ID));
        assertThat(compared.totals().resolvedPainPoints()).contains("کد رهگیری کار نمی‌کند", "پول کم می‌شود ولی سفارش ثبت نمی‌شود");
        assertThat(compared.totals().averageEmotionDelta()).isPositive();
        JourneyComparison.StageDiff checkout = compared.stages().stream().filter(r -> "checkout".equals(r.leftStageId())).findFirst()
                .orElseThrow();
        assertThat(checkout.emotion().delta()).isEqualTo(3);
        assertThat(checkout.touchpointsRemoved()).extracting(StageTouchpoint::type).containsExactly("payment_failed");
    }

    @Test
    void everyDemoTouchpointMatchesEventsTheDemoStored() {
        List<String> unmatched = new ArrayList<>();
        int touchpoints = 0;
        for (String name : List.of(DemoJourneyMaps.PURCHASE, DemoJourneyMaps.PURCHASE_FUTURE, DemoJourneyMaps.SUPPORT,
                DemoJourneyMaps.ONBOARDING)) {
            for (JourneyStage stage : map(name).stages()) {
                assertThat(stage.touchpoints()).as(name + " " + stage.id()).isNotEmpty();
                for (StageTouchpoint t : stage.touchpoints()) {
                    touchpoints++;
                    // Every demo touchpoint names its channel, event type and touchpoint key: all three must match.
                    long events = jdbc.sql("SELECT COUNT(*) FROM interaction_event WHERE channel = :channel AND type = :type"
                                    + " AND touchpoint = :touchpoint")
                            .params(Map.of("channel", t.channel(), "type", t.type(), "touchpoint", t.touchpoint()))
                            .query(Long.class).single();
                    if (events == 0) {
                        unmatched.add(name + "/" + stage.id() + ": " + t.channel() + "/" + t.type() + "/" + t.touchpoint());
                    }
                    if (t.surveyId() != null) {
                        assertThat(surveys.find(t.surveyId())).as("survey " + t.surveyId()).isPresent();
                    }
                }
            }
        }
        assertThat(touchpoints).isGreaterThan(40);
        assertThat(unmatched).isEmpty();
        String stored = jdbc.sql("SELECT DISTINCT channel || '/' || type || '/' || touchpoint FROM interaction_event")
                .query(String.class).list().stream().sorted().collect(Collectors.joining(", "));
        assertThat(stored).as("the demo's events").contains("app/payment_failed/payment");
    }

    @Test
    void loadingTheJourneysAgainAddsNothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM journey_map").query(Long.class).single();

        DemoJourneys.Loaded again = journeys.load();

        assertThat(again).isEqualTo(new DemoJourneys.Loaded(0, 0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM journey_map").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM journey_persona").query(Long.class).single()).isEqualTo(3);
    }
}
