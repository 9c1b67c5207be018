package org.hamsafar.text;

import java.util.List;
import java.util.Map;

/**
 * Rule-based sentiment from the shipped lexicon, in the manner of VADER (Hutto &amp; Gilbert,
 * ICWSM 2014): every sentiment word, phrase and emoji adds its valence, changed by the words
 * around it; the sum is squashed into -1..1.
 * <ul>
 *   <li>Intensifiers and diminishers up to two words before multiply ({@code خیلی خوب},
 *       {@code a bit slow}).</li>
 *   <li>Negation multiplies by {@value #NEGATION}: a negator up to three words before in the same
 *       clause ({@code not bad}, {@code هیچ مشکلی}), a negative verb prefix on the word itself
 *       ({@code نپسندیدم}, {@code دوست نداشتم}), and, because Persian puts the verb last, a negated
 *       verb up to three words after in the same clause ({@code بد نبود}, {@code مشکلی نداشتم}).
 *       Negative concord counts once: {@code هیچ مشکلی نداشتم} is one negation.</li>
 *   <li>Contrast ({@code ولی}, {@code اما}, {@code but}): the clause after weighs the word's
 *       factor (1.5), the clause before {@code 2 - factor}; a sentence that starts with a contrast
 *       word weighs the sentences before it down. A concessive clause ({@code although},
 *       {@code اگرچه}) weighs its factor (0.5) and the rest of the sentence {@code 2 - factor}.</li>
 *   <li>Exclamation marks strengthen a sentence; an English word in capitals among lower-case
 *       words weighs more.</li>
 * </ul>
 * Thread-safe.
 */
final class LexiconSentimentScorer {

    static final double NEGATION = -0.75;
    private static final Modifier NEGATED_VERB = new Modifier(Modifier.Kind.NEGATOR, NEGATION);
    private static final double CAPITALS = 1.3;
    private static final double PER_EXCLAMATION = 0.1;

    private final SentimentLexicon lexicon;

    LexiconSentimentScorer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    LexiconScore score(ReadText text) {
        List<Sentence> sentences = text.tokens().sentences();
        double[] valences = new double[sentences.size()];
        int evidence = 0;
        boolean shouting = mostlyCapitals(text.tokens().text().original());
        for (int k = 0; k < sentences.size(); k++) {
            SentenceState state = scoreSentence(text.wordsOf(sentences.get(k)), text, shouting);
            valences[k] = state.valence;
            evidence += state.evidence;
            if (state.openingContrast != null) {
                for (int j = 0; j < k; j++) {
                    valences[j] *= 2 - state.openingContrast.factor();
                }
            }
        }
        evidence += addEmoticons(text, sentences, valences);
        double total = 0;
        for (double v : valences) {
            total += v;
        }
        return new LexiconScore(total, LexiconScore.squash(total), evidence, valences);
    }

    private SentenceState scoreSentence(List<WordReading> words, ReadText text, boolean shouting) {
        int n = words.size();
        SentenceState state = new SentenceState(n);
        match(words, state);
        double[] weight = clauseWeights(words, state);
        double sum = 0;
        for (int p = 0; p < n; p++) {
            if (!state.sentiment[p]) {
                continue;
            }
            double v = state.value[p];
            state.evidence++;
            if (words.get(p).token().type() != TokenType.EMOJI) {
                v = modified(words, state, p, v);
                if (!shouting && inCapitals(text, words.get(p).token())) {
                    v *= CAPITALS;
                }
            }
            sum += v * weight[p];
        }
        Token last = words.isEmpty() ? null : words.get(n - 1).token();
        if (last != null && last.endsSentence()) {
            long marks = last.text().chars().filter(c -> c == '!').count();
            sum *= 1 + PER_EXCLAMATION * Math.min(marks, 3);
        }
        state.valence = sum;
        return state;
    }

