package fi.polku.segmentation.rules;

import fi.polku.segmentation.crisis.CrisisContacts;
import fi.polku.segmentation.crisis.CrisisDetector;
import fi.polku.segmentation.instrument.AnswerValidator;
import fi.polku.segmentation.instrument.Answers;
import fi.polku.segmentation.instrument.FunctioningProfile;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.instrument.Municipalities;
import java.nio.file.Path;

/** The loaded and validated rule folder: instrument, facts, decision rules, crisis data and municipalities. */
public final class RuleBook {

    private RuleBook() {}

    /** The rule folder bundled on the classpath under {@code polku/rules/}, checked and its cases run. */
    public static RuleBook loadBundled() {
        throw new UnsupportedOperationException("not yet");
    }

    /** A rule folder on disk, checked and its cases run. */
    public static RuleBook load(Path folder) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The rules version: manifest version plus a short hash of the folder's content. */
    public String version() {
        throw new UnsupportedOperationException("not yet");
    }

    public Instrument instrument() {
        throw new UnsupportedOperationException("not yet");
    }

    public AnswerValidator validator() {
        throw new UnsupportedOperationException("not yet");
    }

    public CrisisDetector crisisDetector() {
        throw new UnsupportedOperationException("not yet");
    }

    public CrisisContacts crisisContacts() {
        throw new UnsupportedOperationException("not yet");
    }

    public Municipalities municipalities() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Segments validated answers; missing answers never satisfy a criterion. */
    public Decision decide(Answers answers) {
        throw new UnsupportedOperationException("not yet");
    }

    public FunctioningProfile profile(Answers answers) {
        return FunctioningProfile.of(answers, instrument());
    }
}
