package fi.polku.segmentation.crisis;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The crisis contacts shown first on a crisis, as data, with the date they were last checked: national contacts for
 * everyone, and the regional social and crisis emergency service (sosiaalipäivystys) as a pointer by municipality.
 */
public final class CrisisContacts {

    /** The pointer for a municipality without one of its own. */
    public static final String OTHER = "other";

    /**
     * One contact with its texts in every language; {@code municipalities} is empty for a national contact and
     * names the municipality slugs a regional one serves.
     */
    public record Entry(
            String id,
            String number,
            LocalizedText name,
            LocalizedText hours,
            LocalizedText note,
            boolean verified,
            String checked,
            @Nullable String source,
            List<String> municipalities) {

        public Entry {
            municipalities = List.copyOf(municipalities);
        }

        CrisisContact in(Language lang) {
            return new CrisisContact(id, name.in(lang), number, hours.in(lang), note.in(lang), verified, checked);
        }
    }

    private final String checked;
    private final List<Entry> entries;
    private final List<Entry> socialEmergency;

    public CrisisContacts(String checked, List<Entry> entries, List<Entry> socialEmergency) {
        this.checked = checked;
        this.entries = List.copyOf(entries);
        this.socialEmergency = List.copyOf(socialEmergency);
    }

    /** The national contacts in display order, then the general pointer to the regional emergency service. */
    public List<CrisisContact> in(Language lang) {
        return in(lang, OTHER);
    }

    /** The national contacts in display order, then the regional social and crisis emergency service. */
    public List<CrisisContact> in(Language lang, String municipality) {
        List<CrisisContact> contacts = new ArrayList<>();
        entries.forEach(e -> contacts.add(e.in(lang)));
        socialEmergency(lang, municipality).ifPresent(contacts::add);
        return List.copyOf(contacts);
    }

    /** The social and crisis emergency service for the municipality, or the general pointer. */
    public Optional<CrisisContact> socialEmergency(Language lang, String municipality) {
        return regional(municipality).or(() -> regional(OTHER)).map(e -> e.in(lang));
    }

    private Optional<Entry> regional(String municipality) {
        return socialEmergency.stream()
                .filter(e -> e.municipalities().contains(municipality))
                .findFirst();
    }

    /** Every entry, national and regional, for checks of the data. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(socialEmergency);
        return List.copyOf(all);
    }

    /** The ISO date on which the contacts were last checked against their providers. */
    public String checked() {
        return checked;
    }
}
