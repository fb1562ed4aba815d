package fi.polku.segmentation.crisis;

import org.jspecify.annotations.Nullable;

/**
 * The whole crisis check of one free text: the phrase lists first, and only for a text they did not flag, the learned
 * second signal. Both read the same analysis of the text (folding and splitting done once), and the learned signal can
 * only add a flag, never remove one.
 */
public final class CrisisCheck {

    /** Who flagged a text. */
    public enum Finding {
        NONE,
        /** The phrase lists (the detector). */
        RULES,
        /** Only the learned second signal. */
        LEARNED;

        public boolean crisis() {
            return this != NONE;
        }
    }

    private final CrisisDetector detector;
    private final @Nullable LearnedCrisisModel learned;

    public CrisisCheck(CrisisDetector detector, @Nullable LearnedCrisisModel learned) {
        this.detector = detector;
        this.learned = learned;
    }

    public Finding check(String text) {
        CrisisText analysed = CrisisText.analyse(text);
        if (detector.flags(analysed)) {
            return Finding.RULES;
        }
        return learned != null && learned.flags(analysed.words()) ? Finding.LEARNED : Finding.NONE;
    }
}
