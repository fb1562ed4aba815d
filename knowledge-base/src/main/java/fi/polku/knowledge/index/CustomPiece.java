package fi.polku.knowledge.index;

/**
 * The custom pieces of the search that each replace a Lucene default for speed, with the library piece they replace.
 * Production uses all of them; the oracle tests and {@code SearchBenchmark} switch each one back to the library to
 * prove that results are unchanged and to measure what it gains (rerun both on a Lucene upgrade).
 */
public enum CustomPiece {
    /** {@code TypoQuery} instead of {@code FuzzyQuery} (Levenshtein automata) for words no index knows. */
    TYPO_QUERY,
    /** {@code PassageScores} instead of the highlighter's {@code PassageScorer}. */
    PASSAGE_SCORES,
    /** {@code InMemoryTextHighlighter}'s texts kept in memory instead of stored fields read per hit. */
    IN_MEMORY_TEXTS
}
