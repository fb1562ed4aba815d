package fi.polku.assistant.screening;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One section of the questionnaire as a page: where it is (section k of n), its fields, and the errors to list at
 * the top, each linking to its field.
 *
 * @param editing true when the resident came from the summary and returns there
 * @param crisis true when the answers so far hold a crisis: the crisis contacts come first
 * @param resumeCode the code that resumes these answers on another device, as shown, or null
 */
record SectionPage(
        int number,
        int count,
        String id,
        String title,
        @Nullable String intro,
        List<FieldView> fields,
        List<ErrorLink> errors,
        boolean editing,
        boolean crisis,
        @Nullable String resumeCode) {

    /** An entry of the error summary. */
    record ErrorLink(String href, String label, String message) {}

    public boolean first() {
        return number == 1;
    }

    public boolean last() {
        return number == count;
    }
}
