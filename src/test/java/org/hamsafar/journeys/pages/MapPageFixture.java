package org.hamsafar.journeys.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMapDraft;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.maps.JourneyStage;
import org.hamsafar.journeys.maps.StageTouchpoint;
import org.hamsafar.journeys.personas.Demographics;
import org.hamsafar.journeys.personas.Persona;
import org.hamsafar.journeys.personas.PersonaDraft;
import org.hamsafar.journeys.personas.Personas;
import org.hamsafar.journeys.personas.Psychographics;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;

/**
 * A persona with a current-state and a future-state purchase map (the future state resolves two
 * of the three pain points, adds two opportunities, drops the delivery stage and adds tracking),
 * a day in the life and a service blueprint, all named with {@code suffix} so that tests never
 * see each other's data; and users of each role the pages distinguish.
 */
final class MapPageFixture {
    static final String PASSWORD = "a-long-password";
    final String suffix;
    final Persona sara;
    final JourneyMap current;
    final JourneyMap future;
    final JourneyMap day;
    final JourneyMap blueprint;

    MapPageFixture(String suffix, JourneyMaps maps, Personas personas) {
        this.suffix = suffix;
        sara = personas.create(new PersonaDraft("Sara " + suffix, null,
                new Demographics("25-34", "Woman", "Developer", "MSc", "Upper middle", "Tehran"),
                new Psychographics(List.of("Buy in minutes"), List.of("A stable app"), List.of("Payment fails but money is taken"),
                        List.of("Time"), List.of("Travel"), List.of("app", "chat")),
                "I have no time to pay twice.", "vip"));
        current = maps.create(new JourneyMapDraft("Purchase " + suffix, JourneyMapType.CURRENT_STATE, sara.id(), "Buy without friction",
                "App and web", List.of(
                stage("browse", "Browse", 1, false, "actions", List.of("Opens the app")).withTouchpoints(List.of(
                        new StageTouchpoint("app", "product_view", "product_page", null, "Product page"))),
                stage("checkout", "Checkout", -2, false, "painPoints", List.of("Payment fails in the app", "Too many steps"),
                        "opportunities", List.of("Save the card")),
                stage("deliver", "Delivery", -1, false, "painPoints", List.of("Late before Nowruz")))), null);
        future = maps.create(new JourneyMapDraft("Purchase future " + suffix, JourneyMapType.FUTURE_STATE, sara.id(), null, null, List.of(
                stage("browse", "Browse", 1, false, "actions", List.of("Opens the app")).withTouchpoints(List.of(
                        new StageTouchpoint("app", "product_view", "product_page", null, "Product page"))),
                stage("checkout", "Checkout", 1, false, "painPoints", List.of("Too many steps"),
                        "opportunities", List.of("Save the card", "One-tap retry")),
                stage("track", "Tracking", 2, false, "opportunities", List.of("Live tracking")))), null);
        day = maps.create(new JourneyMapDraft("Day " + suffix, JourneyMapType.DAY_IN_THE_LIFE, null, null, null, List.of(
                stage("morning", "Morning", 0, false, "thoughts", List.of("Coffee first")),
                stage("evening", "Evening", null, false, "thoughts", List.of("Orders on the sofa")))), null);
        blueprint = maps.create(new JourneyMapDraft("Support " + suffix, JourneyMapType.SERVICE_BLUEPRINT, sara.id(), null, null, List.of(
                stage("call", "Call", -1, true, "evidence", List.of("IVR menu"), "frontstage", List.of("Agent answers"),
                        "backstage", List.of("Agent reads the order"), "support", List.of("Order system")),
                stage("resolve", "Resolve", 1, true, "frontstage", List.of("Agent confirms")))), null);
    }

    /** A stage with its emotion and text lanes given as (lane, items) pairs. */
    static JourneyStage stage(String id, String name, Integer emotion, boolean blueprint, Object... lanes) {
        JourneyStage stage = JourneyStage.empty(id, name, blueprint).withEmotion(emotion);
        for (int i = 0; i < lanes.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> items = (List<String>) lanes[i + 1];
            stage = stage.withTextLane((String) lanes[i], new ArrayList<>(items));
        }
        return stage;
    }

    /** Creates a dashboard user of {@code role} with {@code language}; its user name. */
    static String user(Api api, String name, String role, String language) {
        Api.Reply created = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", name, "displayName", name,
                "password", PASSWORD, "role", role, "language", language)));
        if (created.status() != 201) {
            throw new IllegalStateException(created.body());
        }
        return name;
    }
}
