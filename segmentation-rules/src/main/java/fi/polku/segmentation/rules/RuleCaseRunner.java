package fi.polku.segmentation.rules;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.AnswerCheck;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs the rule folder's own test cases ({@code cases/*.yml}) against a loaded rule book: the answers are validated
 * as the API would, then the decision, booking target, deciding rule and facts are compared with the expectation.
 */
final class RuleCaseRunner {

    private final RuleBook book;

    RuleCaseRunner(RuleBook book) {
        this.book = book;
    }

    /** Runs every case of the book; the first failure stops loading. */
    void runAll() {
        for (RuleCase testCase : book.cases()) {
            Optional<RuleBookException> failure = check(testCase);
            if (failure.isPresent()) {
                throw failure.get();
            }
        }
    }

    /** Runs one case: empty when it passes, otherwise what went wrong. */
    Optional<RuleBookException> check(RuleCase testCase) {
        AnswerCheck check = book.validator().check(testCase.answers(), Language.EN);
        if (!check.valid()) {
            return Optional.of(failure(testCase, null, "invalid answers: " + check.errors()));
        }
        RuleEngine.Outcome outcome = book.outcome(check.answers());
        Decision decision = outcome.decision();
        String got =
                " but got " + decision.segment() + " by rule " + outcome.rule() + " with facts " + decision.facts();
        if (decision.segment() != testCase.segment()) {
            return Optional.of(failure(testCase, outcome.rule(), "expected " + testCase.segment() + got));
        }
        if (testCase.expectTarget() && decision.bookingTarget() != testCase.bookingTarget()) {
            return Optional.of(failure(
                    testCase,
                    outcome.rule(),
                    "expected booking target " + testCase.bookingTarget() + " but got " + decision.bookingTarget()));
        }
        if (testCase.rule() != null && !testCase.rule().equals(outcome.rule())) {
            return Optional.of(failure(testCase, outcome.rule(), "expected rule " + testCase.rule() + got));
        }
        for (var fact : testCase.facts().entrySet()) {
            if (!Objects.equals(fact.getValue(), decision.facts().get(fact.getKey()))) {
                return Optional.of(failure(
                        testCase,
                        outcome.rule(),
                        "expected fact " + fact.getKey() + " = " + fact.getValue() + " but got "
                                + decision.facts().get(fact.getKey())));
            }
        }
        return Optional.empty();
    }

    private static RuleBookException failure(RuleCase testCase, @Nullable String rule, String problem) {
        return new RuleBookException(
                testCase.file(), rule, testCase.line(), "case '" + testCase.name() + "' " + problem);
    }
}
