package fi.polku.segmentation.rules;

import fi.polku.segmentation.crisis.CrisisContacts;
import fi.polku.segmentation.crisis.CrisisDetector;
import fi.polku.segmentation.instrument.AnswerValidator;
import fi.polku.segmentation.instrument.Answers;
import fi.polku.segmentation.instrument.FunctioningProfile;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.instrument.Municipalities;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.springframework.expression.EvaluationContext;

/** The loaded and validated rule folder: instrument, facts, decision rules, crisis data and municipalities. */
public final class RuleBook {

    private static final String CLASSPATH_ROOT = "polku/rules/";

    private final String version;
    private final Instrument instrument;
    private final AnswerValidator validator;
    private final CrisisDetector crisisDetector;
    private final CrisisContacts crisisContacts;
    private final Municipalities municipalities;
    private final RuleEngine engine;
    private final List<RuleCase> cases;

    RuleBook(
            String version,
            Instrument instrument,
            CrisisDetector crisisDetector,
            CrisisContacts crisisContacts,
            Municipalities municipalities,
            List<FactDefinition> facts,
            List<DecisionRule> rules,
            EvaluationContext context,
            List<RuleCase> cases) {
        this.version = version;
        this.instrument = instrument;
        this.validator = new AnswerValidator(instrument);
        this.crisisDetector = crisisDetector;
        this.crisisContacts = crisisContacts;
        this.municipalities = municipalities;
        this.engine = new RuleEngine(facts, rules, context, version);
        this.cases = List.copyOf(cases);
    }

    /** The rule folder bundled on the classpath under {@code polku/rules/}, checked and its cases run. */
    public static RuleBook loadBundled() {
        ClassLoader loader = Objects.requireNonNullElse(
                Thread.currentThread().getContextClassLoader(), RuleBook.class.getClassLoader());
        return new RuleBookLoader(new RuleSource.Classpath(loader, CLASSPATH_ROOT)).load();
    }

    /** A rule folder on disk, checked and its cases run; every file in it must be listed in its manifest. */
    public static RuleBook load(Path folder) {
        return new RuleBookLoader(new RuleSource.Folder(folder)).load();
    }

    /** The rules version: manifest version plus a short hash of the folder's content, e.g. {@code 2026.1+3fa9c2d1}. */
    public String version() {
        return version;
    }

    public Instrument instrument() {
        return instrument;
    }

    public AnswerValidator validator() {
        return validator;
    }

    public CrisisDetector crisisDetector() {
        return crisisDetector;
    }

    public CrisisContacts crisisContacts() {
        return crisisContacts;
    }

    public Municipalities municipalities() {
        return municipalities;
    }

    /** Segments validated answers; missing answers never satisfy a criterion, and free texts are checked for crisis. */
    public Decision decide(Answers answers) {
        return outcome(answers).decision();
    }

    public FunctioningProfile profile(Answers answers) {
        return FunctioningProfile.of(answers, instrument);
    }

    /** The decision with the id of the rule that made it, for the folder's test cases. */
    RuleEngine.Outcome outcome(Answers answers) {
        boolean textCrisis = false;
        for (String text : answers.freeTexts()) {
            if (crisisDetector.isCrisis(text)) {
                textCrisis = true;
                break;
            }
        }
        return engine.decide(answers, textCrisis);
    }

    /** The folder's own test cases. */
    List<RuleCase> cases() {
        return cases;
    }
}
