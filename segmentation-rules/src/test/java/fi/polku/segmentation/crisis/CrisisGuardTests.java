package fi.polku.segmentation.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.rules.RuleBook;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Guards are precise: each one is needed by a case of its own, and none can hide a strong term (issue 6). */
class CrisisGuardTests {

    private static final CrisisDetector DETECTOR = RuleBook.loadBundled().crisisDetector();
    private static final List<CrisisEvaluation.Case> GUARD_CASES = guardCases();

    /** Hesitations that once ate the strong word after them ("I don't know", "en oo varma"). */
    private static final List<String> HESITATIONS = List.of(
            "en tiedä",
            "en oo varma",
            "en ole varma",
            "en mä tiiä",
            "ei se oo niin",
            "jag vet inte",
            "int säker",
            "inte säker",
            "I don't know",
            "not sure",
            "never mind",
            "I'm not sure");

    @Test
    void everyGuardHasACaseOfItsOwnAndNoGuardCaseIsFlagged() {
        Set<String> used = new HashSet<>();
        List<String> flagged = new ArrayList<>();
        for (CrisisEvaluation.Case c : GUARD_CASES) {
            CrisisDetector.Explanation explanation = DETECTOR.explain(c.text());
            explanation.guards().forEach(g -> used.add(g.language() + ":" + g.line()));
            if (explanation.signal().isPresent()) {
                flagged.add(c.text());
            }
        }
        List<String> unused = new ArrayList<>();
        for (PhraseList list : DETECTOR.phraseLists()) {
            for (PhraseList.Phrase phrase : list.phrases()) {
                // A contrast, a word of living, an exception, an end in time or a secret only keeps a crisis in play.
                boolean needsCase = phrase.guard()
                        || phrase.reported()
                                && !phrase.category().equals("contrast")
                                && !phrase.category().equals("life")
                                && !phrase.category().equals("except")
                                && !phrase.category().equals("until")
                                && !phrase.category().equals("but")
                                && !phrase.category().equals("unsaid");
                if (needsCase && !used.contains(list.language() + ":" + phrase.line())) {
                    unused.add(list.language() + " line " + phrase.line() + ": " + phrase.source());
                }
            }
        }
        assertThat(unused).as("guards without a case in crisis-guards.tsv").isEmpty();
        assertThat(flagged).as("guard cases flagged as a crisis").isEmpty();
    }

    @Test
    void noGuardCaseHidesAStrongTermNextToIt() {
        List<String> hidden = new ArrayList<>();
        for (String strong : strongWords()) {
            for (CrisisEvaluation.Case c : GUARD_CASES) {
                for (String text : List.of(c.text() + " " + strong, strong + " " + c.text())) {
                    if (!DETECTOR.isCrisis(text)) {
                        hidden.add(text);
                    }
                }
            }
        }
        assertThat(hidden).as("strong terms hidden by a guard").isEmpty();
    }

    @Test
    void aHesitationBeforeAStrongTermNeverHidesIt() {
        List<String> hidden = new ArrayList<>();
        for (String strong : strongWords()) {
            for (String hesitation : HESITATIONS) {
                for (String text : List.of(hesitation + " " + strong, hesitation + ", " + strong)) {
                    if (!DETECTOR.isCrisis(text)) {
                        hidden.add(text);
                    }
                }
            }
        }
        assertThat(hidden).isEmpty();
    }

    @Test
    void negationHidesAStrongTermOnlyRightNextToIt() {
        assertThat(DETECTOR.isCrisis("minulla ei ole itsetuhoisia ajatuksia")).isFalse();
        assertThat(DETECTOR.isCrisis("ei itsemurha-ajatuksia")).isFalse();
        assertThat(DETECTOR.isCrisis("I am not suicidal")).isFalse();
        assertThat(DETECTOR.isCrisis("jag har inga självmordstankar")).isFalse();

        assertThat(DETECTOR.isCrisis("en oo varma mut itsemurha käy mielessä")).isTrue();
        assertThat(DETECTOR.isCrisis("I don't know, maybe suicide")).isTrue();
        assertThat(DETECTOR.isCrisis("not sure why but I feel suicidal")).isTrue();
        assertThat(DETECTOR.isCrisis("jag vet inte, självmord känns nära")).isTrue();
    }

    @Test
    void aReportedQuestionAnsweredNoHidesOnlyItsTopic() {
        assertThat(DETECTOR.isCrisis("lääkäri kysyi kuolemanajatuksista ja sanoin ettei oo"))
                .isFalse();
        assertThat(DETECTOR.isCrisis("the nurse asked about self harm and i said no"))
                .isFalse();
        assertThat(DETECTOR.isCrisis("läkaren frågade om självmordstankar, ja sa nej"))
                .isFalse();

        // The no must be there: a question alone, or answered yes, is the crisis it asks about.
        assertThat(DETECTOR.isCrisis("lääkäri kysyi kuolemanajatuksista")).isTrue();
        assertThat(DETECTOR.isCrisis("the nurse asked about self harm and i said yes"))
                .isTrue();
        // Only the question's clause is its topic: a crisis told in a clause of its own stays.
        assertThat(DETECTOR.isCrisis("the doctor asked if im ok, i want to kill myself, i said no"))
                .isTrue();
        // The no answers in the question's sentence or opens the next one; later, it answers something else.
        assertThat(DETECTOR.isCrisis("läkaren frågade om självmordstankar. ja sa nej"))
                .isFalse();
        assertThat(DETECTOR.isCrisis("läkaren frågade om självmordstankar. ja vet int vad ja ska säga. ja sa nej"))
                .isTrue();
        // A crisis after the no, or a contrast after the no (the no taken back), stays.
        assertThat(DETECTOR.isCrisis("the nurse asked about self harm and i said no, i want to die"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("lääkäri kysyi kuolemanajatuksista ja sanoin ettei oo, mut valehtelin"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("the nurse asked about self harm and i said no but honestly i do"))
                .isTrue();
    }

    @Test
    void aGuardForALaterWordLeavesTheCrisisWordsBeforeIt() {
        // "jatkaa opintoja" is guarded; the crisis before it is not.
        assertThat(DETECTOR.isCrisis("en halua elää, työnhaku tappaa motivaation"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("haluan kuolla, en jaksa jatkaa opintoja")).isTrue();
        assertThat(DETECTOR.isCrisis("I want to die, this job search is killing my motivation"))
                .isTrue();
    }

    /** One word for every strong term of the lists: the stem itself, or the first written alternative. */
    private static List<String> strongWords() {
        List<String> words = new ArrayList<>();
        for (PhraseList list : DETECTOR.phraseLists()) {
            for (PhraseList.Phrase phrase : list.phrases()) {
                if (phrase.strong()) {
                    String first = phrase.words().getFirst().getFirst();
                    words.add(first.endsWith("*") ? first.substring(0, first.length() - 1) + "a" : first);
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(20);
        return words;
    }

    private static List<CrisisEvaluation.Case> guardCases() {
        List<CrisisEvaluation.Case> cases = new ArrayList<>();
        for (String line : new String(readGuards()).split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("lang\t")) {
                continue;
            }
            String[] f = line.split("\t");
            cases.add(new CrisisEvaluation.Case(f[0], "guard", false, f[1], false));
        }
        return cases;
    }

    private static byte[] readGuards() {
        try (var in = CrisisGuardTests.class.getResourceAsStream("/crisis/crisis-guards.tsv")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
