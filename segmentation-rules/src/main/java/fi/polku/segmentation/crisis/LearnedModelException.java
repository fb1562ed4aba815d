package fi.polku.segmentation.crisis;

/** A line of the learned model file that cannot be read; names the line (0 for the header as a whole). */
public class LearnedModelException extends IllegalArgumentException {

    private final int line;

    public LearnedModelException(int line, String problem) {
        super(line == 0 ? problem : "line " + line + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
