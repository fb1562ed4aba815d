package fi.polku.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleBookLoadingTests {

    private static final String DECISIONS = "rules/decisions.yml";

    @TempDir
    Path temp;

    private RuleBookException loadFails(RuleFolder folder) {
        return catchThrowableOfType(RuleBookException.class, () -> RuleBook.load(folder.root()));
    }

    @Test
    void loadsAnUnchangedCopyWithTheBundledVersion() {
        RuleBook copy = RuleBook.load(RuleFolder.copyOfBundled(temp).root());

        assertThat(copy.version()).isEqualTo(RuleBook.loadBundled().version());
    }

    @Test
    void changesTheVersionWhenAnyFileChanges() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp).replace("crisis/en.txt", "kms ", "kms  ");

        assertThat(RuleBook.load(folder.root()).version())
                .isNotEqualTo(RuleBook.loadBundled().version());
    }

    @Test
    void namesFileAndLineOfAYamlSyntaxError() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp);
        int line = folder.append(DECISIONS, "  - id: [broken\n");

        RuleBookException e = loadFails(folder);

        assertThat(e.file()).isEqualTo(DECISIONS);
        assertThat(e.line()).isGreaterThanOrEqualTo(line);
        assertThat(e.getMessage()).startsWith(DECISIONS + " line ").contains("broken YAML");
    }

    @Test
    void namesFileRuleAndLineOfAnUnknownAnswerId() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp)
                .replace(DECISIONS, "when: few_answers", "when: few_answers or work_abilty <= 3");

        RuleBookException e = loadFails(folder);

        assertThat(e.file()).isEqualTo(DECISIONS);
        assertThat(e.rule()).isEqualTo("initial-interview");
        assertThat(e.line()).isEqualTo(folder.lineOf(DECISIONS, "work_abilty"));
        assertThat(e.getMessage()).contains("unknown answer id or fact 'work_abilty'");
    }

    @Test
    void namesFileRuleAndLineOfAFailingCase() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp)
                .replace(
                        "cases/boundaries.yml",
                        "expect: {segment: WORK_ABILITY_TEAM, rule: team-ready, facts: {team_criteria: 3, long_unemployment: true}}",
                        "expect: {segment: SELF_SERVICE}");

        RuleBookException e = loadFails(folder);

        assertThat(e.file()).isEqualTo("cases/boundaries.yml");
        assertThat(e.rule()).isEqualTo("team-ready");
        assertThat(e.line()).isEqualTo(folder.lineOf("cases/boundaries.yml", "team_criteria exactly 3"));
        assertThat(e.getMessage()).contains("expected SELF_SERVICE but got WORK_ABILITY_TEAM");
    }

    @Test
    void refusesASegmentThatNoRuleGives() {
        RuleFolder folder =
                RuleFolder.copyOfBundled(temp).replace(DECISIONS, "segment: SELF_SERVICE", "segment: SERVICE_GUIDANCE");

        RuleBookException e = loadFails(folder);

        assertThat(e.file()).isEqualTo(DECISIONS);
        assertThat(e.rule()).isEqualTo("guidance");
        assertThat(e.line()).isPositive();
        assertThat(e.getMessage()).contains("unreachable segment(s) [SELF_SERVICE]");
    }

    @Test
    void namesAnUnknownKey() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp)
                .replace(DECISIONS, "    order: 30\n", "    order: 30\n    colour: red\n");

        RuleBookException e = loadFails(folder);

        assertThat(e.rule()).isEqualTo("team-later");
        assertThat(e.line()).isEqualTo(folder.lineOf(DECISIONS, "colour: red"));
        assertThat(e.getMessage()).contains("unknown key 'colour'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1F", ".inf", "1:30"})
    void namesFileRuleLineAndKeyOfANumberThatIsNotAWholeDecimal(String value) {
        RuleFolder folder = RuleFolder.copyOfBundled(temp).replace(DECISIONS, "order: 30", "order: " + value);

        RuleBookException e = loadFails(folder);

        assertThat(e.file()).isEqualTo(DECISIONS);
        assertThat(e.rule()).isEqualTo("team-later");
        assertThat(e.line()).isEqualTo(folder.lineOf(DECISIONS, "order: " + value));
        assertThat(e.getMessage()).contains("order: must be a whole number written in decimal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1F", ".inf"})
    void namesFileLineAndKeyOfAHexOrInfiniteAnswerInACase(String value) {
        String cases = "cases/boundaries.yml";
        RuleFolder folder = RuleFolder.copyOfBundled(temp)
                .replace(
                        cases,
                        "situation_clarity: unclear, motivation: 4}",
                        "situation_clarity: unclear, motivation: " + value + "}");

        RuleBookException e = loadFails(folder);

        assertThat(e.file()).isEqualTo(cases);
        assertThat(e.line()).isEqualTo(folder.lineOf(cases, "motivation: " + value));
        assertThat(e.getMessage()).contains("answers.motivation: '" + value + "' is not");
    }

    @Test
    void namesTheCaseOfAnAnswerWrittenAsATime() {
        String cases = "cases/boundaries.yml";
        RuleFolder folder = RuleFolder.copyOfBundled(temp)
                .replace(
                        cases,
                        "situation_clarity: unclear, motivation: 4}",
                        "situation_clarity: unclear, motivation: 1:30}");

        RuleBookException e = loadFails(folder);

        assertThat(e.file()).isEqualTo(cases);
        assertThat(e.line()).isEqualTo(folder.lineOf(cases, "motivation 4 is not low"));
        assertThat(e.getMessage())
                .contains("case 'motivation 4 is not low' invalid answers")
                .contains("motivation");
    }

    @Test
    void readsUnquotedNoYesAndOnAsTextInRuleAndCaseFiles() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp)
                .replace("instrument/situation.yml", "not_in: [\"no\"]", "not_in: [no]")
                .replace("cases/boundaries.yml", "health_affects_work: \"no\"", "health_affects_work: no");
        folder.append(
                "cases/boundaries.yml",
                "  - name: unquoted yes and on are texts in a free-text answer\n"
                        + "    answers: {own_words: yes, mood_help: on, health_affects_work: no, situation_clarity: clear,\n"
                        + "      work_ability: 8, age: 30}\n"
                        + "    expect: {segment: SELF_SERVICE, rule: self-service}\n");

        RuleBook book = RuleBook.load(folder.root());

        assertThat(book.cases())
                .filteredOn(c -> c.name().startsWith("unquoted yes"))
                .singleElement()
                .satisfies(c -> assertThat(c.answers())
                        .containsEntry("own_words", "yes")
                        .containsEntry("mood_help", "on")
                        .containsEntry("health_affects_work", "no"));
        assertThat(book.instrument().items().get("health_assessed").showWhen().notIn())
                .containsExactly("no");
    }

    @Test
    void refusesADuplicateRuleId() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp).replace(DECISIONS, "id: team-later", "id: team-ready");

        RuleBookException e = loadFails(folder);

        assertThat(e.rule()).isEqualTo("team-ready");
        assertThat(e.getMessage()).contains("duplicate rule id 'team-ready'");
    }

    @Test
    void refusesARuleAfterTheCatchAll() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp).replace(DECISIONS, "order: 60", "order: 45");

        RuleBookException e = loadFails(folder);

        assertThat(e.rule()).isEqualTo("initial-interview");
        assertThat(e.getMessage()).contains("unreachable: rule guidance before it always matches");
    }

    @Test
    void refusesAFileTheManifestDoesNotList() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp).write("rules/draft.yml", "rules: []\n");

        RuleBookException e = loadFails(folder);

        assertThat(e.file()).isEqualTo("rules/draft.yml");
        assertThat(e.getMessage()).contains("not listed in manifest.yml");
    }

    @Test
    void namesTheLineOfABadCrisisPhrase() {
        RuleFolder folder = RuleFolder.copyOfBundled(temp);
        int line = folder.append("crisis/sv.txt", "[suicide]\nvill (dö)\n");

        RuleBookException e = loadFails(folder);

        assertThat(e.file()).isEqualTo("crisis/sv.txt");
        assertThat(e.line()).isEqualTo(line + 1);
    }
}
