package org.hamsafar.text;

/**
 * A word that changes the sentiment of others rather than carrying its own.
 *
 * @param kind   what it does
 * @param factor for intensifiers (&gt;1) and diminishers (&lt;1) the multiplier of a nearby
 *               sentiment word; for negators the multiplier of a negated word (about -0.75: "not
 *               good" is less negative than "bad"); for contrast words the weight of the clause
 *               after them (the clause before weighs {@code 2 - factor}); for concessive words
 *               the weight of their own clause
 */
record Modifier(Kind kind, double factor) {

    enum Kind {
        INTENSIFIER, DIMINISHER, NEGATOR, CONTRAST, CONCESSIVE;

        static Kind of(String name) {
            return switch (name) {
                case "intensifier" -> INTENSIFIER;
                case "diminisher" -> DIMINISHER;
                case "negator" -> NEGATOR;
                case "contrast" -> CONTRAST;
                case "concessive" -> CONCESSIVE;
                default -> null;
            };
        }
    }
}
