package fi.polku.segmentation.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.rules.RuleBook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

class CrisisDetectorTests {

    private static final CrisisDetector DETECTOR = RuleBook.loadBundled().crisisDetector();
    private static final String MISS = "#MISS ";
    private static final List<String> CATEGORIES = List.of(
            "suicide",
            "wish_dead",
            "thoughts",
            "method",
            "plan",
            "preparation",
            "farewell",
            "burden",
            "self_harm",
            "harm_others");

    /** One line of an evaluation file; a known miss is marked and expected to come out wrong. */
    record Case(String lang, String text, boolean crisis, boolean knownMiss) {}

    @Test
    void findsEveryCrisisOfTheSharedDevSet(TestReporter reporter) throws IOException {
        Path dev = Path.of("../../shared/eval/crisis-dev.tsv");
        assumeTrue(Files.isReadable(dev), "shared/eval/crisis-dev.tsv is not next to the repository");
        List<Case> cases = parse(Files.readString(dev, StandardCharsets.UTF_8));

        Score score = score(cases);
        reporter.publishEntry("crisis-dev", score.toString());

        assertThat(score.misses()).as("crises missed").isEmpty();
        assertThat(score.falseAlarms()).as("false alarms").isEmpty();
    }

    @Test
    void passesEveryCaseOfItsOwnSetExceptKnownMisses(TestReporter reporter) throws IOException {
        List<Case> cases;
        try (InputStream in = getClass().getResourceAsStream("/crisis/crisis-cases.tsv")) {
            cases = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(120);

        Score score = score(cases);
        reporter.publishEntry("crisis-cases", score.toString());

        assertThat(score.misses()).as("crises missed").isEmpty();
        assertThat(score.falseAlarms()).as("false alarms").isEmpty();
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void generalisesToTheHeldOutSet(TestReporter reporter) throws IOException {
        List<Case> cases;
        try (InputStream in = getClass().getResourceAsStream("/crisis/crisis-heldout.tsv")) {
            cases = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Score score = score(cases);
        reporter.publishEntry("crisis-heldout", score.toString());

        assertThat(score.misses()).as("crises missed").isEmpty();
        assertThat(score.falseAlarms()).as("false alarms").isEmpty();
    }

    @Test
    void passesItsOwnCasesOfEveryCategoryInEveryLanguage(TestReporter reporter) {
        List<CrisisEvaluation.Case> cases = CrisisEvaluation.read("/crisis/crisis-categories.tsv");
        CrisisEvaluation.Report report = CrisisEvaluation.evaluate(cases, DETECTOR::isCrisis);
        reporter.publishEntry("crisis-categories", "\n" + report.markdown());

        for (String category : CATEGORIES) {
            for (String lang : List.of("fi", "sv", "en")) {
                assertThat(cases)
                        .as("own crisis cases of %s in %s", category, lang)
                        .anyMatch(c -> c.crisis()
                                && c.category().equals(category)
                                && c.lang().equals(lang));
            }
        }
        assertThat(report.unexpected()).as("misses and false alarms").isEmpty();
    }

    @Test
    void everyPhraseListHasEveryCategory() {
        for (PhraseList list : DETECTOR.phraseLists()) {
            List<String> categories = list.phrases().stream()
                    .map(PhraseList.Phrase::category)
                    .distinct()
                    .toList();
            assertThat(categories).as(list.language().tag()).containsAll(CATEGORIES);
        }
    }

    @Test
    void aFarewellOrAWishToDisappearIsQuietOnlyWithAnOrdinaryReasonAndNoOtherCrisis() {
        // A farewell or a wish to disappear alone is a crisis.
        assertThat(DETECTOR.isCrisis("kiitos kaikesta, hyvästi")).isTrue();
        assertThat(DETECTOR.isCrisis("tack för allt ni har gjort för mej. farväl"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("I just want to disappear")).isTrue();
        // With an ordinary reason (moving, a new job, a holiday, a time span) it is an ordinary goodbye.
        assertThat(DETECTOR.isCrisis("kiitos kaikesta, hyvästi ja hyvää kesää! muutan ouluun"))
                .isFalse();
        assertThat(DETECTOR.isCrisis("tack för allt å hejdå, ja flyttar till stockholm"))
                .isFalse();
        assertThat(DETECTOR.isCrisis("I just want to vanish to a cabin for the weekend"))
                .isFalse();
        // An ordinary reason never quiets another crisis phrase, nor a strong term.
        assertThat(DETECTOR.isCrisis("kiitos kaikesta, hyvästi. muutan pois enkä halua elää enää"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("goodbye everyone, moving away, I want to die"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("kirjoitin jäähyväiskirjeen ennen lomaa")).isTrue();
    }

    @Test
    void flagsACrisisStatedAsPresentRecentOrUnclearButNotOneClearlyOver() {
        assertThat(DETECTOR.isCrisis("Vuosia sitten minulla oli itsetuhoisia ajatuksia, olen voinut hyvin pitkään."))
                .isFalse();
        assertThat(DETECTOR.isCrisis("Years ago I had such thoughts; I have been well for a long time."))
                .isFalse();
        assertThat(DETECTOR.isCrisis("För många år sedan hade jag självmordstankar, nu mår jag bra."))
                .isFalse();

        assertThat(DETECTOR.isCrisis("Vuosia sitten minulla oli itsetuhoisia ajatuksia."))
                .isTrue();
        assertThat(DETECTOR.isCrisis("Years ago I tried to kill myself, I was well, but lately the thoughts came back"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("Otin yliannostuksen viime viikolla.")).isTrue();
        assertThat(DETECTOR.isCrisis("I took an overdose last week, I am fine now"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("Years ago I had suicidal thoughts and I am not doing well"))
                .isTrue();
    }

    @Test
    void normalisesCaseDiacriticsPunctuationRepeatedLettersAndEmoji() {
        assertThat(DETECTOR.isCrisis("HALUAN KUOLLA!!!")).isTrue();
        assertThat(DETECTOR.isCrisis("haluan kuoooolla")).isTrue();
        assertThat(DETECTOR.isCrisis("i want to diiiie")).isTrue();
        assertThat(DETECTOR.isCrisis("en halua elaa enaa")).isTrue();
        assertThat(DETECTOR.isCrisis("itse-murha")).isTrue();
        assertThat(DETECTOR.isCrisis("mä haluun kuolla😭😭")).isTrue();
        assertThat(DETECTOR.isCrisis("💀💀 ihan kuolemanväsynyt 😂")).isFalse();
        assertThat(DETECTOR.isCrisis("jag vill dö…")).isTrue();
    }

    @Test
    void aDenialPatternNeedsItsNegationAndAnotherPersonsDeathItsSubject() {
        // The sixth round's denials: a connegative "oo" alone, "nånsin" in a question, a participle that can be the
        // writer's own near-death are no denial.
        assertThat(DETECTOR.isCrisis("mä oo ajatellu et haluisin kuolla")).isTrue();
        assertThat(DETECTOR.isCrisis("om ja nånsin tänkt på att ta mitt liv? ja"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("oon melkein kuollu yliannostukseen")).isTrue();
        assertThat(DETECTOR.isCrisis("ja har nästan dött av en överdos")).isTrue();
        assertThat(DETECTOR.isCrisis("en silti ole ajatellut että haluaisin kuolla"))
                .isFalse();
        assertThat(DETECTOR.isCrisis("naapuri kuoli yliannostukseen")).isFalse();
    }

    @Test
    void aNegatedWellStatementIsNoWellMarker() {
        // The sixth round's well markers ("went away", "therapy helped", "nothing since", "det har gått över") said
        // with a negation leave a past crisis unclear: flagged.
        assertThat(DETECTOR.isCrisis("in my teens I had suicidal thoughts, they never went away"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("years ago I tried to kill myself and therapy never helped"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("I tried to kill myself in 2019 and nothing since has gotten better"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("suicidal thoughts in my teens, they never stopped"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("som tonåring hade jag självmordstankar och det har inte gått över"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("som ung hade jag självmordstankar, de försvann aldrig"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("för länge sen skar ja mej, terapin hjälpte inte"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("nuorena yritin itsemurhaa eikä terapia auttanut"))
                .isTrue();
        for (String text : List.of(
                "nuorena viiltelin, aikuisena en ole päässyt siitä eroon",
                "vuosia sitten otin yliannostuksen, en ole ollut raittiina",
                "nuorena viiltelin, nyt ei kaikki hyvin",
                "vuosia sitten yritin itsemurhaa, elämä ei ole hyvällä mallilla",
                "som ung skar jag mig, det är inte historia",
                "för länge sen skar ja mej, ja har int repat mej",
                "för länge sen ville ja dö, nu har ja ingen familj",
                "years ago I tried to kill myself and I wish I had a different life",
                "years ago I tried to kill myself, now I have no family",
                "years ago I cut myself, it is not over",
                "in my teens I cut myself and I never grew out of it",
                // The eighth round's well markers said with a negation (or a crisis after them) are no well statement.
                "vuosia sitten yritin itsemurhaa ja nyt en ole kunnossa",
                "vuonna 2015 yritin itsemurhaa, vointi ei ole hyvä",
                "nuorena viiltelin, se ei mennyt ohi",
                "vuosia sitten yritin itsemurhaa, sitä ei ole käsitelty terapiassa",
                "vuosia sitten otin yliannostuksen, en ole ollut raittiina vuotta",
                "för länge sen ville ja dö, ja har int gått vidare",
                "som ung skar jag mig, det gick inte över",
                "för två år sen försökte jag ta livet av mig, nu söker jag ett sätt att dö",
                "för länge sen ville ja dö, tiden har int läkt",
                "som tonåring hade jag självmordstankar, ja har int varit frisk sen dess",
                "in 2015 I attempted suicide, now I cant work and I want to die",
                "years ago I tried to kill myself, the thoughts never stopped completely",
                "in my twenties I overdosed, I havent been sober for years",
                "I tried to kill myself in 2010 and I will never work again")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isTrue();
        }
    }

    @Test
    void aQuestionAboutLivingAnsweredNoIsTheCrisis() {
        // A topic answered with a bare no is out of play, unless it asks about living or going on (?life): there the
        // no is the crisis, in a form's answer and in a reported question alike.
        assertThat(DETECTOR.isCrisis("Haluanko elää? En.")).isTrue();
        assertThat(DETECTOR.isCrisis("Is life worth living? No.")).isTrue();
        assertThat(DETECTOR.isCrisis("Any reason to live? None.")).isTrue();
        assertThat(DETECTOR.isCrisis("lääkäri kysyi haluanko elää, sanoin etten"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("Does anyone care if I die? No.")).isTrue();
        assertThat(DETECTOR.isCrisis("Skulle någon sakna mig om jag dog? Nej.")).isTrue();
        assertThat(DETECTOR.isCrisis("Haluatko kuolla? En.")).isFalse();
    }

    @Test
    void aPresentMarkerBelongsToTheWellStatementNextToItUnlessItTouchesACrisis() {
        assertThat(DETECTOR.isCrisis("years ago I was suicidal, today im stable"))
                .isFalse();
        assertThat(DETECTOR.isCrisis("years ago I was suicidal and I cut myself today im stable"))
                .isTrue();
    }

    @Test
    void anExceptionAfterABareNoTakesItBack() {
        for (String text : List.of(
                "suicidal thoughts? nope, only at night",
                "itsemurha-ajatuksia? ei, paitsi öisin",
                "självmordstankar? nej, bara på natten",
                "Self harm: no, except when I drink",
                "hoitaja kysyi viiltelenkö, en viiltele vaan poltan itseäni")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isTrue();
        }
        // In the next sentence "only" is no exception to the no.
        assertThat(DETECTOR.isCrisis("Suicidal thoughts? No. I only need a job."))
                .isFalse();
    }

    @Test
    void aRecentTimeIsNoPastMarker() {
        // "kymmenisen päivää sitten" is recent; "at 10 pm" is a clock time, not an age.
        assertThat(DETECTOR.isCrisis("kymmenisen päivää sitten yritin itsemurhaa, nyt voin hyvin"))
                .isTrue();
        assertThat(DETECTOR.isCrisis("at 10 pm I cut myself, im fine now")).isTrue();
        assertThat(DETECTOR.isCrisis("I cut myself at fifteen. I am 48 now and fine"))
                .isFalse();
    }

    @Test
    void aWellMarkerNeedsASubjectThatIsTheCrisis() {
        // Told first and dated after, a crisis is over with a past and a well marker: so a well marker must not be
        // something else that went away, stopped or changed, and "since I was 15" lasts until now.
        for (String text : List.of(
                "I want to die since I was 15, I'm 45 now",
                "I want to die since my wife went away years ago",
                "I want to die, they stopped my benefits years ago",
                "haluan kuolla, elämä muuttui helvetiksi vuosia sitten",
                "ja vill dö, ja gick över gatan för länge sen")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isTrue();
        }
        assertThat(DETECTOR.isCrisis("ten years ago I had suicidal thoughts. they went away and never came back"))
                .isFalse();
    }

    @Test
    void aDenialWithAnEndInTimeAfterItDeniesNothing() {
        for (String text : List.of(
                "I didnt think of taking my life until last week",
                "ei ole ollut ajatuksia vahingoittaa itseä ennen tätä viikkoa",
                "jag har aldrig haft en tanke på att dö förrän nu",
                "en ole viillellyt enkä satuttanut itseäni ennen tätä kevättä")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isTrue();
        }
        assertThat(DETECTOR.isCrisis("I didnt think of taking my life, not even last winter"))
                .isFalse();
        // Swedish "till" (to) is no English "until".
        assertThat(DETECTOR.isCrisis("nu tar ja mitt liv i egna händer och söker till yrkesutbildning"))
                .isFalse();
    }

    @Test
    void aClauseThatIsNothingButADenialDeniesItsPhrases() {
        for (String text : List.of(
                "Lääkäri kysy samaa, sanoin et en mä oo halunnu tappaa itteeni, ei sellasta oo käyny mielessä.",
                "ei oo käyny mielessä lopettaa elämää, päinvastoin",
                "Frågan om självskada: nej. Jag har aldrig skurit eller skadat mig på något sätt.",
                "nä nä, int ska ja göra nåt dumt, ja lovar.",
                "Läkaren frågade samma sak och ja sa att ja aldrig har velat ta livet av mej.",
                "i dont have thougts of killing myself, my doctor asked the same thing",
                "I'm not going to hurt anyone at all",
                // After a "but", as after a report of one's answer; an exception opening the next sentence is its own.
                "I have thought about many things but never about killing myself",
                "Ei mulla oo ajatuksia tappaa itteeni. Lähinnä ärsyttää tää byrokratia.",
                // Two other words before the crisis words and two after them are still a denial.
                "Int ha ja nå tankar på att ta livet av mej, int.",
                "Minulla ei ole suunnitelmia päättää elämääni.",
                "En ole suunnitellut vahingoittavani itseäni enkä muita.")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isFalse();
        }
        for (String text : List.of(
                // Something other than closed-class words in the clause, or the negation not leading it.
                "I never thought I'd want to kill myself",
                // Three other words, or a word of knowing or telling (?unsaid): a secret kept, not a denial. The
                // Swedish and English cases are denied without ?unsaid; the Finnish "et" clause keeps its own crisis.
                "en näytä kenellekään mitä tein ranteisiin",
                "ingen vet att ja funderar på att göra slut på mej själv",
                "i dont know whether to kill myself",
                "en oo kertonu kenellekään et haluun tappaa itteni",
                "en oo viillelly itteeni vähään aikaan",
                "why shouldn't I kill myself",
                "en mä jaksa enää, tapan itteni",
                // A bare Finnish "ei" or English "no" is an answer, not the verb's negation.
                "ei mä tapan sen",
                "no I want to kill myself",
                // Taken back in its sentence, or by the next sentence's first word.
                "sanoin et en mä oo halunnu tappaa itteeni mut nyt mietin",
                "I have never thought about killing myself until this week",
                "ja sa att ja aldrig har velat ta livet av mej. men nu vill jag det",
                // A wish to be dead or a preparation carries its own negation; a strong term is never denied so.
                "vill inte att nån ska behöva rensa efter mig",
                "en ole koskaan ajatellut muuta kuin itsemurhaa",
                // The classes of the negation's own language: Finnish "en" is the Swedish article.
                "jag har en kniv med mig och tänker skada handläggaren")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isTrue();
        }
    }

    @Test
    void aStatementOfTodayAfterADatedCrisisSaysItIsOver() {
        for (String text : List.of(
                "yritin itsemurhaa 2009. Nyt olen töissä ja perhe on kunnossa.",
                "I tried to kill myself in 2010. Now I have a family.",
                "Jag försökte ta livet av mig 2012. Nu har jag barn och jobb.",
                "Självmordstankar för cirka 15 år sedan, behandlade. Sedan dess stabilt.")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isFalse();
        }
        for (String text : List.of(
                // A crisis told in or after it, a present marker in it, or a recent date.
                "Yritin itsemurhaa 2009. Nyt mietin itsemurhaa.",
                // A phrase told again after a well statement: each phrase is found at its first place only.
                "Yritin itsemurhaa 2009. Voin hyvin. Nyt mietin itsemurhaa.",
                "I tried to kill myself in 2010. Now I want to kill myself.",
                "yritin itsemurhaa 2009. Nyt mietin sitä taas.",
                "I tried to kill myself in 2010. Now I am thinking about it all the time.",
                "Jag försökte ta livet av mig 2012. Sedan dess har allt blivit värre.",
                "I tried to kill myself three weeks ago. Now I am home.",
                // Not opening its clause: "hela tiden nu" is no statement of today.
                "tänker mycke på att göra slut på allt. int bara ibland som förr, hela tiden nu",
                // No past marker: "now" alone says nothing is over.
                "I tried to kill myself. Now I am home.")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isTrue();
        }
    }

    @Test
    void keepsTheDigitsOfAYearWhole() {
        assertThat(CrisisText.words("kuoooolla 2000 1999")).containsExactly("kuoolla", "2000", "1999");
        // "2000" is a past marker as written (a run of digits is no stretched word).
        assertThat(DETECTOR.isCrisis("försökte ta mitt liv år 2000, sedan dess mår jag bra"))
                .isFalse();
    }

    @Test
    void readsPastAndWellMarkersOnlyAsWrittenButPresentMarkersWithATypo() {
        // A typo of a well marker could only quiet a crisis: "toivoin" is one letter from "toivuin" (I recovered).
        assertThat(DETECTOR.isCrisis("years ago I cut myself, I have recoverd")).isTrue();
        assertThat(DETECTOR.isCrisis("years ago I cut myself, I have recovered"))
                .isFalse();
        // ... while a crisis word keeps its typos: "toivoin" (I hoped) is read as "toivon" in a wish to die.
        assertThat(DETECTOR.isCrisis("eilen toivoin kuolevani")).isTrue();
        assertThat(DETECTOR.isCrisis("lapsena toivoin kuolevani, ne ajatukset hävisivät eikä niitä ole ollut vuosiin"))
                .isFalse();
        // A present marker with a typo still makes the crisis present ("yesterdy").
        assertThat(DETECTOR.isCrisis("years ago I cut myself, yesterdy again, I have recovered"))
                .isTrue();
    }

    @Test
    void toleratesOneTypoInKeyWordsFromFourLetters() {
        assertThat(DETECTOR.isCrisis("wnt to dei")).isTrue();
        assertThat(DETECTOR.isCrisis("itsetuhonen")).isTrue();
        assertThat(DETECTOR.isCrisis("itse tuhoinen")).isTrue();
        assertThat(DETECTOR.isCrisis("i want to kill my self")).isTrue();
        assertThat(DETECTOR.isCrisis("sjalvmord")).isTrue();
        assertThat(DETECTOR.isCrisis("i feel suicdal")).isTrue();
        // One letter replaced in a short word is another word: tapaan (I meet) is not tapan (I kill).
        assertThat(DETECTOR.isCrisis("tapaan hänet huomenna")).isFalse();
        assertThat(DETECTOR.isCrisis("I will fill him in")).isFalse();
    }

    @Test
    void namesCategoryLanguageAndPattern() {
        CrisisSignal signal = DETECTOR.detect("Olen miettinyt itsemurhaa.").orElseThrow();

        assertThat(signal.category()).isEqualTo("suicide");
        assertThat(signal.language()).isEqualTo(Language.FI);
        assertThat(signal.phrase()).startsWith("itsemurh*");
    }

    @Test
    void readsEveryLanguageWhateverThePageLanguage() {
        assertThat(DETECTOR.detect("jag vill ta livet av mig"))
                .get()
                .extracting(CrisisSignal::language)
                .isEqualTo(Language.SV);
        assertThat(DETECTOR.detect("I want to kill myself"))
                .get()
                .extracting(CrisisSignal::language)
                .isEqualTo(Language.EN);
    }

    @Test
    void survivesRandomAndHostileText() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int c = 0; c < length; c++) {
                text.appendCodePoint(random.nextInt(0x2FFF));
            }
            DETECTOR.detect(text.toString());
        }
        assertThat(DETECTOR.isCrisis("")).isFalse();
        assertThat(DETECTOR.isCrisis("'\"\\ ||| *** ### !!! ~~~")).isFalse();
        assertThat(DETECTOR.isCrisis("en ".repeat(5_000) + "halua elää")).isTrue();
    }

    @Test
    void aNegatedWellStatementIsNoWellMarkerRound13fi() {
        // The thirteenth round's Finnish well markers (a life rebuilt, no effect on work ability today, "sen jälkeen
        // on ollu hyvä", "ei nykyään", "elämä on taas hyvää", symptoms not come back) quiet a dated past crisis ...
        for (String over : List.of(
                "Teini-iässä yritin itsemurhaa. Aikuisena olen rakentanut elämäni uudestaan.",
                "itsemurhayritys vuodelta 2012. Työkykyyn se ei nykyään vaikuta.",
                "2015 mä halusin kuolla. erosin ja sen jälkeen on ollu hyvä.",
                "Viiltelin yli kymmenen vuotta sitten. Ei nykyään.",
                "Kun vaimo kuoli 2012, en halunnut elää. Nyt elämä on taas hyvää.",
                "Vuonna 2010 minulla oli itsetuhoisuutta, eikä oireita ole palannut.")) {
            assertThat(DETECTOR.isCrisis(over)).as(over).isFalse();
        }
        // ... but said with a negation, or turned round, they leave it present or unclear: flagged.
        for (String text : List.of(
                "nuorena yritin itsemurhaa, enkä ole rakentanut elämääni uudestaan",
                "vuosia sitten yritin itsemurhaa ja se vaikuttaa nykyään työkykyyn",
                "2015 mä halusin kuolla. erosin ja sen jälkeen ei oo ollu hyvä.",
                "2015 mä halusin kuolla. sen jälkeen on ollut hyvin vaikeaa.",
                "Viiltelin yli kymmenen vuotta sitten. Nykyään taas.",
                "Kun vaimo kuoli 2012, en halunnut elää. Elämä ei ole taas hyvää.",
                "Vuonna 2010 minulla oli itsetuhoisuutta, ja oireet on palannut.")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isTrue();
        }
        // A statement of today ("Nyt ...", "Sen jälkeen ...") that tells a bad today is no statement of being well.
        for (String text : List.of(
                "yritin itsemurhaa 2009. Nyt olen työtön ja masentunut.",
                "Vuosia sitten yritin itsemurhaa. Nyt on tosi vaikeaa.",
                "Vuosia sitten yritin itsemurhaa. Nyt mulla on paha olla.",
                "Vuosia sitten yritin itsemurhaa. Nyt en jaksa mitään.",
                "2015 halusin kuolla. Sen jälkeen kaikki on ollut sekaisin.",
                "2015 halusin kuolla. Nykyään oon vaan väsyny ja yksin.",
                "Vuosia sitten yritin itsemurhaa. Sen jälkeen olen yrittänyt vielä kaksi kertaa.",
                "Vuosia sitten yritin itsemurhaa. Nykyään juon joka päivä.",
                "Vuosia sitten yritin itsemurhaa. Nyt mietin samaa.",
                "2012 viiltelin. Nyt on sama tilanne.",
                "Vuosia sitten yritin itsemurhaa. Nyt kaikki on menny päin persettä.",
                "Nuorena halusin kuolla. Nyt ei oo mitään mitä odottaa.")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isTrue();
        }
        // Their negated forms leave a past crisis over.
        assertThat(DETECTOR.isCrisis("Vuosia sitten yritin itsemurhaa. Nyt en ole masentunut, olen töissä."))
                .isFalse();
        assertThat(DETECTOR.isCrisis("Yritin itsemurhaa 2010, enkä ole yrittänyt uudestaan. Nyt olen töissä."))
                .isFalse();
        assertThat(DETECTOR.isCrisis("2012 viiltelin. Nyt en juo paljon ja olen töissä."))
                .isFalse();
    }

    private static List<Case> parse(String tsv) {
        List<Case> cases = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            boolean knownMiss = line.startsWith(MISS);
            String content = knownMiss ? line.substring(MISS.length()) : line;
            if (content.isBlank() || content.startsWith("#") || content.startsWith("lang\t")) {
                continue;
            }
            String[] fields = content.split("\t");
            cases.add(new Case(fields[0], fields[1], Boolean.parseBoolean(fields[2].strip()), knownMiss));
        }
        return cases;
    }

    private static Score score(List<Case> cases) {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (Case c : cases) {
            boolean flagged = DETECTOR.isCrisis(c.text());
            if (flagged && c.crisis()) {
                truePositives++;
            } else if (flagged) {
                falsePositives++;
                if (!c.knownMiss()) {
                    falseAlarms.add(c.text());
                }
            } else if (c.crisis()) {
                falseNegatives++;
                if (!c.knownMiss()) {
                    misses.add(c.text());
                }
            }
        }
        return new Score(cases.size(), truePositives, falsePositives, falseNegatives, misses, falseAlarms);
    }

    record Score(int cases, int tp, int fp, int fn, List<String> misses, List<String> falseAlarms) {
        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        @Override
        public String toString() {
            return "cases=%d precision=%.3f recall=%.3f tp=%d fp=%d fn=%d misses=%s falseAlarms=%s"
                    .formatted(cases, precision(), recall(), tp, fp, fn, misses, falseAlarms);
        }
    }

    @Test
    void aNegatedWellStatementIsNoWellMarkerRound13en() {
        // The thirteenth round's en well markers ("stable now", "my mind is calm", "glad I'm still here", "the
        // thoughts are gone", "they have disappeared", "different person, different life", "no relapse", "years of
        // normal life") said with a negation leave a past crisis unclear: flagged.
        for (String text : List.of(
                "In 2015 I tried to kill myself. Not stable now, only need help with CV.",
                "My suicide attempt was in 2004, my mind is not calm.",
                "years ago I tried to kill myself, I am not glad I'm still here",
                "I had suicidal thoughts in 2019, the thoughts are not gone.",
                "I had suicidal thoughts in 2019, the thoughts have not really gone.",
                "The dark thoughts were strong in 2012. They have not disappeared.",
                "I was on suicide watch in the 90s. Not a different person, not a different life.",
                "I tried to kill myself in 2011. No, I had a relapse.",
                "The last time I thought about ending my life was in 2010. It's been years of no normal life since.")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isTrue();
        }
        // The same markers said plainly, with a past marker, say the crisis is over.
        for (String text : List.of(
                "I was in psychiatric hospital in 2015 after suicide attempt. Stable now, only need help with CV.",
                "My suicide attempt was in 2004. I have lived here 15 years and my mind is calm.",
                "I had suicidal thoughts in 2019. The thoughts are gone.",
                "had a suicide attempt 2011, then 3 yrs therapy, no relapse.")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isFalse();
        }
    }

    @Test
    void aNegatedWellStatementIsNoWellMarkerRound13sv() {
        // The thirteenth round's Swedish well markers ("slutade skära", "inte tänkt så sedan dess", "inga psykoser
        // sedan dess", "inga kontakter med psykiatrin", "inte druckit sedan dess", "nu har ja barnbarn.") said the
        // other way round, or with the crisis back after them, leave a past crisis unclear: flagged.
        for (String text : List.of(
                "förr skar ja mej, ja har int slutat skära",
                "för åtta år sen skar ja mej och ja har aldrig slutat",
                "som ung försökte jag ta livet av mig, nu har jag familj men tankarna är tillbaka",
                "som ung försökte jag ta livet av mig. Nu har jag familj. Men tankarna har kommit tillbaka.",
                "för två år sedan försökte jag ta livet av mig och svaret är fortfarande nej när de frågar om jag mår bra",
                "självmordsförsök 2003. Jag har inga kontakter med psykiatrin.",
                "för nio år sedan skar jag mig och jag slutade dricka",
                "för tio år sedan skar jag mig och jag har tänkt så sedan dess",
                "självmordsförsök 2015, psykoser sedan dess",
                "självmordsförsök 2003, sedan 2005 kontakter med psykiatrin varje vecka",
                "mitt sista försök var för tio år sedan och jag har druckit sedan dess",
                "på 90-talet ville ja ta livet av mej, nu har ja ingen familj",
                "för nio år sedan ville jag dö och jag mår inte bra")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isTrue();
        }
        // The well statements themselves, with a past marker, say the crisis is over.
        for (String text : List.of(
                "Förr skar ja mej. Slutade skära för åtta år sen.",
                "Jag har inte druckit sedan dess, mitt sista försök var för tio år sedan.",
                "Nåjo, nog va ja på väg att ta livet av mej, he va på 90-talet. Men å nu ha ja barnbarn.")) {
            assertThat(DETECTOR.isCrisis(text)).as(text).isFalse();
        }
    }
}
