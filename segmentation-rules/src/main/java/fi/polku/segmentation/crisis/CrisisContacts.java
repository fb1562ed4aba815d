package fi.polku.segmentation.crisis;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.LocalizedText;
import java.util.List;

/** The crisis contacts shown first on a crisis, as data, with the date they were last checked. */
public final class CrisisContacts {

    /** One contact with its texts in every language. */
    public record Entry(String id, String number, LocalizedText name, LocalizedText hours, LocalizedText note) {}

    private final String checked;
    private final List<Entry> entries;

    public CrisisContacts(String checked, List<Entry> entries) {
        this.checked = checked;
        this.entries = List.copyOf(entries);
    }

    /** The contacts in display order, worded in the given language. */
    public List<CrisisContact> in(Language lang) {
        return entries.stream()
                .map(e -> new CrisisContact(
                        e.id(),
                        e.name().in(lang),
                        e.number(),
                        e.hours().in(lang),
                        e.note().in(lang)))
                .toList();
    }

    /** The ISO date on which the contacts were last checked against their providers. */
    public String checked() {
        return checked;
    }
}