    /** Finds sentiment entries and modifiers, longest match first; a sentiment phrase beats a shorter modifier. */
    private void match(List<WordReading> words, SentenceState state) {
        int i = 0;
        while (i < words.size()) {
            WordReading word = words.get(i);
            TokenType type = word.token().type();
            if (type == TokenType.EMOJI) {
                double v = lexicon.emoji(word.token().text());
                if (v != 0) {
                    state.sentiment[i] = true;
                    state.value[i] = v;
                }
                state.end[i] = ++i;
                continue;
            }
            if (type != TokenType.WORD) {
                state.end[i] = ++i;
                continue;
            }
            PhraseDictionary.Match<Modifier> modifier = lexicon.modifiers().longestAt(words, i);
            PhraseDictionary.Match<Double> sentiment = lexicon.words().longestAt(words, i);
            if (sentiment != null && intensifiesNext(words, sentiment, modifier)) {
                sentiment = null; // "فوق‌العاده خوشمزه", "terribly slow": a strong word before another one only strengthens it
            }
            if (sentiment != null && (modifier == null || sentiment.length() >= modifier.length())) {
                state.sentiment[i] = true;
                state.value[i] = sentiment.value();
                state.prefixNegated[i] = sentiment.negated();
                state.end[i] = sentiment.end();
            } else if (modifier != null) {
                state.modifier[i] = modifier.value();
                state.end[i] = modifier.end();
            } else {
                if (NegationScope.isNegatedAuxiliary(word)) {
                    state.modifier[i] = NEGATED_VERB;
                }
                state.end[i] = i + 1;
            }
            if (i == 0 && state.modifier[0] != null && state.modifier[0].kind() == Modifier.Kind.CONTRAST) {
                state.openingContrast = state.modifier[0];
            }
            i = state.end[i];
        }
    }

    /**
     * Whether a sentiment word that can also be an intensifier ({@code فوق‌العاده}, {@code terribly})
     * is one here: it is listed as both, for the same words, and another sentiment word follows at once.
     */
    private boolean intensifiesNext(List<WordReading> words, PhraseDictionary.Match<Double> sentiment,
                                    PhraseDictionary.Match<Modifier> modifier) {
        if (modifier == null || modifier.length() != sentiment.length() || modifier.value().kind() != Modifier.Kind.INTENSIFIER
                || sentiment.end() >= words.size() || words.get(sentiment.end()).token().type() != TokenType.WORD) {
            return false;
        }
        return lexicon.words().longestAt(words, sentiment.end()) != null;
    }

    private static double[] clauseWeights(List<WordReading> words, SentenceState state) {
        int n = words.size();
        double[] weight = new double[n];
        java.util.Arrays.fill(weight, 1.0);
        for (int c = 0; c < n; c++) {
            Modifier m = state.modifier[c];
            if (m == null) {
                continue;
            }
            if (m.kind() == Modifier.Kind.CONTRAST) {
                for (int p = 0; p < n; p++) {
                    weight[p] *= p < c ? 2 - m.factor() : m.factor();
                }
            } else if (m.kind() == Modifier.Kind.CONCESSIVE) {
                int clauseEnd = c + 1;
                while (clauseEnd < n && !words.get(clauseEnd).token().separatesClauses()) {
                    clauseEnd++;
                }
                for (int p = 0; p < n; p++) {
                    weight[p] *= p >= c && p < clauseEnd ? m.factor() : 2 - m.factor();
                }
            }
        }
        return weight;
    }

