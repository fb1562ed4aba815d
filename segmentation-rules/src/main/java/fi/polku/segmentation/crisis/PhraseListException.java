package fi.polku.segmentation.crisis;

/** A line of a crisis phrase list that cannot be read; names the line. */
public class PhraseListException extends IllegalArgumentException {

    private final int line;

    public PhraseListException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
