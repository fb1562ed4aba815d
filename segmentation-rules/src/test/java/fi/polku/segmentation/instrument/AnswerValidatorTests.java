package fi.polku.segmentation.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.rules.RuleBook;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AnswerValidatorTests {

    private static final RuleBook BOOK = RuleBook.loadBundled();
    private static final AnswerValidator VALIDATOR = BOOK.validator();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static AnswerCheck check(String json, Language lang) {
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = JSON.readValue(json, Map.class);
        return VALIDATOR.check(raw, lang);
    }

    /** Asserts one error naming the field, worded in each language. */
    private static void rejects(String json, String field, String fi, String sv, String en) {
        assertThat(check(json, Language.FI).errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message()).startsWith(field + ":").contains(fi);
        });
        assertThat(check(json, Language.SV).errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains(sv));
        assertThat(check(json, Language.EN).errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains(en));
    }

    @Test
    void acceptsAndNormalisesValidAnswers() {
        AnswerCheck check = check("""
                {"age": 45, "municipality": "oulu", "registered_jobseeker": true,
                 "support_areas": ["job_search", "finances", "job_search"], "own_words": "  hei  ",
                 "mood_help": "", "work_ability": null, "unemployment_months": 12345678901}
                """.replace("12345678901", "6"), Language.FI);

        assertThat(check.valid()).isTrue();
        assertThat(check.answers().asMap())
                .containsEntry("age", 45)
                .containsEntry("support_areas", List.of("finances", "job_search"))
                .containsEntry("own_words", "hei")
                .doesNotContainKeys("mood_help", "work_ability");
        assertThat(check.answers().freeTexts()).containsExactly("hei");
    }

    @Test
    void collectsEveryErrorNotJustTheFirst() {
        AnswerCheck check = check("""
                {"age": "45", "motivation": 11, "goal": "fame", "nonsense": 1}
                """, Language.EN);

        assertThat(check.errors())
                .extracting(AnswerError::field)
                .containsExactlyInAnyOrder("age", "motivation", "goal", "nonsense");
        assertThat(check.answers().size()).isZero();
    }

    @Test
    void restoresAnswersAfterAJsonRoundTrip() {
        AnswerCheck check =
                check("{\"age\": 30, \"support_areas\": [\"housing\"], \"urgent_concern\": false}", Language.FI);
        @SuppressWarnings("unchecked")
        Map<String, Object> stored =
                JSON.readValue(JSON.writeValueAsString(check.answers().asMap()), Map.class);

        assertThat(Answers.restore(stored)).isEqualTo(check.answers());
        assertThat(VALIDATOR.check(stored, Language.FI).errors()).isEmpty();
    }

    @Nested
    class Rejects {

        @Test
        void stringForInteger() {
            rejects(
                    "{\"age\": \"45\"}",
                    "age",
                    "kokonaisluku väliltä 15–70",
                    "heltal från 15 till 70",
                    "whole number from 15 to 70");
        }

        @Test
        void decimalForInteger() {
            rejects("{\"age\": 45.5}", "age", "kokonaisluku", "heltal", "whole number");
            rejects("{\"age\": 45.0}", "age", "kokonaisluku", "heltal", "whole number");
        }

        @Test
        void integerOutOfRange() {
            rejects("{\"work_ability\": 11}", "work_ability", "0–10", "från 0 till 10", "from 0 to 10");
            rejects("{\"age\": 14}", "age", "15–70", "15 till 70", "15 to 70");
            rejects("{\"age\": 99999999999999999999}", "age", "15–70", "15 till 70", "15 to 70");
        }

        @Test
        void unknownEnumValue() {
            rejects("{\"goal\": \"fame\"}", "goal", "valitse yksi", "välj ett", "choose one of: work, supported_work");
        }

        @Test
        void unknownSetMember() {
            rejects(
                    "{\"support_areas\": [\"housing\", \"yachts\"]}",
                    "support_areas",
                    "luettelo",
                    "lista",
                    "list of values");
            rejects("{\"support_areas\": \"housing\"}", "support_areas", "luettelo", "lista", "list of values");
        }

        @Test
        void noneTogetherWithAnotherService() {
            rejects(
                    "{\"current_services\": [\"none\", \"health_services\"]}",
                    "current_services",
                    "\"none\"",
                    "\"none\"",
                    "\"none\" cannot be chosen together");
        }

        @Test
        void textTooLongCountedInCodePoints() {
            String twoThousandEmoji = "😀".repeat(2000);
            assertThat(check("{\"own_words\": \"" + twoThousandEmoji + "\"}", Language.FI)
                            .valid())
                    .isTrue();
            rejects(
                    "{\"own_words\": \"" + twoThousandEmoji + "a\"}",
                    "own_words",
                    "enintään 2",
                    "högst 2",
                    "at most 2");
            rejects("{\"mood_help\": \"" + "a".repeat(1001) + "\"}", "mood_help", "enintään 1", "högst 1", "at most 1");
        }

        @Test
        void unknownId() {
            rejects("{\"shoe_size\": 42}", "shoe_size", "kysymystä ei ole", "frågan finns inte", "does not exist");
        }

        @Test
        void helpTextOnANonProfileItem() {
            rejects(
                    "{\"age_help\": \"text\"}",
                    "age_help",
                    "toimintakykyprofiilin",
                    "funktionsprofilens",
                    "functioning-profile items");
        }

        @Test
        void badMunicipalitySlug() {
            rejects(
                    "{\"municipality\": \"Oulu\"}",
                    "municipality",
                    "pieniä kirjaimia",
                    "små bokstäver",
                    "lower-case letters");
            rejects("{\"municipality\": \"a\"}", "municipality", "2–40", "2–40", "2 to 40");
        }

        @Test
        void booleanAsNumberOrString() {
            rejects("{\"urgent_concern\": 1}", "urgent_concern", "true tai false", "true eller false", "true or false");
            rejects(
                    "{\"urgent_concern\": \"true\"}",
                    "urgent_concern",
                    "true tai false",
                    "true eller false",
                    "true or false");
        }
    }

    @Test
    void keepsAnUnknownButWellFormedMunicipality() {
        AnswerCheck check = check("{\"municipality\": \"inari\"}", Language.FI);

        assertThat(check.answers().get("municipality")).contains("inari");
        assertThat(BOOK.municipalities().resolve("inari")).isEqualTo("other");
        assertThat(BOOK.municipalities().find("oulu"))
                .get()
                .extracting(Municipality::code)
                .isEqualTo("564");
    }
}
