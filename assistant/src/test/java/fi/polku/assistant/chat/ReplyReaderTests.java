package fi.polku.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain replies read by the word lists of each language. */
class ReplyReaderTests {

    private static final ReplyReader FI = new ReplyReader(Words.load("chat/words/fi.yml"));
    private static final ReplyReader SV = new ReplyReader(Words.load("chat/words/sv.yml"));
    private static final ReplyReader EN = new ReplyReader(Words.load("chat/words/en.yml"));

    private static ReplyReader reader(String lang) {
        return switch (lang) {
            case "sv" -> SV;
            case "en" -> EN;
            default -> FI;
        };
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fi|45|45",
                "fi|olen 45-vuotias|45",
                "fi|neljäkymmentäviisi|45",
                "fi|kaksikymmentä kolme|23",
                "fi|yksitoista|11",
                "fi|seitsemän|7",
                "fi|kaksisataaviisikymmentä|250",
                "fi|nolla|0",
                "sv|fyrtiofem|45",
                "sv|tjugotre år|23",
                "sv|tvåhundra|200",
                "en|forty five|45",
                "en|I'm thirty-four|34",
                "en|one hundred ten|110",
                "en|a hundred|100",
                "en|zero|0"
            })
    void readsNumbersInDigitsAndWords(String lang, String text, int expected) {
        assertThat(reader(lang).integer(text, false)).as(text).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fi|olen ollut työttömänä vuoden|12",
                "fi|kaksi vuotta|24",
                "fi|puolitoista vuotta|18",
                "fi|puoli vuotta|6",
                "fi|8 kuukautta|8",
                "fi|kuukauden|1",
                "sv|ett år|12",
                "sv|två år|24",
                "en|a year|12",
                "en|half a year|6",
                "en|3 years|36"
            })
    void turnsYearsIntoMonthsForItemsCountedInMonths(String lang, String text, int months) {
        assertThat(reader(lang).integer(text, true)).as(text).contains(months);
    }

    @Test
    void readsNoNumberWhereThereIsNone() {
        assertThat(FI.integer("banaani", false)).isEmpty();
        assertThat(FI.integer("en tiedä", false)).isEmpty();
        assertThat(EN.integer("I am a student", false)).isEmpty();
        assertThat(FI.integer("1,5", false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fi|kyllä|true",
                "fi|Joo!|true",
                "fi|olen|true",
                "fi|ei|false",
                "fi|en ole|false",
                "sv|ja|true",
                "sv|nej|false",
                "sv|jag är inte det|false",
                "en|yes|true",
                "en|yeah sure|true",
                "en|no|false",
                "en|I haven't|false"
            })
    void readsYesAndNo(String lang, String text, boolean expected) {
        assertThat(reader(lang).yesNo(text)).as(text).contains(expected);
    }

    private static final List<ReplyReader.Option> STATUS = List.of(
            ReplyReader.Option.of("unemployed", List.of("Olen työtön", "Jag är arbetslös", "I am unemployed")),
            ReplyReader.Option.of("laid_off", List.of("Olen lomautettuna", "Jag är permitterad", "I am laid off")),
            ReplyReader.Option.of("student", List.of("Opiskelen", "Jag studerar", "I am a student")),
            ReplyReader.Option.of(
                    "sick_leave", List.of("Olen sairauslomalla", "Jag är sjukskriven", "I am on sick leave")));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Olen työtön|unemployed",
                "työtön|unemployed",
                "tyoton|unemployed",
                "olen työtön|unemployed",
                "lomautettu|laid_off",
                "opiskelen|student",
                "opiskleen|student",
                "sairauslomala|sick_leave",
                "arbetslös|unemployed",
                "permiterad|laid_off",
                "laid off|laid_off",
                "student|student",
                "sick_leave|sick_leave"
            })
    void readsAChoiceByItsLabelOrAMisspelling(String text, String value) {
        assertThat(FI.choice(STATUS, text)).as(text).contains(value);
    }

    @Test
    void refusesAnAmbiguousOrUnknownChoice() {
        assertThat(FI.choice(STATUS, "olen")).isEmpty();
        assertThat(FI.choice(STATUS, "kissa")).isEmpty();
        assertThat(FI.choice(STATUS, "")).isEmpty();
    }

    @Test
    void readsSeveralChoicesOfASet() {
        List<ReplyReader.Option> areas = List.of(
                ReplyReader.Option.of("health", List.of("Terveys", "Hälsa", "Health")),
                ReplyReader.Option.of(
                        "finances", List.of("Raha-asiat ja velat", "Ekonomi och skulder", "Money and debts")),
                ReplyReader.Option.of("job_search", List.of("Työnhaku", "Jobbsökande", "Looking for work")));

        assertThat(FI.choices(areas, "terveys, raha-asiat ja työnhaku"))
                .contains(List.of("health", "finances", "job_search"));
        assertThat(FI.choices(areas, "Raha-asiat ja velat")).contains(List.of("finances"));
        assertThat(FI.choices(areas, "kissat ja koirat")).isEmpty();
    }
}
