package org.hamsafar.journeys.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hamsafar.journeys.maps.JourneyStage;

/**
 * The designed emotion across the stages, drawn as an inline SVG in the grid row under the
 * emotion lane (so it prints and needs no script). Each stage is one column {@value #COLUMN} units
 * wide; a point sits at its column's centre, at a height from {@value #TOP} (+2, very positive) to
 * {@value #BOTTOM} (-2, very negative), neutral in the middle. In right-to-left pages the first
 * stage is on the right, as in the grid. Stages without an emotion are skipped: the line bridges
 * them with a dashed segment, so that a gap is visible rather than drawn as a value.
 */
record EmotionCurve(int width, int height, List<Point> points, List<Segment> segments) {
    static final int COLUMN = 100;
    static final int HEIGHT = 100;
    static final int TOP = 12;
    static final int BOTTOM = 88;

    /** A stage's point: {@code tone} is negative, neutral or positive (for its colour). */
    record Point(String x, String y, int emotion, String stageName, String tone) {
    }

    /** A piece of the line as SVG path data; {@code bridge}: it spans stages without an emotion. */
    record Segment(String path, boolean bridge) {
    }

    static EmotionCurve of(List<JourneyStage> stages, boolean rightToLeft) {
        int n = stages.size();
        List<Point> points = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        double[] last = null;
        int lastIndex = -1;
        for (int i = 0; i < n; i++) {
            Integer emotion = stages.get(i).emotion();
            if (emotion == null) {
                continue;
            }
            double x = rightToLeft ? (n - i - 0.5) * COLUMN : (i + 0.5) * COLUMN;
            double y = y(emotion);
            points.add(new Point(number(x), number(y), emotion, stages.get(i).name(),
                    emotion < 0 ? "negative" : emotion > 0 ? "positive" : "neutral"));
            if (last != null) {
                segments.add(new Segment("M" + number(last[0]) + " " + number(last[1]) + " L" + number(x) + " " + number(y),
                        i - lastIndex > 1));
            }
            last = new double[] {x, y};
            lastIndex = i;
        }
        return new EmotionCurve(n * COLUMN, HEIGHT, points, segments);
    }

    /** The height of an emotion from -2 to +2: +2 at the top. */
    static double y(int emotion) {
        return (TOP + BOTTOM) / 2.0 - emotion * (BOTTOM - TOP) / 4.0;
    }

    /** The neutral line's height. */
    public String neutralY() {
        return number(y(0));
    }

    /** The heights of +2 and -2, where the scale's outer lines run. */
    public int topY() {
        return TOP;
    }

    public int bottomY() {
        return BOTTOM;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public boolean empty() {
        return points.isEmpty();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
