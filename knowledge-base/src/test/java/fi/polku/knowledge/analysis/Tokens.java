package fi.polku.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs text through an analyzer the way Lucene consumes it, checking the token stream contract on the way. */
final class Tokens {

    private Tokens() {}

    static List<String> of(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            boolean first = true;
            while (stream.incrementToken()) {
                if (term.length() == 0) {
                    throw new AssertionError("empty token from '" + text + "'");
                }
                if (offset.startOffset() < 0
                        || offset.endOffset() > text.length()
                        || offset.startOffset() > offset.endOffset()) {
                    throw new AssertionError("bad offsets " + offset.startOffset() + "-" + offset.endOffset());
                }
                if (first && increment.getPositionIncrement() < 1) {
                    throw new AssertionError("first token has position increment 0");
                }
                first = false;
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
