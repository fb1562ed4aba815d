package fi.polku.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(e.getMessage()).startsWith(DECISIONS + " line ").contains("YAML syntax error");
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
