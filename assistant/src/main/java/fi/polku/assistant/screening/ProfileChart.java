package fi.polku.assistant.screening;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.ProfileArea;
import fi.polku.segmentation.instrument.FunctioningProfile;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The functioning profile as a horizontal bar chart drawn by the server (SVG, no script), the same figures as a
 * table, and a sentence that says what the chart shows, so that no one depends on seeing it.
 *
 * @param height the SVG's height in user units
 * @param summary the text alternative: strongest and weakest answered areas
 */
record ProfileChart(List<Bar> bars, int height, String summary) {

    /** Each area takes a row: its name above, the bar below, the score after the bar; narrow screens keep it readable. */
    static final int ROW = 62;

    static final int BAR_WIDTH = 250;

    /**
     * One area.
     *
     * @param value the score as the locale writes it, or the "not answered" text
     * @param width the bar's length in user units (0 when not answered)
     */
    record Bar(String label, @Nullable Double score, String value, int y, int width) {

        public int labelY() {
            return y + 20;
        }

        public int barY() {
            return y + 30;
        }

        public int valueY() {
            return y + 48;
        }
    }

    static ProfileChart of(FunctioningProfile profile, Language lang, ApiMessages messages) {
        NumberFormat format = NumberFormat.getNumberInstance(lang.locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (ProfileArea area : ProfileArea.values()) {
            Double score = profile.areas().get(area.id());
            String label = messages.text("result.area." + area.id().replace('_', '-'), lang);
            String value = score == null
                    ? messages.text("result.chart.not-answered", lang)
                    : messages.text("result.chart.value", lang, format.format(score));
            int width = score == null ? 0 : (int) Math.round(score / 10 * BAR_WIDTH);
            bars.add(new Bar(label, score, value, y, width));
            y += ROW;
        }
        return new ProfileChart(bars, y, summary(bars, format, lang, messages));
    }

    private static String summary(List<Bar> bars, NumberFormat format, Language lang, ApiMessages messages) {
        List<Bar> answered = bars.stream().filter(bar -> bar.score() != null).toList();
        if (answered.isEmpty()) {
            return messages.text("result.chart.summary-none", lang);
        }
        Bar best = answered.stream().max(Comparator.comparing(Bar::score)).orElseThrow();
        Bar weakest = answered.stream().min(Comparator.comparing(Bar::score)).orElseThrow();
        return messages.text(
                "result.chart.summary",
                lang,
                best.label(),
                format.format(best.score()),
                weakest.label(),
                format.format(weakest.score()));
    }
}
