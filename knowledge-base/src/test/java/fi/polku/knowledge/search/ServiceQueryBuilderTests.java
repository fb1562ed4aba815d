package fi.polku.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.index.Analysis;
import fi.polku.knowledge.index.ServiceIndexer;
import fi.polku.knowledge.index.WeightedTerm;
import fi.polku.segmentation.Language;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceQueryBuilderTests {

    private final Analysis analysis = new Analysis();
    private final DirectoryReader reader = fixtureIndex(analysis);
    private final ServiceQueryBuilder queries = new ServiceQueryBuilder(analysis, reader);

    @AfterAll
    void close() throws IOException {
        reader.close();
        analysis.close();
    }

    private static DirectoryReader fixtureIndex(Analysis analysis) {
        try {
            Path folder = Path.of(ServiceQueryBuilderTests.class
                    .getResource("/catalogue/valid")
                    .toURI());
            return DirectoryReader.open(new ServiceIndexer()
                    .index(ServiceCatalogue.load(folder), analysis)
                    .directory());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The words the query matches loosely (its typo clauses), e.g. {@code title_fi:tyokokelu~2}. */
    private List<String> typoClauses(String text) {
        Query query = queries.build(Language.FI, queries.analyse(text), null);
        List<String> typos = new ArrayList<>();
        assertThat(query).isNotNull();
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof TypoQuery typo) {
                    typos.add(typo.toString());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return typos;
    }

    @Test
    void matchesAMisspeltCompoundLooselyEvenWhenAListedPartIsKnown() {
        // "työ" is a listed compound part: the parts of "työkokelu" carry the whole word's offsets and are known, but
        // the typed word is not; issue 7
        assertThat(queries.analyse("työkokelu").get(Language.FI))
                .extracting(WeightedTerm::text)
                .contains("tyo", "tyokokelu");
        assertThat(typoClauses("työkokelu")).contains("title_fi:tyokokelu~2", "keywords_fi:tyokokelu~2");
    }

    @Test
    void weighsATypedWordAsTypedAlsoWhenItHasSynonyms() {
        // the synonym filter emits a word's synonyms before the word itself, at the same position
        List<WeightedTerm> finnish = queries.analyse("duuni työkokeilu").get(Language.FI);
        assertThat(finnish)
                .filteredOn(WeightedTerm::typed)
                .extracting(WeightedTerm::text, WeightedTerm::start)
                .containsExactly(tuple("duuni", 0), tuple("tyokokeilu", 6));
        assertThat(finnish)
                .filteredOn(t -> t.text().equals("tyo"))
                .extracting(WeightedTerm::origin)
                .containsExactly(WeightedTerm.Origin.SYNONYM);
        assertThat(finnish)
                .filteredOn(t -> t.text().equals("koke"))
                .extracting(WeightedTerm::origin)
                .containsExactly(WeightedTerm.Origin.PART_SYNONYM);
    }

    @Test
    void matchesAKnownWordOrItsSynonymExactlyOnly() {
        assertThat(typoClauses("työkokeilu")).isEmpty();
        // "vippi" is not in the fixture catalogue, but its synonym "velka" is
        assertThat(typoClauses("vippi")).isEmpty();
    }

    @Test
    void matchesUnknownWordsOfFiveLettersOrMoreLooselyAndAtMostNineOfThem() {
        // four letters: matched exactly only, and no index knows it, so there is no clause at all
        assertThat(queries.build(Language.FI, queries.analyse("zxqw"), null)).isNull();
        // five letters: a typo clause in the title and keywords field of each language's analysis
        assertThat(typoClauses("zxqwv")).contains("title_fi:zxqwv~1", "keywords_sv:zxqwv~1");
        // one edit up to seven letters, two from eight
        assertThat(typoClauses("zxqwvbn")).contains("title_fi:zxqwvbn~1");
        assertThat(typoClauses("zxqwvbnm")).contains("title_fi:zxqwvbnm~2");
        // four unknown words in three analyses are twelve candidates; the budget is nine words, two fields each
        assertThat(typoClauses("zxqwv zxqwb zxqwd zxqwf")).hasSize(2 * ServiceQueryBuilder.MAX_FUZZY_WORDS);
    }

    private static List<Integer> starts(Map<Language, List<WeightedTerm>> terms, Language lang) {
        return terms.get(lang).stream().map(WeightedTerm::start).distinct().toList();
    }

    @Test
    void dropsTheStopWordsOfEveryLanguageInEveryLanguage() {
        // "for" and "the" are English stop words, and "for" is "för" typed without diacritics
        Map<Language, List<WeightedTerm>> terms = queries.analyse("pay subsidy for the employer");
        for (Language lang : Language.values()) {
            assertThat(starts(terms, lang)).as(lang.tag()).containsExactly(0, 4, 20);
        }
    }

    @Test
    void dropsFinnishNegationAndSwedishArticles() {
        Map<Language, List<WeightedTerm>> terms = queries.analyse("en saa töitä");
        assertThat(starts(terms, Language.SV)).containsExactly(3, 7);
        assertThat(starts(terms, Language.EN)).containsExactly(3, 7);
    }

    @Test
    void keepsStopWordsWhenTheTextHasNothingElse() {
        // "men" is Swedish for "but", English for men
        Map<Language, List<WeightedTerm>> terms = queries.analyse("men");
        // Finnish and English keep it; Swedish analysis drops its own stop words anyway
        for (Language lang : List.of(Language.FI, Language.EN)) {
            assertThat(terms.get(lang))
                    .as(lang.tag())
                    .extracting(WeightedTerm::typed)
                    .containsOnlyOnce(true);
        }
    }
}
