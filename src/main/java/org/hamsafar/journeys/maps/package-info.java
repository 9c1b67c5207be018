/**
 * Journey maps: the journeys a company designs for a persona, in four types (current state, future
 * state, a day in the life, service blueprint), as ordered stages with lanes (customer goals,
 * actions, touchpoints, thoughts, designed emotion, pain points, opportunities, owners, KPIs; a
 * blueprint adds evidence, frontstage, backstage and support). Every save is a new immutable
 * version; maps compare stage by stage and travel as JSON documents (export and import).
 * {@link org.hamsafar.journeys.maps.JourneyMaps} is the entry point for pages and the demo company;
 * {@link org.hamsafar.journeys.maps.JourneyLanes} says which lanes each type has, in which order,
 * and where a blueprint's lines of interaction, visibility and internal interaction run.
 */
@org.springframework.modulith.NamedInterface("journey-maps")
package org.hamsafar.journeys.maps;
