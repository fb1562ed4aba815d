package fi.polku.assistant.system;

import fi.polku.assistant.system.internal.Reloadable;
import fi.polku.segmentation.rules.RuleBook;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rule book in use: the bundled one, or the one in {@code polku.rules.path}, replaced when a valid edit lands. */
public final class CurrentRules {

    private final Reloadable<RuleBook> rules;

    CurrentRules(@Nullable Path folder) {
        this.rules = new Reloadable<>("rules", folder, RuleBook::loadBundled, RuleBook::load);
    }

    /** The rule book to decide with now. */
    public RuleBook get() {
        return rules.current().orElseThrow(() -> new IllegalStateException("The rules are not loaded yet"));
    }

    /** Loads the rules at start; a {@code RuleBookException} (file, rule, line) stops start-up. */
    void load() {
        rules.load();
    }

    /** Reloads the rule folder now; false when the new rules are invalid and the previous ones keep serving. */
    public boolean reload() {
        return rules.reload();
    }

    boolean reloadIfChanged() {
        return rules.reloadIfChanged();
    }

    boolean watched() {
        return rules.watched();
    }

    Optional<RuleBook> loaded() {
        return rules.current();
    }
}
