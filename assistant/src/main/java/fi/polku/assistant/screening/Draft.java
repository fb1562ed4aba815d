package fi.polku.assistant.screening;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An unfinished questionnaire: the answers so far as typed (an invalid one is kept so that it can be shown and
 * corrected) and whether a crisis has been seen, which keeps the crisis contacts first on every following page.
 *
 * @param answers values are String, Integer, Boolean or a list of strings
 */
record Draft(Map<String, Object> answers, boolean crisis) {

    static final Draft EMPTY = new Draft(Map.of(), false);

    Draft {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    boolean isEmpty() {
        return answers.isEmpty() && !crisis;
    }
}
