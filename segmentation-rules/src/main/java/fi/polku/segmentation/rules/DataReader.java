package fi.polku.segmentation.rules;

import fi.polku.segmentation.Language;
import fi.polku.segmentation.crisis.CrisisContacts;
import fi.polku.segmentation.crisis.PhraseList;
import fi.polku.segmentation.crisis.PhraseListException;
import fi.polku.segmentation.instrument.Municipalities;
import fi.polku.segmentation.instrument.Municipality;
import fi.polku.segmentation.yaml.YamlMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the plain data of the rule folder: crisis phrase lists, crisis contacts and municipalities. */
final class DataReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{2,40}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DataReader() {}

    static PhraseList phrases(String file, String text) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        Language language = Language.fromTag(name.replace(".txt", ""));
        if (!name.equals(language.tag() + ".txt")) {
            throw new RuleBookException(
                    file, null, 0, "a phrase list is named after its language: fi.txt, sv.txt, en.txt");
        }
        try {
            return PhraseList.parse(language, text);
        } catch (PhraseListException e) {
            throw new RuleBookException(file, null, e.line(), e.getMessage());
        }
    }

    static CrisisContacts contacts(YamlMap file) {
        file.allowOnly(Set.of("checked", "unverified", "contacts", "social_emergency"));
        String checked = date(file, "checked");
        List<CrisisContacts.Entry> entries =
                file.maps("contacts").stream().map(DataReader::contact).toList();
        List<CrisisContacts.Entry> regional = file.has("social_emergency")
                ? file.maps("social_emergency").stream()
                        .map(DataReader::contact)
                        .toList()
                : List.of();
        return new CrisisContacts(checked, entries, regional);
    }

    private static CrisisContacts.Entry contact(YamlMap entry) {
        YamlMap c = entry.named(entry.string("id"))
                .allowOnly(Set.of(
                        "id", "number", "name", "hours", "note", "verified", "checked", "source", "municipalities"));
        String verified = c.string("verified");
        if (!verified.equals("true") && !verified.equals("false")) {
            throw c.error("verified", "'verified' is \"true\" or \"false\"");
        }
        return new CrisisContacts.Entry(
                c.string("id"),
                c.string("number"),
                c.text("name"),
                c.text("hours"),
                c.text("note"),
                verified.equals("true"),
                date(c, "checked"),
                c.optionalString("source"),
                c.has("municipalities") ? c.strings("municipalities") : List.of());
    }

    private static String date(YamlMap map, String key) {
        String date = map.string(key);
        if (!DATE.matcher(date).matches()) {
            throw map.error(key, "'" + key + "' is the ISO date the contacts were checked, e.g. 2026-11-22");
        }
        return date;
    }

    static Municipalities municipalities(YamlMap file) {
        file.allowOnly(Set.of("municipalities"));
        List<Municipality> list = file.maps("municipalities").stream()
                .map(m -> {
                    YamlMap entry = m.named(m.string("slug")).allowOnly(Set.of("slug", "code", "fi", "sv"));
                    String slug = entry.string("slug");
                    if (!SLUG.matcher(slug).matches()) {
                        throw entry.error("slug", "a slug is 2-40 of a-z, 0-9 and -");
                    }
                    return new Municipality(slug, entry.optionalString("code"), entry.string("fi"), entry.string("sv"));
                })
                .toList();
        try {
            return new Municipalities(list);
        } catch (IllegalArgumentException e) {
            throw file.error(e.getMessage());
        }
    }
}
