package org.hamsafar.journeys.paths;

import org.hamsafar.events.InteractionPaths.PathQuery;

/** A validated path question, with its window as the request wrote it (echoed in the answer). */
record PathRequest(PathQuery query, String windowText) {
}
