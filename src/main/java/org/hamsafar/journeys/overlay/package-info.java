/**
 * Live data laid over a journey map: for a period and a segment, what really happened at each stage
 * and touchpoint (reach, conversion to the next stage, time to it, drop-off, feedback scores,
 * sentiment and negative topics, cases and SLA breaches, repeat contacts), the actual emotion curve
 * against the designed one, and the stages flagged as pain points. Every figure is aggregated by the
 * store through the events, feedback, text and actions modules' facades; {@link
 * org.hamsafar.journeys.overlay.LiveOverlay} puts them together.
 */
package org.hamsafar.journeys.overlay;