    /** The valence of the sentiment entry at {@code p} after intensifiers, diminishers and negation. */
    private static double modified(List<WordReading> words, SentenceState state, int p, double v) {
        boolean negated = state.prefixNegated[p];
        double scale = 1;
        for (int q = p - 1; q >= 0 && q >= p - 3; q--) {
            Token token = words.get(q).token();
            if (token.type() == TokenType.PUNCTUATION) {
                break;
            }
            Modifier m = state.modifier[q];
            if (m == null) {
                continue;
            }
            if (m.kind() == Modifier.Kind.NEGATOR) {
                negated = true;
            } else if ((m.kind() == Modifier.Kind.INTENSIFIER || m.kind() == Modifier.Kind.DIMINISHER) && p - state.end[q] <= 1) {
                scale *= p == state.end[q] ? m.factor() : 1 + (m.factor() - 1) * 0.8;
            } else if (m.kind() == Modifier.Kind.CONTRAST || m.kind() == Modifier.Kind.CONCESSIVE) {
                break;
            }
        }
        if (words.get(p).persian()) {
            negated |= negatedAfter(words, state, p);
        }
        return v * scale * (negated ? NEGATION : 1);
    }

    /** Persian negates with the verb at the end of the clause: {@code بد نبود}, {@code مشکلی نداشتیم}. */
    private static boolean negatedAfter(List<WordReading> words, SentenceState state, int p) {
        int limit = Math.min(words.size(), state.end[p] + 3);
        for (int q = state.end[p]; q < limit; q++) {
            WordReading word = words.get(q);
            if (word.token().type() == TokenType.PUNCTUATION || state.sentiment[q]) {
                return false;
            }
            Modifier m = state.modifier[q];
            if (m != null) {
                if (m.kind() == Modifier.Kind.NEGATOR) {
                    return true;
                }
                if (m.kind() == Modifier.Kind.CONTRAST || m.kind() == Modifier.Kind.CONCESSIVE) {
                    return false;
                }
            }
            if (isAuxiliary(word) || word.token().text().equals("و")) {
                return false; // the clause ended with a positive verb
            }
        }
        return false;
    }

    private static boolean isAuxiliary(WordReading word) {
        for (int f = 0; f < word.formCount(); f++) {
            if (!word.negated(f) && NegationScope.AUXILIARIES.contains(word.form(f))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCapitals(ReadText text, Token token) {
        if (token.text().length() < 2 || token.text().charAt(0) > 0x7F) {
            return false;
        }
        Span span = text.tokens().originalSpan(token);
        String original = text.tokens().text().original().substring(span.start(), span.end());
        return original.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    private static boolean mostlyCapitals(String original) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper++;
            } else if (c >= 'a' && c <= 'z') {
                lower++;
            }
        }
        return upper > lower;
    }

    /** ASCII emoticons, which the tokenizer does not keep, found in the normalised text at word boundaries. */
    private int addEmoticons(ReadText text, List<Sentence> sentences, double[] valences) {
        String s = text.tokens().text().text();
        if (sentences.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (int at = 0; at < s.length(); at++) {
            char c = s.charAt(at);
            if (c >= 0x80 || !lexicon.startsEmoticon(c)) {
                continue; // emoticons are ASCII: most chars are ruled out by one array look-up
            }
            List<String> candidates = lexicon.emoticonsStartingWith(c);
            if (!(at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)) && s.charAt(at - 1) != '/')) {
                continue;
            }
            for (String symbol : candidates) { // longest first
                int end = at + symbol.length();
                if (s.startsWith(symbol, at) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)) && s.charAt(end) != '/')) {
                    valences[sentenceAt(sentences, at)] += lexicon.emoticons().get(symbol);
                    found++;
                    at = end - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        for (int k = 0; k < sentences.size(); k++) {
            if (offset < sentences.get(k).end()) {
                return k;
            }
        }
        return sentences.size() - 1;
    }

    private static final class SentenceState {
        final boolean[] sentiment;
        final double[] value;
        final boolean[] prefixNegated;
        final Modifier[] modifier;
        final int[] end;
        Modifier openingContrast;
        double valence;
        int evidence;

        SentenceState(int n) {
            sentiment = new boolean[n];
            value = new double[n];
            prefixNegated = new boolean[n];
            modifier = new Modifier[n];
            end = new int[n];
        }
    }
}
