package fi.polku.segmentation.rules;

import fi.polku.segmentation.crisis.CrisisContacts;
import fi.polku.segmentation.crisis.CrisisDetector;
import fi.polku.segmentation.crisis.LearnedCrisisModel;
import fi.polku.segmentation.crisis.LearnedModelException;
import fi.polku.segmentation.crisis.PhraseList;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.instrument.ItemType;
import fi.polku.segmentation.instrument.Municipalities;
import fi.polku.segmentation.yaml.StrictYaml;
import fi.polku.segmentation.yaml.YamlMap;
import fi.polku.segmentation.yaml.YamlProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a rule folder in manifest order into a {@link RuleBook}: every file checked, every expression compiled. */
final class RuleBookLoader {

    static final String MANIFEST = "manifest.yml";
    private static final Set<String> MANIFEST_KEYS = Set.of(
            "version",
            "instrument",
            "facts",
            "rules",
            "cases",
            "crisis",
            "crisis_contacts",
            "crisis_learned",
            "municipalities");
    private static final Set<String> UNLISTED_OK = Set.of(MANIFEST, "README.md");

    private final RuleSource source;
    private final MessageDigest digest;
    private final List<String> listed = new ArrayList<>();

    RuleBookLoader(RuleSource source) {
        this.source = source;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    RuleBook load() {
        try {
            return loadChecked();
        } catch (YamlProblem e) {
            String problem = e.key() == null ? e.problem() : e.key() + ": " + e.problem();
            throw new RuleBookException(e.file(), e.entry(), e.line(), problem, e);
        }
    }

    private RuleBook loadChecked() {
        YamlMap manifest = StrictYaml.parse(MANIFEST, read(MANIFEST)).allowOnly(MANIFEST_KEYS);
        InstrumentReader instrumentReader = new InstrumentReader();
        files(manifest, "instrument").forEach(f -> instrumentReader.read(yaml(f)));
        List<PhraseList> phraseLists = files(manifest, "crisis").stream()
                .map(f -> DataReader.phrases(f, read(f)))
                .toList();
        CrisisContacts contacts = DataReader.contacts(yaml("crisis/" + manifest.string("crisis_contacts")));
        LearnedCrisisModel learned =
                manifest.has("crisis_learned") ? learned("crisis/" + manifest.string("crisis_learned")) : null;
        Municipalities municipalities = DataReader.municipalities(yaml(manifest.string("municipalities")));
        List<String> factFiles = files(manifest, "facts");
        List<String> ruleFiles = files(manifest, "rules");
        List<String> caseFiles = files(manifest, "cases");
        // Hash every file before the instrument takes the version, so the questionnaire names the same version.
        List<YamlMap> factYaml = factFiles.stream().map(this::yaml).toList();
        List<YamlMap> ruleYaml = ruleFiles.stream().map(this::yaml).toList();
        List<YamlMap> caseYaml = caseFiles.stream().map(this::yaml).toList();
        checkEverythingListed();
        String version = manifest.string("version") + "+"
                + HexFormat.of().formatHex(digest.digest()).substring(0, 8);

        Instrument instrument = instrumentReader.instrument(version);
        LogicReader logic = new LogicReader(compiler(instrument));
        factYaml.forEach(logic::readFacts);
        ruleYaml.forEach(logic::readRules);
        List<DecisionRule> rules = logic.rules(ruleFiles.isEmpty() ? "rules" : ruleFiles.getLast());
        List<RuleCase> cases = new ArrayList<>();
        caseYaml.forEach(c -> cases.addAll(CaseReader.read(c)));
        RuleBook book = new RuleBook(
                version,
                instrument,
                CrisisDetector.of(phraseLists),
                learned,
                contacts,
                municipalities,
                logic.facts(),
                rules,
                logic.compiler().context(),
                cases);
        new RuleCaseRunner(book).runAll();
        return book;
    }

    private static ExpressionCompiler compiler(Instrument instrument) {
        Map<String, ValueType> inputs = new HashMap<>();
        Map<String, List<String>> choices = new HashMap<>();
        Set<String> numeric = new HashSet<>();
        for (Item item : instrument.items().values()) {
            inputs.put(item.id(), type(item.type()));
            if (item.type().numeric()) {
                numeric.add(item.id());
            }
            if (!item.choices().isEmpty()) {
                choices.put(item.id(), item.values());
            }
        }
        inputs.put(RuleEngine.TEXT_CRISIS, ValueType.BOOLEAN);
        inputs.put(RuleEngine.TEXT_CRISIS_LEARNED, ValueType.BOOLEAN);
        inputs.put(RuleEngine.ANSWERED_COUNT, ValueType.NUMBER);
        return new ExpressionCompiler(inputs, choices, numeric);
    }

    private static ValueType type(ItemType type) {
        return switch (type) {
            case INTEGER, SCALE -> ValueType.NUMBER;
            case BOOLEAN -> ValueType.ANSWER_BOOLEAN;
            case SET -> ValueType.SET;
            case ENUM, TEXT, MUNICIPALITY -> ValueType.TEXT;
        };
    }

    private List<String> files(YamlMap manifest, String folder) {
        return manifest.strings(folder).stream()
                .map(name -> folder + "/" + name)
                .toList();
    }

    private LearnedCrisisModel learned(String file) {
        try {
            return LearnedCrisisModel.parse(read(file));
        } catch (LearnedModelException e) {
            throw new RuleBookException(file, null, e.line(), e.getMessage());
        }
    }

    private YamlMap yaml(String file) {
        return StrictYaml.parse(file, read(file));
    }

    private String read(String file) {
        String text = source.read(file);
        listed.add(file);
        digest.update(file.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return text;
    }

    /** A file that the manifest does not list would be silently ignored: refuse it instead. */
    private void checkEverythingListed() {
        source.files().ifPresent(files -> {
            for (String file : files) {
                if (!listed.contains(file) && !UNLISTED_OK.contains(file) && !file.endsWith(".md")) {
                    throw new RuleBookException(file, null, 0, "this file is not listed in " + MANIFEST);
                }
            }
        });
    }
}
