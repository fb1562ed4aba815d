package fi.polku.assistant.booking;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.FieldProblem;
import fi.polku.segmentation.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks the contact details of a booking and puts them in a normal form: a name in any script, a Finnish or
 * international phone number (libphonenumber, stored as E.164), an e-mail address of ordinary syntax, and bounded
 * free texts. Every problem names its field; no value is ever logged.
 */
@Component
class ContactValidator {

    static final int NAME_MAX = 100;
    static final int EMAIL_MAX = 254;
    static final int SHORT_TEXT_MAX = 100;
    static final int TEXT_MAX = 1000;

    // letters and combining marks of any script, with the separators names use: space, hyphen, apostrophes, period
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’\\-]*");
    // RFC 5322's dot-atom for the local part (no leading, trailing or double dots) and a domain of labels (IDN allowed)
    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,63}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final ApiMessages messages;

    ContactValidator(ApiMessages messages) {
        this.messages = messages;
    }

    /** The checked contact, or the problems: exactly one of the two is present. */
    record Result(@Nullable Contact contact, List<FieldProblem> problems) {}

    Result check(BookingRequest.@Nullable ContactRequest request, Language language) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            problems.add(messages.problem("contact.name", "booking.contact-name.missing", language));
            return new Result(null, problems);
        }
        String name = strip(request.name());
        if (name == null) {
            problems.add(messages.problem("contact.name", "booking.contact-name.missing", language));
        } else if (name.codePointCount(0, name.length()) > NAME_MAX) {
            problems.add(messages.problem("contact.name", "booking.text.too-long", language, NAME_MAX));
        } else if (!NAME.matcher(name).matches()) {
            problems.add(messages.problem("contact.name", "booking.contact-name.invalid", language));
        }
        String phone = phone(strip(request.phone()), problems, language);
        String email = strip(request.email());
        if (email != null
                && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            problems.add(messages.problem("contact.email", "booking.contact-email.invalid", language));
        }
        if (strip(request.phone()) == null && email == null) {
            problems.add(messages.problem("contact.phone", "booking.contact.no-channel", language));
        }
        String preferred = text("contact.language", request.language(), SHORT_TEXT_MAX, problems, language);
        String interpreter = text("contact.interpreter", request.interpreter(), SHORT_TEXT_MAX, problems, language);
        String accessibility = text("contact.accessibility", request.accessibility(), TEXT_MAX, problems, language);
        String bestTime = text("contact.bestTimeToCall", request.bestTimeToCall(), SHORT_TEXT_MAX, problems, language);
        if (!problems.isEmpty() || name == null) {
            return new Result(null, problems);
        }
        return new Result(new Contact(name, phone, email, preferred, interpreter, accessibility, bestTime), List.of());
    }

    /** A free text: stripped, null when blank, at most so many characters and without control characters. */
    @Nullable
    String text(String field, @Nullable String value, int max, List<FieldProblem> problems, Language language) {
        String text = strip(value);
        if (text == null) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            problems.add(messages.problem(field, "booking.text.too-long", language, max));
        } else if (CONTROL.matcher(text).find()) {
            problems.add(messages.problem(field, "booking.text.control", language));
        }
        return text;
    }

    private @Nullable String phone(@Nullable String text, List<FieldProblem> problems, Language language) {
        if (text == null) {
            return null;
        }
        if (text.length() <= 30) {
            try {
                // numbers without a country code are read as Finnish (040 123 4567)
                PhoneNumber number = phones.parse(text, "FI");
                if (phones.isValidNumber(number)) {
                    return phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
                }
            } catch (NumberParseException e) {
                // falls through to the field problem; the number itself is never logged
            }
        }
        problems.add(messages.problem("contact.phone", "booking.contact-phone.invalid", language));
        return null;
    }

    private static @Nullable String strip(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }
}
