package fi.polku.segmentation.crisis;

/**
 * One crisis contact in one language: who, which number or address, when open, a note, and whether the number and
 * hours were confirmed in public material on the date {@code checked} (an unverified one says "check the hours").
 */
public record CrisisContact(
        String id, String name, String number, String hours, String note, boolean verified, String checked) {}
