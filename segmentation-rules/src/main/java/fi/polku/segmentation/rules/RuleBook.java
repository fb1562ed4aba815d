package fi.polku.segmentation.rules;

import fi.polku.segmentation.crisis.CrisisCheck;
import fi.polku.segmentation.crisis.CrisisContacts;
import fi.polku.segmentation.crisis.CrisisDetector;
import fi.polku.segmentation.crisis.LearnedCrisisModel;
import fi.polku.segmentation.instrument.AnswerValidator;
import fi.polku.segmentation.instrument.Answers;
import fi.polku.segmentation.instrument.FunctioningProfile;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.instrument.Municipalities;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.expression.EvaluationContext;

/** The loaded and validated rule folder: instrument, facts, decision rules, crisis data and municipalities. */
public final class RuleBook {

    private static final String CLASSPATH_ROOT = "polku/rules/";

    private final String version;
    private final Instrument instrument;
    private final AnswerValidator validator;
    private final CrisisDetector crisisDetector;
    private final @Nullable LearnedCrisisModel learnedCrisis;
    private final CrisisCheck crisisCheck;
    private final CrisisContacts crisisContacts;
    private final Municipalities municipalities;
    private final RuleEngine engine;
    private final List<RuleCase> cases;

    RuleBook(
            String version,
            Instrument instrument,
            CrisisDetector crisisDetector,
            @Nullable LearnedCrisisModel learnedCrisis,
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
        this.learnedCrisis = learnedCrisis;
        this.crisisCheck = new CrisisCheck(crisisDetector, learnedCrisis);
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

    /** The learned second crisis signal, when the rule folder's manifest lists a model ({@code crisis_learned}). */
    public Optional<LearnedCrisisModel> learnedCrisis() {
        return Optional.ofNullable(learnedCrisis);
    }

    /**
     * Whether a free text expresses a crisis: the phrase lists flag it, or else the learned signal does. The learned
     * signal may add a flag, never remove one, and is not consulted for a text the rules already flagged.
     */
    public boolean isCrisis(String text) {
        return crisisCheck.check(text).crisis();
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
        boolean learned = false;
        for (String text : answers.freeTexts()) {
            switch (crisisCheck.check(text)) {
                case RULES -> {
                    return engine.decide(answers, true, false);
                }
                case LEARNED -> learned = true;
                case NONE -> {}
            }
        }
        // Learned only when no text is flagged by the rules, so that the reason names it only for its own flags.
        return engine.decide(answers, false, learned);
    }

    /** The folder's own test cases. */
    List<RuleCase> cases() {
        return cases;
    }
}
