package fi.polku.segmentation.instrument;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A display condition: show an item only when another item's answer is one of {@code in}, or is not one of
 * {@code notIn} (an unanswered item counts as not being in any list).
 */
public record ShowWhen(
        String item, @Nullable List<String> in, @Nullable List<String> notIn) {

    public ShowWhen {
        in = in == null ? null : List.copyOf(in);
        notIn = notIn == null ? null : List.copyOf(notIn);
    }

    /** Whether the item with this condition is shown for the given answers. */
    public boolean shows(Answers answers) {
        Object value = answers.get(item).orElse(null);
        if (in != null && (value == null || !in.contains(String.valueOf(value)))) {
            return false;
        }
        return notIn == null || value == null || !notIn.contains(String.valueOf(value));
    }
}
