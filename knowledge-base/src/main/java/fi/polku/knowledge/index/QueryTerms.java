package fi.polku.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns user text into a bounded list of weighted terms with a language's query analyzer. User text is never parsed
 * as query syntax: operators, quotes and wildcards are just characters the tokenizer drops.
 */
public final class QueryTerms {

    /** At most this many typed words are used; longer input is cut (BooleanQuery clause limits). */
    public static final int MAX_TYPED = 32;

    /** At most this many terms in all (typed, synonyms, compound parts) per language. */
    public static final int MAX_TERMS = 80;

    /** Input beyond this many characters is ignored before analysis. */
    public static final int MAX_CHARS = 2_000;

    private QueryTerms() {}

    /**
     * The weighted terms of the text; terms that come from one of {@code functionWords} (the stop words of any
     * language) are left out.
     */
    public static List<WeightedTerm> analyse(Analyzer analyzer, String text, CharArraySet functionWords) {
        String input = sanitise(text);
        Map<String, WeightedTerm> terms = new LinkedHashMap<>();
        int typed = 0;
        int typedStart = -1;
        try (TokenStream stream = analyzer.tokenStream("", input)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                if (functionWords.contains(input.substring(offset.startOffset(), offset.endOffset())
                        .toLowerCase(Locale.ROOT))) {
                    continue;
                }
                // Per typed word the filters emit: the word's synonyms, the word, then each compound part's synonyms
                // and
                // the part, all with the word's offsets (a synonym comes before the token it replaces, so the word is
                // not always first at its position): the first non-synonym token at a new start offset is the word.
                int start = offset.startOffset();
                boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                WeightedTerm.Origin origin;
                if (!synonym && start != typedStart) {
                    origin = WeightedTerm.Origin.TYPED;
                    typedStart = start;
                    if (++typed > MAX_TYPED) {
                        break;
                    }
                } else if (synonym) {
                    origin = start == typedStart ? WeightedTerm.Origin.PART_SYNONYM : WeightedTerm.Origin.SYNONYM;
                } else {
                    origin = WeightedTerm.Origin.COMPOUND_PART;
                }
                String text1 = term.toString();
                WeightedTerm previous = terms.get(text1);
                if (previous == null || previous.weight() < origin.weight()) {
                    terms.put(text1, new WeightedTerm(text1, origin, start));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms.values());
    }

    /**
     * Cuts the text and replaces control characters, which carry no words, and unpaired surrogates: the analysis
     * chain gives no token at all for a text that ends in one, and the cut itself may split an emoji.
     */
    public static String sanitise(String text) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        StringBuilder clean = new StringBuilder(cut.length());
        cut.codePoints()
                .forEach(c -> clean.appendCodePoint(
                        Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? ' ' : c));
        return clean.toString();
    }
}
