package fi.polku.knowledge.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.Builder;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reads the bundled word lists: plain text, one entry a line, {@code #} starts a comment. Entries are normalised by
 * the same lower-casing and folding the analysis applies, so editors may write them with or without diacritics.
 */
public final class WordLists {

    private final Class<?> anchor;
    private final Analyzer normaliser;

    /** Lists are resolved relative to {@code anchor}'s package; {@code normaliser} folds each entry. */
    public WordLists(Class<?> anchor, Analyzer normaliser) {
        this.anchor = anchor;
        this.normaliser = normaliser;
    }

    /** The entries of a list, comments and blank lines removed. */
    public List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = open(name)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!entry.isEmpty()) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
        return lines;
    }

    /** A set of single words, e.g. the compound dictionary. */
    public CharArraySet words(String name) {
        CharArraySet set = new CharArraySet(256, false);
        for (String line : lines(name)) {
            set.add(normalise(line));
        }
        return set;
    }

    /**
     * Lines {@code form, form, ... => base}: each form is indexed and searched as the stem that {@code stemmer} gives
     * the base, so it joins every form the stemmer already conflates with the base.
     */
    public StemmerOverrideMap overrides(String name, Analyzer stemmer) {
        Builder builder = new Builder(false);
        for (String line : lines(name)) {
            String[] sides = line.split("=>", 2);
            if (sides.length != 2) {
                throw new IllegalStateException(name + ": expected 'form, form => base' but got '" + line + "'");
            }
            String base = stem(stemmer, sides[1].strip(), name);
            for (String form : sides[0].split(",")) {
                builder.add(normalise(form.strip()), base);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A synonym list in Solr format, parsed with {@code analyzer} so entries match analysed query terms. */
    public SynonymMap synonyms(String name, Analyzer analyzer) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try (BufferedReader reader = open(name)) {
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonym list " + name, e);
        } catch (ParseException e) {
            throw new IllegalStateException(name + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }

    private static String stem(Analyzer stemmer, String word, String list) {
        try (TokenStream stream = stemmer.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            if (!stream.incrementToken()) {
                throw new IllegalStateException(list + ": '" + word + "' analyses to nothing");
            }
            String stem = term.toString();
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String normalise(String word) {
        return normaliser.normalize("", word).utf8ToString();
    }

    private BufferedReader open(String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(
                    "word list missing from the classpath: " + anchor.getPackageName() + "/" + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
