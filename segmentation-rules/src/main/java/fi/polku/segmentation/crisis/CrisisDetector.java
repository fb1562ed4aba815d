package fi.polku.segmentation.crisis;

import java.util.Optional;

/** Finds crisis expressions (suicidal thoughts, wish to die, self-harm, harming others) in free text. */
public final class CrisisDetector {

    public boolean isCrisis(String text) {
        return detect(text).isPresent();
    }

    /** The first crisis expression found in the text, in any of the three languages. */
    public Optional<CrisisSignal> detect(String text) {
        throw new UnsupportedOperationException("not yet");
    }
}
