package fi.polku.segmentation.crisis;

import fi.polku.segmentation.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Finds crisis expressions (suicidal thoughts or intent, a wish to die, method, plan, preparation, farewell, burden,
 * self-harm, harming others) in free text, in every language whatever the page language. How it decides:
 * <ul>
 *   <li>a strong term (a one-word phrase such as {@code itsemurh*}) flags wherever it stands;
 *   <li>the words of a phrase come in order within one sentence, with at most {@value #GAP} other words between two
 *       of them; a {@code +} phrase's words may come in any order, first to last at most {@value #WINDOW} words
 *       apart, a {@code ++} phrase's at most {@value #WIDE_WINDOW} (two ideas of one sentence: a bridge and a jump);
 *   <li>a guard (a figure of speech or a negation) matches its words exactly, next to each other and inside one
 *       clause (with a final {@code $}, only where the clause ends after them), and takes only those words out of
 *       play: its reach is the adjacent word or a fixed short pattern;
 *   <li>a reported question answered no: a question marker ("lääkäri kysyi", "asked about", "frågade om") and the
 *       writer's explicit no later in the same sentence ("sanoin ettei", "I said no", "ja har int nå sånt") take the
 *       question's topic out of play: the words from the marker to the end of its clause, at most {@value #TOPIC}
 *       words and never the no itself or anything after it; a contrast anywhere after the no ("but honestly",
 *       "valehtelin", "ibland") cancels it. A topic answered with a bare no ("Itsetuhoisuus: ei", "Suicidal
 *       thoughts? No.") is taken out of play the same way: the clause before the no ({@link #topicAnsweredNo});
 *   <li>the past policy: a text that places its crisis clearly in the past (a {@code past} marker such as "years
 *       ago") and says the writer is well now (a {@code well} marker) is not flagged, unless it also says something
 *       is present or recent (a {@code present} marker such as "again", "lately", "yesterday"). When in doubt, flag.
 * </ul>
 */
public final class CrisisDetector {

    static final int GAP = 3;
    /** Up to this many alternatives, a position is scanned rather than binary-searched. */
    private static final int SHORT_ALTERNATIVES = 8;

    static final int WINDOW = 7;
    static final int WIDE_WINDOW = 14;
    /** Words after a question marker that can be its topic. */
    static final int TOPIC = 8;
    /** Words of a question or label answered with a bare no ("Har du haft tankar på att skada dig själv? Nej"). */
    static final int QUESTION = 10;
    /** Words from a question marker's end to the no that answers it. */
    static final int ANSWER_REACH = 14;

    /**
     * A phrase with its atoms; {@code context}, {@code leaving} (a reason of an ordinary goodbye, see
     * {@link CrisisDetector#ordinaryGoodbye}) and {@code anchor} are computed once, off the hot path: a text tries
     * hundreds of phrase starts, and comparing the category string for each showed in the profile.
     */
    private record Compiled(
            Language language,
            PhraseList.Phrase phrase,
            int[][] atoms,
            boolean context,
            boolean leaving,
            boolean deniable,
            int anchor,
            int gate) {

        Compiled(Language language, PhraseList.Phrase phrase, int[][] atoms) {
            this(
                    language,
                    phrase,
                    atoms,
                    phrase.context(),
                    phrase.category().equals(LEAVING),
                    !phrase.strong() && DENIABLE.contains(phrase.category()),
                    anchorPosition(phrase),
                    gatePosition(phrase, atoms));
        }

        /**
         * A position other than the one the phrase is looked up by, with the fewest alternatives (-1 for a one-word
         * phrase). Every position must match some word, so a phrase whose gate matches no word of the text cannot be
         * found there: most phrases start with a common word ("en", "i", "not") and end with a rare one.
         */
        private static int gatePosition(PhraseList.Phrase phrase, int[][] atoms) {
            int start = phrase.anyOrder() ? anchorPosition(phrase) : 0;
            int gate = -1;
            for (int p = 0; p < atoms.length; p++) {
                if (p != start && (gate < 0 || atoms[p].length < atoms[gate].length)) {
                    gate = p;
                }
            }
            return gate;
        }

        /**
         * The position an any-order phrase is looked up by: the one whose shortest word is longest, so that common
         * short words ("en", "on", "i") do not start a search at every occurrence.
         */
        private static int anchorPosition(PhraseList.Phrase phrase) {
            int best = 0;
            int bestLength = -1;
            for (int p = 0; p < phrase.words().size(); p++) {
                int shortest = phrase.words().get(p).stream()
                        .mapToInt(String::length)
                        .min()
                        .orElse(0);
                if (shortest > bestLength) {
                    best = p;
                    bestLength = shortest;
                }
            }
            return best;
        }
    }

    /** The context category of an ordinary goodbye's reason (see {@link #ordinaryGoodbye}). */
    private static final String LEAVING = "leaving";

    /** No word guarded: what the reasons of an ordinary goodbye are read against. */
    private static final BitSet NOTHING_GUARDED = new BitSet();

    /** Crisis categories that an ordinary reason can quiet: a farewell, a wish to disappear. */
    private static final Set<String> GOODBYES = Set.of("farewell", "vanish");

    /**
     * Crisis categories whose phrases a negated clause can deny ({@link #negatedClauses}): suicide, thoughts, method,
     * self-harm and harm to others, where a "not" before them says the opposite. Never a strong term (one word), and
     * never a wish to be dead, a plan with a time, preparations, a farewell, a burden or a recent attempt, whose own
     * phrases often carry the negation ("en jaksa enää", "I don't want to wake up", "vill inte att nån ska behöva rensa
     * efter mig").
     */
    private static final Set<String> DENIABLE = Set.of("suicide", "thoughts", "method", "self_harm", "harm_others");

    /**
     * Words outside the closed classes that a negated clause may hold before its crisis words, and again after them
     * (sixteenth round, measured over every labelled text: 22 denials more and no crisis fewer with two, a crisis
     * lost with three): "Int ha ja <nå> tankar på ...", "en ole vahingoittanut itseäni <enkä muita>". A word of
     * knowing or telling ({@code ?unsaid}) is never one of them: "ingen vet att ja funderar på ..." keeps a secret.
     */
    private static final int OTHER_WORDS = 2;

    /** A phrase found in a text, with the words (indexes) it used. */
    public record Hit(String category, Language language, String phrase, int line, int order, int[] words) {}

    /** Everything the detector saw in a text: for tests, reviews and the evaluation, not for the hot path. */
    public record Explanation(List<Hit> crises, List<Hit> guards, List<Hit> context, boolean over) {

        /**
         * The first crisis in phrase-list order, unless the past policy says the crisis is over or the only crisis
         * phrases are an ordinary goodbye's ({@code over} covers both).
         */
        public Optional<CrisisSignal> signal() {
            return over || crises.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new CrisisSignal(
                            crises.getFirst().category(),
                            crises.getFirst().language(),
                            crises.getFirst().phrase()));
        }
    }

    private final List<PhraseList> lists;
    private final Lexicon lexicon;
    private final Lexicon guardLexicon;
    private final FirstWordIndex phraseStarts;
    private final FirstWordIndex guardStarts;
    private final List<Compiled> phrases = new ArrayList<>();
    private final List<Compiled> guards = new ArrayList<>();
    private final List<Compiled> reported = new ArrayList<>();
    private final FirstWordIndex reportedStarts;
    private final int longestPhrase;

    private CrisisDetector(List<PhraseList> lists) {
        this.lists = List.copyOf(lists);
        Set<String> neverTypos = new HashSet<>();
        lists.forEach(l -> neverTypos.addAll(l.neverTypos()));
        Lexicon.Builder phraseWords = new Lexicon.Builder();
        Lexicon.Builder guardWords = new Lexicon.Builder();
        List<Compiled> context = new ArrayList<>();
        for (PhraseList list : lists) {
            for (PhraseList.Phrase phrase : list.phrases()) {
                Lexicon.Builder words = phrase.guard() || phrase.reported() ? guardWords : phraseWords;
                // A past or well marker or an ordinary reason matches exactly: read by typo, it could only quiet a
                // crisis ("toivoin" is one letter from toivuin, I recovered); a present marker keeps its typos.
                boolean exact = phrase.context() && !phrase.category().equals("present");
                // Each position's alternatives sorted, so that any() can binary-search them.
                int[][] atoms = phrase.words().stream()
                        .map(alternatives -> alternatives.stream()
                                .mapToInt(exact ? words::exactId : words::id)
                                .sorted()
                                .toArray())
                        .toArray(int[][]::new);
                Compiled compiled = new Compiled(list.language(), phrase, atoms);
                (phrase.guard() ? guards : phrase.reported() ? reported : phrase.context() ? context : phrases)
                        .add(compiled);
            }
        }
        // Context markers go last, so that the first crisis phrase has the lowest number.
        phrases.addAll(context);
        this.longestPhrase =
                phrases.stream().mapToInt(c -> c.atoms().length).max().orElse(0);
        this.lexicon = phraseWords.build(neverTypos, true);
        this.guardLexicon = guardWords.build(neverTypos, false);
        this.phraseStarts = new FirstWordIndex(
                phrases.stream().map(CrisisDetector::startAtoms).toList());
        this.guardStarts =
                new FirstWordIndex(guards.stream().map(c -> c.atoms()[0]).toList());
        this.reportedStarts =
                new FirstWordIndex(reported.stream().map(c -> c.atoms()[0]).toList());
    }

    private static int[] startAtoms(Compiled compiled) {
        return compiled.phrase().anyOrder() ? compiled.atoms()[compiled.anchor()] : compiled.atoms()[0];
    }

    /** A detector over these phrase lists, typically one per language. */
    public static CrisisDetector of(List<PhraseList> lists) {
        return new CrisisDetector(lists);
    }

    /** The phrase lists this detector was built from, in the order given. */
    public List<PhraseList> phraseLists() {
        return lists;
    }

    public boolean isCrisis(String text) {
        return flags(CrisisText.analyse(text));
    }

    /** The first crisis expression (in phrase-list order) found in the text, in any of the languages. */
    public Optional<CrisisSignal> detect(String text) {
        return explain(text).signal();
    }

    /** Every crisis phrase, guard and past-policy marker found in the text. */
    public Explanation explain(String text) {
        return explain(CrisisText.analyse(text));
    }

    /** The same for a text already analysed, so that the learned signal can reuse the analysis ({@link CrisisCheck}). */
    Explanation explain(CrisisText analysed) {
        if (analysed.size() == 0) {
            return new Explanation(List.of(), List.of(), List.of(), false);
        }
        return explain(analysed, lexicon.match(analysed));
    }

    /**
     * Whether the lists flag a text already analysed: always the answer of {@code explain(analysed).signal()}, found
     * faster for the usual text, which has no crisis phrase at all. Guards, reported questions answered no, the past
     * policy and ordinary goodbyes can only quiet a crisis phrase, never make one, so a text in which no crisis phrase is
     * found with every word in play is no crisis, and its guards and markers need not be read.
     */
    boolean flags(CrisisText analysed) {
        if (analysed.size() == 0) {
            return false;
        }
        int[][] matches = lexicon.match(analysed);
        return anyCrisisPhrase(matches, analysed)
                && explain(analysed, matches).signal().isPresent();
    }

    private boolean anyCrisisPhrase(int[][] matches, CrisisText analysed) {
        BitSet present = present(matches);
        int[] used = new int[longestPhrase];
        boolean[] found = new boolean[1];
        phraseStarts.forEachStart(matches, (p, start) -> {
            Compiled compiled = phrases.get(p);
            if (found[0] || compiled.context()) {
                return;
            }
            if (compiled.gate() >= 0 && !anyPresent(present, compiled.atoms()[compiled.gate()])) {
                return;
            }
            found[0] = compiled.phrase().anyOrder()
                    ? anyOrder(compiled, start, matches, NOTHING_GUARDED, analysed, used)
                    : inOrder(compiled, 0, start, matches, NOTHING_GUARDED, analysed, used);
        });
        return found[0];
    }

    /** Every atom some word of the text matches: a phrase whose gate position has none of them cannot be found. */
    private static BitSet present(int[][] matches) {
        BitSet present = new BitSet();
        for (int[] ids : matches) {
            for (int id : ids) {
                present.set(id);
            }
        }
        return present;
    }

    private Explanation explain(CrisisText analysed, int[][] matches) {
        int[][] guardMatches = guardLexicon.match(analysed);
        List<Hit> guardHits = adjacent(guards, guardStarts, guardMatches, analysed);
        List<Hit> reportedHits = adjacent(reported, reportedStarts, guardMatches, analysed);
        BitSet guarded = new BitSet(analysed.size());
        for (Hit guard : guardHits) {
            if (!reversed(guard, reportedHits, analysed)) {
                guarded.set(guard.words()[0], guard.words()[guard.words().length - 1] + 1);
            }
        }
        if (!reportedHits.isEmpty()) {
            guardHits.addAll(reportedHits);
            answeredNo(reportedHits, analysed, guarded);
        }
        List<Hit> crises = new ArrayList<>(1);
        List<Hit> context = new ArrayList<>(0);
        BitSet denied = guarded;
        find(analysed, matches, guarded, denied, crises, context);
        if (!reportedHits.isEmpty() && !crises.isEmpty()) {
            BitSet negated = negatedClauses(crises, reportedHits, analysed);
            if (!negated.isEmpty()) {
                // Found again without the negated clauses, so that a phrase denied there is still found elsewhere.
                negated.or(guarded);
                denied = negated;
                crises.clear();
                context.clear();
                find(analysed, matches, guarded, denied, crises, context);
            }
        }
        if (!crises.isEmpty()) {
            BitSet deniedWords = denied;
            // Each phrase is kept at its first place only, so a statement of today is checked for crises of its own.
            context.removeIf(h -> h.category().equals("now")
                    && toldFrom(sentenceStart(analysed, h.words()[0]), analysed, matches, guarded, deniedWords));
        }
        if (crises.isEmpty()) {
            return new Explanation(crises, guardHits, context, false);
        }
        // The past policy reads only the when-markers; a leaving marker is no past, well or present statement.
        List<Hit> when = context.isEmpty()
                ? context
                : context.stream().filter(h -> !h.category().equals(LEAVING)).toList();
        boolean quiet = over(when, crises, analysed)
                        && toldBeforeBeingWell(crises, when, analysed)
                        && toldBeforeBeingWell(
                                toldAfterBeingWell(when, analysed, matches, guarded, denied), when, analysed)
                || ordinaryGoodbye(crises, context);
        return new Explanation(crises, guardHits, context, quiet);
    }

    /**
     * Every crisis phrase and context marker, each phrase once (its first place), crises in phrase-list order. A guard
     * hides crisis words ({@code guarded}); a negated clause hides only the words of deniable phrases ({@code denied},
     * which includes the guarded words); an ordinary goodbye's reason ("my last day at work") is read through both.
     */
    private void find(
            CrisisText analysed, int[][] matches, BitSet guarded, BitSet denied, List<Hit> crises, List<Hit> context) {
        BitSet seen = new BitSet(phrases.size());
        // The words a phrase used, by position: one array for every attempt (each writes the positions it reads).
        int[] used = new int[longestPhrase];
        BitSet present = present(matches);
        phraseStarts.forEachStart(matches, (p, start) -> {
            Compiled compiled = phrases.get(p);
            if (!compiled.context() && seen.get(p)) {
                return;
            }
            if (compiled.gate() >= 0 && !anyPresent(present, compiled.atoms()[compiled.gate()])) {
                return;
            }
            BitSet excluded = compiled.leaving() ? NOTHING_GUARDED : compiled.deniable() ? denied : guarded;
            boolean found = compiled.phrase().anyOrder()
                    ? anyOrder(compiled, start, matches, excluded, analysed, used)
                    : inOrder(compiled, 0, start, matches, excluded, analysed, used);
            if (found) {
                seen.set(p);
                (compiled.context() ? context : crises).add(hit(compiled, p, used));
            }
        });
        crises.sort((a, b) -> Integer.compare(a.order(), b.order()));
    }

    /**
     * The crises found after each well statement. Each phrase is kept at its first place only, so a phrase told again
     * after being well ("Yritin itsemurhaa 2009. Voin hyvin. Nyt mietin itsemurhaa.") is looked for there.
     */
    private List<Hit> toldAfterBeingWell(
            List<Hit> when, CrisisText analysed, int[][] matches, BitSet guarded, BitSet denied) {
        List<Hit> after = new ArrayList<>(0);
        for (Hit well : when) {
            if (well.category().equals("well")) {
                after.addAll(found(well.words()[well.words().length - 1] + 1, analysed, matches, guarded, denied));
            }
        }
        return after;
    }

    /** Whether a crisis phrase is found from this word on ("Yritin itsemurhaa 2009. Nyt mietin itsemurhaa."). */
    private boolean toldFrom(int from, CrisisText analysed, int[][] matches, BitSet guarded, BitSet denied) {
        return !found(from, analysed, matches, guarded, denied).isEmpty();
    }

    /** The crisis phrases found from this word on. */
    private List<Hit> found(int from, CrisisText analysed, int[][] matches, BitSet guarded, BitSet denied) {
        BitSet before = new BitSet();
        before.set(0, from);
        BitSet guardedFrom = (BitSet) guarded.clone();
        guardedFrom.or(before);
        BitSet deniedFrom = (BitSet) denied.clone();
        deniedFrom.or(before);
        List<Hit> crises = new ArrayList<>(1);
        find(analysed, matches, guardedFrom, deniedFrom, crises, new ArrayList<>(0));
        return crises;
    }

    private static int sentenceStart(CrisisText text, int word) {
        int start = word;
        while (start > 0 && text.sentences()[start - 1] == text.sentences()[word]) {
            start--;
        }
        return start;
    }

    /**
     * Negated clauses (thirteenth round): a clause that is nothing but a denial of deniable crisis phrases, read as a fixed short pattern
     * of closed word classes, never as "anything near a no". From the clause's start: words that may lead up to a
     * negation ({@code ?lead}: "sanoin et", "jag har", "I said I"), the negation ({@code ?not}: en, ei, aldrig, int,
     * never, don't), then only fillers ({@code ?filler}: "mä oo halunnu", "have thoughts of", "ska ja") and the words of
     * deniable crisis phrases, then to the clause's end only trailing words ({@code ?trail}: "koskaan", "på något
     * sätt", "at all"); at most {@value #OTHER_WORDS} other words in each part, never a word of knowing or telling.
     * Nothing else may stand in the clause: no strong term, no other crisis phrase, no word of living ({@code ?life}); and no word that takes the denial back ({@code ?but}, {@code ?contrast}, {@code ?except},
     * {@code ?until}) may follow the negation in its sentence or open the next one. "en mä oo halunnu tappaa itteeni"
     * and "I have never wanted to hurt anyone" are denied; "en mä jaksa enää, tapan itteni", "I never thought I'd want
     * to kill myself" and "I don't want to kill myself but I think about it" are not. Returns the words denied.
     */
    private static BitSet negatedClauses(List<Hit> crises, List<Hit> reportedHits, CrisisText text) {
        BitSet negated = new BitSet();
        BitSet takenBack = new BitSet();
        for (String kind : List.of("but", "contrast", "until")) {
            takenBack.or(words(reportedHits, kind, null));
        }
        // An exception takes a denial back only in its own sentence ("ei, paitsi öisin"), not as the next one's first
        // word ("Ei mulla synkkiä ajatuksia oo. Lähinnä ärsyttää tää byrokratia.").
        BitSet except = words(reportedHits, "except", null);
        BitSet but = words(reportedHits, "but", null);
        BitSet life = words(reportedHits, "life", null);
        BitSet unsaid = words(reportedHits, "unsaid", null);
        BitSet clauseBreaks = text.clauseBreaks();
        for (Hit negation : reportedHits) {
            if (!negation.category().equals("not")) {
                continue;
            }
            // The classes of the negation's own language: Finnish "en" is Swedish "a".
            Language language = negation.language();
            int n = negation.words()[0];
            int clauseStart = Math.max(0, clauseBreaks.previousSetBit(n));
            int next = clauseBreaks.nextSetBit(n + 1);
            int clauseEnd = next < 0 ? text.size() - 1 : next - 1;
            if (negated.get(n)
                    || !ledUpTo(
                            words(reportedHits, "lead", language),
                            words(reportedHits, "says", language),
                            but,
                            clauseStart,
                            n)
                    || !life.get(clauseStart, clauseEnd + 1).isEmpty()) {
                continue;
            }
            BitSet crisisWords = new BitSet();
            boolean deniable = true;
            for (Hit crisis : crises) {
                int first = Arrays.stream(crisis.words()).min().orElseThrow();
                int last = Arrays.stream(crisis.words()).max().orElseThrow();
                if (last < clauseStart || first > clauseEnd) {
                    continue;
                }
                // A phrase that starts in the denial and reaches past it ("killing myself, my doctor") is denied by
                // its start; one that starts before the negation is not.
                deniable &= first > n
                        && crisis.language() == language
                        && DENIABLE.contains(crisis.category())
                        && last > first;
                Arrays.stream(crisis.words()).filter(w -> w <= clauseEnd).forEach(crisisWords::set);
            }
            if (!deniable || crisisWords.isEmpty()) {
                continue;
            }
            BitSet filler = words(reportedHits, "filler", language);
            filler.or(words(reportedHits, "not", language));
            BitSet trail = words(reportedHits, "trail", language);
            int lastCrisisWord = crisisWords.length() - 1;
            boolean denial = true;
            int otherBefore = OTHER_WORDS;
            int otherAfter = OTHER_WORDS;
            for (int w = negation.words()[negation.words().length - 1] + 1; w <= clauseEnd && denial; w++) {
                denial = !unsaid.get(w)
                        && (w <= lastCrisisWord
                                ? crisisWords.get(w) || filler.get(w) || otherBefore-- > 0
                                : trail.get(w) || otherAfter-- > 0);
            }
            int sentence = text.sentences()[n];
            for (int w = takenBack.nextSetBit(n + 1); w >= 0 && denial; w = takenBack.nextSetBit(w + 1)) {
                boolean opensNext = text.sentences()[w] == sentence + 1 && text.sentences()[w - 1] == sentence;
                denial = text.sentences()[w] != sentence && !opensNext;
            }
            for (int w = except.nextSetBit(n + 1); w >= 0 && denial; w = except.nextSetBit(w + 1)) {
                denial = text.sentences()[w] != sentence;
            }
            if (denial) {
                negated.set(n, clauseEnd + 1);
            }
        }
        return negated;
    }

    /**
     * Whether only words that lead up to a negation stand before it in its clause ("jag har aldrig", "I do not"), or
     * only such words after a report of one's own answer ("läkaren frågade och ja sa att ja aldrig ...": {@code says})
     * or after a "but" ("miettiny oon kaikenlaista mut en sitä että tappaisin itteni").
     */
    private static boolean ledUpTo(BitSet lead, BitSet says, BitSet but, int clauseStart, int negation) {
        for (int w = negation - 1; w >= clauseStart; w--) {
            if (says.get(w) || but.get(w)) {
                return true;
            }
            if (!lead.get(w)) {
                return false;
            }
        }
        return true;
    }

    /** The words covered by the reported-question hits of one kind, of one language or (null) of any. */
    private static BitSet words(List<Hit> hits, String category, @Nullable Language language) {
        BitSet words = new BitSet();
        for (Hit hit : hits) {
            if (hit.category().equals(category) && (language == null || hit.language() == language)) {
                Arrays.stream(hit.words()).forEach(words::set);
            }
        }
        return words;
    }

    /**
     * An ordinary goodbye: every crisis found is a farewell or a wish to disappear and the text gives an ordinary reason for it
     * (moving, a new job, a course or a job ending, a holiday: the {@code leaving} markers). A goodbye that comes
     * with any other crisis phrase ("kiitos kaikesta, hyvästi, en jaksa elää", "I am moving on, I want to die")
     * stays a crisis; so does a farewell with no ordinary reason, and a strong term (one word, "jäähyväiskirje",
     * "avskedsbrev") is never quieted.
     */
    private static boolean ordinaryGoodbye(List<Hit> crises, List<Hit> context) {
        return !crises.isEmpty()
                && crises.stream().allMatch(h -> GOODBYES.contains(h.category()) && h.words().length > 1)
                && context.stream().anyMatch(h -> h.category().equals(LEAVING));
    }

    /** Every match of these exact, adjacent, one-clause patterns (guards and reported-question markers). */
    private static List<Hit> adjacent(
            List<Compiled> patterns, FirstWordIndex starts, int[][] matches, CrisisText analysed) {
        List<Hit> hits = new ArrayList<>(0);
        starts.forEachStart(matches, (g, start) -> {
            int[][] atoms = patterns.get(g).atoms();
            int end = start + atoms.length - 1;
            if (end < analysed.size() && analysed.oneClause(start, end)) {
                boolean all = true;
                for (int k = 0; k < atoms.length && all; k++) {
                    all = any(matches[start + k], atoms[k]);
                }
                boolean clauseEnds =
                        end == analysed.size() - 1 || analysed.clauseBreaks().get(end + 1);
                if (all && (clauseEnds || !patterns.get(g).phrase().clauseEnd())) {
                    hits.add(hit(
                            patterns.get(g),
                            g,
                            IntStream.rangeClosed(start, end).toArray()));
                }
            }
        });
        return hits;
    }

    /**
     * A reported question answered no: for every explicit no with a question marker before it in the same sentence or
     * opening the next one (at most {@value #ANSWER_REACH} words after the marker), and no contrast anywhere after the no, the question's topic is
     * taken out of play: from the marker to the end of its clause, at most {@value #TOPIC} words, never reaching the
     * no. A crisis said after the no, or in another sentence, stays.
     */
    private static void answeredNo(List<Hit> hits, CrisisText text, BitSet guarded) {
        for (Hit denied : hits) {
            if (!denied.category().equals("denied")) {
                continue;
            }
            int no = denied.words()[0];
            int noEnd = denied.words()[denied.words().length - 1];
            topicAnsweredNo(hits, text, no, noEnd, guarded);
            boolean takenBack = hits.stream().anyMatch(h -> h.category().equals("contrast") && h.words()[0] > noEnd);
            if (takenBack) {
                continue;
            }
            for (Hit asked : hits) {
                int from = asked.words()[0];
                int markerEnd = asked.words()[asked.words().length - 1];
                if (asked.category().equals("asked")
                        && markerEnd < no
                        && no - markerEnd <= ANSWER_REACH
                        && answers(text, from, no)) {
                    int topicEnd = Math.min(no - 1, markerEnd + TOPIC);
                    int clauseBreak = text.clauseBreaks().nextSetBit(markerEnd + 1);
                    if (clauseBreak >= 0) {
                        topicEnd = Math.min(topicEnd, clauseBreak - 1);
                    }
                    if (!asksAboutLiving(hits, from, topicEnd)) {
                        guarded.set(from, topicEnd + 1);
                    }
                }
            }
        }
    }

    /**
     * A denial with its end in time after it in its clause ("I didn't think of taking my life until last week", "ei ole
     * ollut ajatuksia vahingoittaa itseä ennen tätä viikkoa", "aldrig haft en tanke på att dö förrän nu") says the
     * crisis began: the guard does not apply. {@code until} words follow the guard within {@value #GAP} words.
     */
    private static boolean reversed(Hit guard, List<Hit> reportedHits, CrisisText text) {
        int end = guard.words()[guard.words().length - 1];
        for (Hit until : reportedHits) {
            int at = until.words()[0];
            if (until.category().equals("until") && at > end && at - end <= GAP + 1 && text.oneClause(end, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A topic answered with a bare no: the no is a clause of its own ("ei.", "no, never", "nej"), right after a question
     * mark, a colon or a dash ("Itsetuhoisuus: ei", "Suicidal thoughts? No.", "självskada - inget"), or after a form's
     * answer label that follows one ("Q: ...? A: No", "Svar: nej"). The clause before it, at most {@value #QUESTION}
     * words and from its question marker if it has one, is the topic and is taken out of play; never the no's own clause or anything after it. A contrast after
     * the no takes it back ("No. Sometimes, though."), unless a new topic comes first ("Self harm: no. Alcohol:
     * sometimes").
     */
    private static void topicAnsweredNo(List<Hit> hits, CrisisText text, int no, int noEnd, BitSet guarded) {
        boolean ownClause = no > 0
                && text.clauseBreaks().get(no)
                && (noEnd == text.size() - 1 || text.clauseBreaks().get(noEnd + 1));
        if (!ownClause) {
            return;
        }
        // "A: No": a label of one word between the question and its no, itself after a question mark, a colon or a
        // dash.
        int label = no - 1;
        boolean labelled = label > 0
                && text.clauseBreaks().get(label)
                && text.askBreaks().get(label)
                && hits.stream()
                        .anyMatch(h -> h.category().equals("label") && h.words()[0] == label && h.words().length == 1);
        int asked = labelled ? label : no;
        if (!text.askBreaks().get(asked)) {
            return;
        }
        int topicEnd = asked - 1;
        int clauseStart = Math.max(0, text.clauseBreaks().previousSetBit(topicEnd));
        // A question marker in the clause starts the topic ("lomakkeessa kysyttiin itsemurha-ajatuksista: ei").
        int topicStart = hits.stream()
                .filter(h -> h.category().equals("asked") && h.words()[0] >= clauseStart && h.words()[0] <= topicEnd)
                .mapToInt(h -> h.words()[0])
                .min()
                .orElse(clauseStart);
        if (topicEnd - topicStart + 1 > QUESTION) {
            return;
        }
        if (asksAboutLiving(hits, topicStart, topicEnd)) {
            return;
        }
        int nextTopic = text.askBreaks().nextSetBit(noEnd + 1);
        // An exception in the no's own sentence takes it back too ("nope, only at night", "nej, bara på natten").
        boolean takenBack = hits.stream()
                .anyMatch(h -> h.words()[0] > noEnd
                        && (nextTopic < 0 || h.words()[0] < nextTopic)
                        && (h.category().equals("contrast")
                                || h.category().equals("except")
                                        && text.sentences()[h.words()[0]] == text.sentences()[noEnd]));
        if (!takenBack) {
            guarded.set(topicStart, topicEnd + 1);
        }
    }

    /**
     * A question about living, going on, being missed or being safe ("Haluatko elää? En.", "Does anyone care if I die?
     * No.", "lääkäri kysyi jaksanko jatkaa, sanoin etten"): there the no is the crisis, so nothing is taken out of play.
     */
    private static boolean asksAboutLiving(List<Hit> hits, int from, int to) {
        return hits.stream().anyMatch(h -> h.category().equals("life") && h.words()[0] >= from && h.words()[0] <= to);
    }

    /**
     * The no answers the question when it stands in the question's sentence, or opens the next one ("lääkäri kysyi
     * olenko itsetuhoinen. En ole.", "the doctor asked if I am suicidal. I am not").
     */
    private static boolean answers(CrisisText text, int question, int no) {
        int[] sentences = text.sentences();
        boolean opensNext = sentences[no] == sentences[question] + 1 && (no == 0 || sentences[no - 1] != sentences[no]);
        return sentences[question] == sentences[no] || opensNext;
    }

    /**
     * The past policy's order: a crisis told right after a well statement, with no past marker in its own clause, is
     * the present ("nyt voin hyvin mutta mietin itsemurhaa", "now I am fine but I think about suicide"). A crisis is
     * the past when its own clause has a past marker, or the nearest marker before it is a past marker, or no marker
     * comes before it (it is told first and dated after: "viiltelin nuorena, nyt voin hyvin"). A statement of today
     * before the crisis in its sentence is the present as a well statement is ("2009 yritin. Nyt mietin itsemurhaa").
     */
    private static boolean toldBeforeBeingWell(List<Hit> crises, List<Hit> context, CrisisText text) {
        for (Hit crisis : crises) {
            // Where the crisis is told: its first word in the text (an any-order phrase may start late).
            int at = Arrays.stream(crisis.words()).min().orElseThrow();
            boolean pastInClause = false;
            int nearest = -1;
            String nearestCategory = "";
            for (Hit marker : context) {
                int start = marker.words()[0];
                // A statement of today counts only when it opens the crisis's own sentence ("Nyt mietin itsemurhaa");
                // "sen jälkeen" two sentences back tells a sequence, not the present.
                if (marker.category().equals("present")
                        || marker.category().equals("now") && text.sentences()[start] != text.sentences()[at]) {
                    continue;
                }
                if (marker.category().equals("past") && text.oneClause(Math.min(start, at), Math.max(start, at))) {
                    pastInClause = true;
                }
                if (start < at && start > nearest) {
                    nearest = start;
                    nearestCategory = marker.category();
                }
            }
            if ((nearestCategory.equals("well") || nearestCategory.equals("now")) && !pastInClause) {
                return false;
            }
        }
        return true;
    }

    /**
     * The past policy: clearly over (a past marker and a well marker) and nothing said to be present or recent. A
     * present marker that shares a word with a well or past statement belongs to it ("ja nyt voin hyvin"); so does one
     * right before a well statement in its clause ("today I'm stable") or a one-word marker right after it ("jag mår
     * bra i dag"); "se oli ohi mutta nyt" and "today I'm suicidal again" stay present.
     */
    private static boolean over(List<Hit> context, List<Hit> crises, CrisisText text) {
        BitSet pastOrWell = new BitSet();
        BitSet crisisWords = new BitSet();
        crises.forEach(c -> Arrays.stream(c.words()).forEach(crisisWords::set));
        boolean past = false;
        boolean well = false;
        for (Hit hit : context) {
            past |= hit.category().equals("past");
            boolean now = hit.category().equals("now") && toldNow(hit, context, crisisWords, text);
            well |= hit.category().equals("well") || now;
            if (hit.category().equals("past") || hit.category().equals("well") || now) {
                Arrays.stream(hit.words()).forEach(pastOrWell::set);
            }
        }
        if (!past || !well) {
            return false;
        }
        return context.stream()
                .filter(h -> h.category().equals("present"))
                .noneMatch(h -> Arrays.stream(h.words()).noneMatch(pastOrWell::get)
                        && context.stream()
                                .filter(w -> w.category().equals("well"))
                                .noneMatch(w -> belongsTo(h, w, text, crisisWords)));
    }

    /**
     * A statement of today told after the crisis (thirteenth round): a {@code now} marker ("Nyt", "nykyään", "sen
     * jälkeen", "Idag", "sedan dess", "Nowadays", "since then") opening a clause of a sentence after every crisis word, with no present
     * marker of its own in that sentence ("Nyt taas", "now again", "still"). With a past marker it says the crisis is
     * over as a well statement does ("yritin itsemurhaa 2009. Nyt olen töissä"); a crisis told after it is the
     * present.
     */
    private static boolean toldNow(Hit now, List<Hit> context, BitSet crisisWords, CrisisText text) {
        int[] sentences = text.sentences();
        int at = now.words()[0];
        int sentence = sentences[at];
        // It opens its clause: "Nu har jag familj", not "hela tiden nu".
        if (sentences[crisisWords.length() - 1] >= sentence
                || at > 0 && !text.clauseBreaks().get(at)) {
            return false;
        }
        Set<Integer> own = new HashSet<>();
        Arrays.stream(now.words()).forEach(own::add);
        return context.stream()
                .filter(h -> h.category().equals("present") && sentences[h.words()[0]] == sentence)
                .allMatch(h -> Arrays.stream(h.words()).allMatch(own::contains));
    }

    /**
     * A present marker right before a well statement in its clause, or a one-word marker right after it; never one that
     * also touches a crisis on its other side ("cut myself today im fine": "today" is the cutting's).
     */
    private static boolean belongsTo(Hit present, Hit well, CrisisText text, BitSet crisisWords) {
        int presentStart = present.words()[0];
        int presentEnd = present.words()[present.words().length - 1];
        int wellStart = well.words()[0];
        int wellEnd = well.words()[well.words().length - 1];
        boolean before =
                presentEnd + 1 == wellStart && !crisisNextTo(presentStart, presentStart - 1, text, crisisWords);
        boolean after = wellEnd + 1 == presentStart
                && presentStart == presentEnd
                && !crisisNextTo(presentEnd, presentEnd + 1, text, crisisWords);
        return (before || after) && text.oneClause(Math.min(presentStart, wellStart), Math.max(presentEnd, wellEnd));
    }

    /** Whether the word beside a marker is a crisis word of the marker's clause. */
    private static boolean crisisNextTo(int marker, int beside, CrisisText text, BitSet crisisWords) {
        return beside >= 0
                && beside < text.size()
                && crisisWords.get(beside)
                && text.oneClause(Math.min(marker, beside), Math.max(marker, beside));
    }

    private static Hit hit(Compiled compiled, int order, int[] used) {
        return new Hit(
                compiled.phrase().category(),
                compiled.language(),
                compiled.phrase().source(),
                compiled.phrase().line(),
                order,
                Arrays.copyOf(used, compiled.atoms().length));
    }

    private static boolean inOrder(
            Compiled compiled, int position, int word, int[][] matches, BitSet excluded, CrisisText text, int[] used) {
        int[][] atoms = compiled.atoms();
        if (word >= matches.length || excluded.get(word) || !any(matches[word], atoms[position])) {
            return false;
        }
        used[position] = word;
        if (position == atoms.length - 1) {
            return !compiled.phrase().clauseEnd()
                    || word == matches.length - 1
                    || text.clauseBreaks().get(word + 1);
        }
        int last = Math.min(matches.length - 1, word + 1 + GAP);
        for (int next = word + 1; next <= last && text.sentences()[next] == text.sentences()[word]; next++) {
            if (inOrder(compiled, position + 1, next, matches, excluded, text, used)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every position matched by a different word, all within the window around the anchor (the word found for the
     * phrase's anchor position), in one sentence; with a final {@code $}, the word of the last position ends its clause
     * ("++ yksin teen sen $": "kun oon yksin nii teen sen." but not "teen sen hakemuksen yksin").
     */
    private static boolean anyOrder(
            Compiled compiled, int anchor, int[][] matches, BitSet excluded, CrisisText text, int[] used) {
        if (excluded.get(anchor)) {
            return false;
        }
        int[][] atoms = compiled.atoms();
        int window = compiled.phrase().wide() ? WIDE_WINDOW : WINDOW;
        int from = Math.max(0, anchor - window);
        int to = Math.min(matches.length - 1, anchor + window);
        int sentence = text.sentences()[anchor];
        used[compiled.anchor()] = anchor;
        boolean clauseEnd = compiled.phrase().clauseEnd();
        return assign(
                atoms, 0, compiled.anchor(), from, to, window, sentence, clauseEnd, matches, excluded, text, used);
    }

    private static boolean assign(
            int[][] atoms,
            int position,
            int anchored,
            int from,
            int to,
            int span,
            int sentence,
            boolean clauseEnd,
            int[][] matches,
            BitSet excluded,
            CrisisText text,
            int[] used) {
        if (position == atoms.length) {
            int first = Integer.MAX_VALUE;
            int last = -1;
            for (int p = 0; p < atoms.length; p++) {
                first = Math.min(first, used[p]);
                last = Math.max(last, used[p]);
            }
            int end = used[atoms.length - 1];
            boolean endsClause = !clauseEnd
                    || end == matches.length - 1
                    || text.clauseBreaks().get(end + 1);
            return last - first <= span && endsClause;
        }
        if (position == anchored) {
            return assign(
                    atoms, position + 1, anchored, from, to, span, sentence, clauseEnd, matches, excluded, text, used);
        }
        for (int w = from; w <= to; w++) {
            if (text.sentences()[w] == sentence
                    && !excluded.get(w)
                    && !taken(used, position, anchored, w)
                    && any(matches[w], atoms[position])) {
                used[position] = w;
                if (assign(
                        atoms,
                        position + 1,
                        anchored,
                        from,
                        to,
                        span,
                        sentence,
                        clauseEnd,
                        matches,
                        excluded,
                        text,
                        used)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean taken(int[] used, int position, int anchored, int word) {
        if (used[anchored] == word) {
            return true;
        }
        for (int p = 0; p < position; p++) {
            if (p != anchored && used[p] == word) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word's atoms include one of a position's alternatives (sorted). Most words match no atom and the rest
     * a handful, while a position may list dozens of alternatives: so the word's atoms are looked up in them.
     */
    private static boolean any(int[] matched, int[] alternatives) {
        for (int id : matched) {
            if (alternatives.length <= SHORT_ALTERNATIVES
                    ? contains(alternatives, id)
                    : Arrays.binarySearch(alternatives, id) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyPresent(BitSet present, int[] alternatives) {
        for (int atom : alternatives) {
            if (present.get(atom)) {
                return true;
            }
        }
        return false;
    }

    /** A plain scan of a few sorted alternatives: cheaper than a binary search's branches. */
    private static boolean contains(int[] sorted, int id) {
        for (int atom : sorted) {
            if (atom >= id) {
                return atom == id;
            }
        }
        return false;
    }
}
