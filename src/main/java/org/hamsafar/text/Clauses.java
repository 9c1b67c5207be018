package org.hamsafar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a read text into clauses: a sentence ends one, and so do clause punctuation
 * ({@code , ، ;}) and contrast or concessive words ({@code ولی}, {@code اما}, {@code but},
 * {@code although}), which start the next. Topic sentiment is taken per clause, so that in
 * "the food was good but delivery was late" food is positive and delivery negative.
 */
final class Clauses {

    /** Tokens {@code [first, end)} of the text. */
    record Clause(int first, int end) {
    }

    private Clauses() {
    }

    static List<Clause> of(ReadText text, PhraseDictionary<Modifier> modifiers) {
        List<Clause> clauses = new ArrayList<>();
        List<WordReading> words = text.words();
        for (Sentence sentence : text.tokens().sentences()) {
            int first = sentence.firstToken();
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                Token token = words.get(i).token();
                if (token.separatesClauses()) {
                    add(clauses, first, i + 1);
                    first = i + 1;
                } else if (token.type() == TokenType.WORD && i > first) {
                    Modifier m = modifiers.get(token.text());
                    if (m != null && (m.kind() == Modifier.Kind.CONTRAST || m.kind() == Modifier.Kind.CONCESSIVE)) {
                        add(clauses, first, i);
                        first = i;
                    }
                }
            }
            add(clauses, first, sentence.endToken());
        }
        return clauses;
    }

    private static void add(List<Clause> clauses, int first, int end) {
        if (end > first) {
            clauses.add(new Clause(first, end));
        }
    }

    /** The index of the clause holding token {@code index}, or -1. */
    static int indexOf(List<Clause> clauses, int index) {
        for (int c = 0; c < clauses.size(); c++) {
            if (index >= clauses.get(c).first() && index < clauses.get(c).end()) {
                return c;
            }
        }
        return -1;
    }
}
