package fi.polku.segmentation.instrument;

import fi.polku.segmentation.Language;
import java.util.Map;

/** Checks raw answers (as Jackson read them from JSON) strictly against the instrument, collecting every error. */
public final class AnswerValidator {

    private final Instrument instrument;

    public AnswerValidator(Instrument instrument) {
        this.instrument = instrument;
    }

    /** Validates and normalises the answers; errors are worded in the given language. */
    public AnswerCheck check(Map<String, ?> rawAnswers, Language lang) {
        throw new UnsupportedOperationException("not yet");
    }
}
