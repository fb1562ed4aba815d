package fi.polku.assistant.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.assistant.system.FieldProblem;
import fi.polku.knowledge.search.SearchRequest;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.instrument.Municipalities;
import fi.polku.segmentation.instrument.Municipality;
import fi.polku.segmentation.rules.RuleBook;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The search parameters: limits, blank queries, and filters that are ignored when unknown. */
class SearchParametersTests {

    private final CurrentRules rules = mock(CurrentRules.class);
    private final RuleBook ruleBook = mock(RuleBook.class);
    private SearchParameters parameters;

    @BeforeEach
    void knowsVaasa() {
        given(rules.get()).willReturn(ruleBook);
        given(ruleBook.municipalities())
                .willReturn(new Municipalities(List.of(
                        new Municipality("vaasa", "905", "Vaasa", "Vasa"),
                        new Municipality("other", null, "Muu", "Annan"))));
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        parameters = new SearchParameters(new ApiMessages(bundles), rules);
    }

    @Test
    void passesTheQueryTheDefaultLimitAndKnownFilters() {
        assertThat(parameters.request("työkokeilu", Language.SV, null, " Vaasa ", "work_ability_team", null))
                .isEqualTo(new SearchRequest("työkokeilu", Language.SV, 10, "vaasa", Segment.WORK_ABILITY_TEAM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"helsinki", "other", "  "})
    void ignoresAnUnknownMunicipality(String municipality) {
        assertThat(parameters
                        .request("apu", Language.FI, null, municipality, null, null)
                        .municipality())
                .isNull();
    }

    @Test
    void ignoresAnUnknownSegment() {
        assertThat(parameters
                        .request("apu", Language.FI, null, null, "NOPE", null)
                        .segment())
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "50", " 7 "})
    void acceptsALimitFromOneToFifty(String limit) {
        assertThat(parameters
                        .request("apu", Language.FI, limit, null, null, null)
                        .limit())
                .isEqualTo(Integer.parseInt(limit.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "abc", "-1", "1.5", "", "99999999999", "５"})
    void rejectsALimitOutsideOneToFifty(String limit) {
        assertThat(errors("apu", limit))
                .containsExactly(new FieldProblem("limit", "Antalet resultat ska vara ett heltal från 1 till 50."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15", "70", " 42 "})
    void passesAnAgeFrom15To70(String age) {
        assertThat(parameters.request("apu", Language.FI, null, null, null, age).age())
                .isEqualTo(Integer.parseInt(age.strip()));
    }

    @Test
    void passesNoAgeWhenNoneIsGiven() {
        assertThat(parameters
                        .request("apu", Language.FI, null, null, null, null)
                        .age())
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"14", "71", "abc", "-1", "1.5", "", "99999999999", "１６"})
    void rejectsAnAgeOutside15To70(String age) {
        ApiProblem problem = catchThrowableOfType(
                ApiProblem.class, () -> parameters.request("apu", Language.EN, null, null, null, age));
        assertThat(problem).isNotNull();
        assertThat(problem.errors())
                .containsExactly(new FieldProblem("age", "The age must be a whole number from 15 to 70."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void rejectsABlankQuery(String q) {
        assertThat(errors(q, null)).extracting(FieldProblem::field).containsExactly("q");
    }

    @Test
    void namesBothTheQueryAndTheLimit() {
        assertThat(errors(null, "0")).extracting(FieldProblem::field).containsExactly("q", "limit");
    }

    private List<FieldProblem> errors(@Nullable String q, @Nullable String limit) {
        ApiProblem problem = catchThrowableOfType(
                ApiProblem.class, () -> parameters.request(q, Language.SV, limit, null, null, null));
        assertThat(problem).isNotNull();
        return problem.errors();
    }
}
