/**
 * Personas: the archetypal customers a journey map is designed for, with demographics,
 * psychographics (goals, needs, frustrations, values, interests, preferred channels), a quote, a
 * photo placeholder (initials on a colour of a fixed palette) and an optional customer segment (a
 * customer tag key) that ties the persona to real customers. {@link org.hamsafar.journeys.personas.Personas}
 * is the entry point for pages, journey maps and the demo company.
 */
@org.springframework.modulith.NamedInterface("personas")
package org.hamsafar.journeys.personas;
