package fi.polku.segmentation.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.rules.RuleBook;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstrumentTests {

    private static final RuleBook BOOK = RuleBook.loadBundled();

    @Test
    void servesEveryScreeningIdWithTextsInEveryLanguage() {
        for (Language lang : Language.values()) {
            QuestionnaireView view = BOOK.instrument().view(lang);
            assertThat(view.language()).isEqualTo(lang.tag());
            assertThat(view.sections())
                    .extracting(QuestionnaireView.SectionView::id)
                    .containsExactly("background", "situation", "support", "profile", "own-words");
            assertThat(view.sections())
                    .flatExtracting(QuestionnaireView.SectionView::items)
                    .allSatisfy(item -> assertThat(item.label()).isNotBlank());
        }
        assertThat(BOOK.instrument().items().keySet())
                .contains(
                        "age",
                        "municipality",
                        "employment_status",
                        "unemployment_months",
                        "unemployment_spells_3y",
                        "registered_jobseeker",
                        "secondary_education",
                        "studies_interrupted",
                        "health_affects_work",
                        "health_assessed",
                        "feels_partial_work_ability",
                        "support_areas",
                        "current_services",
                        "situation_clarity",
                        "goal",
                        "motivation",
                        "urgent_concern",
                        "preferred_language",
                        "own_words",
                        "work_ability",
                        "physical_health",
                        "mobility",
                        "energy_sleep",
                        "mood",
                        "cognition",
                        "daily_life",
                        "environment",
                        "skills",
                        "relationships",
                        "participation",
                        "participation_help",
                        "mood_help");
    }

    @Test
    void describesScalesHelpItemsAndConditions() {
        Item mood = BOOK.instrument().item("mood").orElseThrow();
        assertThat(mood.type()).isEqualTo(ItemType.SCALE);
        assertThat(mood.min()).isZero();
        assertThat(mood.max()).isEqualTo(10);
        assertThat(mood.area()).isEqualTo("mind");
        assertThat(mood.helpItem()).isEqualTo("mood_help");
        assertThat(mood.minLabel().in(Language.SV)).isNotBlank();
        assertThat(BOOK.instrument().item("mood_help").orElseThrow().maxLength())
                .isEqualTo(1000);

        ShowWhen assessed =
                BOOK.instrument().item("health_assessed").orElseThrow().showWhen();
        assertThat(assessed.shows(Answers.restore(Map.of("health_affects_work", "no"))))
                .isFalse();
        assertThat(assessed.shows(Answers.restore(Map.of("health_affects_work", "somewhat"))))
                .isTrue();
        ShowWhen months =
                BOOK.instrument().item("unemployment_months").orElseThrow().showWhen();
        assertThat(months.shows(Answers.restore(Map.of("employment_status", "laid_off"))))
                .isTrue();
        assertThat(months.shows(Answers.restore(Map.of("employment_status", "student"))))
                .isFalse();
    }

    @Test
    void givesEveryScaleItemItsOwnEndLabels() {
        for (Language lang : Language.values()) {
            List<QuestionnaireView.ItemView> scales = BOOK.instrument().view(lang).sections().stream()
                    .flatMap(s -> s.items().stream())
                    .filter(i -> i.type().equals("scale"))
                    .toList();
            assertThat(scales).hasSize(12);
            assertThat(scales).allSatisfy(i -> {
                assertThat(i.minLabel()).isNotBlank();
                assertThat(i.maxLabel()).isNotBlank();
            });
            // Support from people, meaningful activity and surroundings answer their own question, not "goes well".
            assertThat(scales.stream().map(QuestionnaireView.ItemView::maxLabel).distinct())
                    .hasSizeGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void namesTheTopicInTheLabelOfEachFreeTextHelpItem() {
        for (Language lang : Language.values()) {
            List<String> labels = BOOK.instrument().view(lang).sections().stream()
                    .flatMap(s -> s.items().stream())
                    .filter(i -> i.helpFor() != null)
                    .map(QuestionnaireView.ItemView::label)
                    .toList();
            assertThat(labels).hasSize(11).doesNotHaveDuplicates();
        }
    }

    @Test
    void asksForUnemploymentSpellsOnlyWhenUnemploymentCanApply() {
        ShowWhen spells =
                BOOK.instrument().item("unemployment_spells_3y").orElseThrow().showWhen();
        assertThat(spells.shows(Answers.restore(Map.of()))).isTrue();
        assertThat(spells.shows(Answers.restore(Map.of("employment_status", "unemployed"))))
                .isTrue();
        assertThat(spells.shows(Answers.restore(Map.of("employment_status", "sick_leave"))))
                .isTrue();
        assertThat(spells.shows(Answers.restore(Map.of("employment_status", "employed"))))
                .isFalse();
        assertThat(spells.shows(Answers.restore(Map.of("employment_status", "pension"))))
                .isFalse();
    }

    @Test
    void scoresAreasAsTheMeanOfAnsweredItemsToOneDecimal() {
        Answers answers = Answers.restore(Map.of(
                "work_ability", 3, "physical_health", 3, "mobility", 4, "energy_sleep", 4, "mood", 5, "skills", 6));

        FunctioningProfile profile = BOOK.profile(answers);

        assertThat(profile.items()).containsEntry("work_ability", 3).hasSize(6);
        assertThat(profile.areas().keySet())
                .containsExactly("overall", "body", "mind", "everyday_life", "skills", "inclusion");
        assertThat(profile.areas().get("overall")).isEqualTo(3.0);
        assertThat(profile.areas().get("body")).isEqualTo(3.7);
        assertThat(profile.areas().get("mind")).isEqualTo(5.0);
        assertThat(profile.areas().get("everyday_life")).isNull();
        assertThat(profile.areas().get("inclusion")).isNull();
    }
}
