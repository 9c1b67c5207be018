/**
 * The dashboard pages of journey maps and personas: the list of maps (filters, new map, import),
 * the editor (a grid of stages by lanes edited in place with htmx, designed emotion curve, stage
 * moves, versions), the printable view, the side-by-side comparison, and the persona pages. Pages
 * go through {@link org.hamsafar.journeys.maps.JourneyMaps} and {@link org.hamsafar.journeys.personas.Personas}
 * only; everyone signed in reads, admins and analysts change ({@link MapPageRoles}).
 */
package org.hamsafar.journeys.pages;
