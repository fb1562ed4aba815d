package fi.polku.assistant.system;

import fi.polku.segmentation.crisis.CrisisContact;

/**
 * A crisis contact as a page shows it: a number becomes a {@code tel:} link one tap away, an address a web link.
 *
 * @param href {@code tel:} for a phone number, {@code https://} for a web address
 */
public record CrisisContactLink(String id, String name, String number, String href, String hours, String note) {

    public static CrisisContactLink of(CrisisContact contact) {
        String number = contact.number().strip();
        String digits = number.replaceAll("[\\s-]", "");
        String href = digits.matches("\\+?[0-9]+") ? "tel:" + digits : "https://" + number;
        return new CrisisContactLink(contact.id(), contact.name(), number, href, contact.hours(), contact.note());
    }
}
