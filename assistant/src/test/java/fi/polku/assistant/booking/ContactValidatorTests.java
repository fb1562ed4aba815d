package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.FieldProblem;
import fi.polku.segmentation.Language;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Names in any script, Finnish and international phone numbers, e-mail syntax and lengths, each error by field. */
class ContactValidatorTests {

    private final ContactValidator validator = new ContactValidator(new ApiMessages(bundles()));

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "booking/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private ContactValidator.Result check(@Nullable String name, @Nullable String phone, @Nullable String email) {
        return validator.check(
                new BookingRequest.ContactRequest(name, phone, email, null, null, null, null), Language.EN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Matti Meikäläinen",
                "Åsa Öhman-Ström",
                "Ngũgĩ wa Thiong'o",
                "محمد علي",
                "Иван Петров",
                "王小明",
                "Nguyễn Thị Minh Khai",
                "Dr. A. O’Neill",
                "Ánh"
            })
    void acceptsNamesInAnyScript(String name) {
        assertThat(check(name, "040 123 4567", null).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"R2-D2", "<script>", "Matti\u0000", "-Matti", "😀"})
    void refusesNamesWithDigitsOrSymbols(String name) {
        assertThat(check(name, "040 123 4567", null).problems())
                .extracting(FieldProblem::field)
                .containsExactly("contact.name");
    }

    @Test
    void normalisesFinnishAndInternationalNumbersToE164() {
        assertThat(check("Matti", "040 123 4567", null).contact().phone()).isEqualTo("+358401234567");
        assertThat(check("Matti", "+358 50 987 6543", null).contact().phone()).isEqualTo("+358509876543");
        assertThat(check("Matti", "09 310 1691", null).contact().phone()).isEqualTo("+35893101691");
        assertThat(check("Åsa", "+46 70 123 45 67", null).contact().phone()).isEqualTo("+46701234567");
        assertThat(check("Ali", "00 44 20 7946 0958", null).contact().phone()).isEqualTo("+442079460958");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "040", "+358 0", "phone me", "040 123 4567 8910 1112 1314 1516 1718"})
    void refusesNumbersThatCannotBeDialled(String phone) {
        assertThat(check("Matti", phone, null).problems())
                .extracting(FieldProblem::field)
                .containsExactly("contact.phone");
    }

    @Test
    void checksEmailSyntax() {
        assertThat(check("Matti", null, "matti.meikalainen@oulu.fi").problems()).isEmpty();
        assertThat(check("Matti", null, "äiti+polku@esimerkki.fi").problems()).isEmpty();
        for (String bad : new String[] {"matti", "matti@", "@oulu.fi", "matti@oulu", "ma..tti@oulu.fi", "a b@c.fi"}) {
            assertThat(check("Matti", null, bad).problems())
                    .as(bad)
                    .extracting(FieldProblem::field)
                    .containsExactly("contact.email");
        }
        assertThat(check("Matti", null, "a".repeat(250) + "@x.fi").problems())
                .extracting(FieldProblem::field)
                .containsExactly("contact.email");
    }

    @Test
    void needsAPhoneOrAnEmailAndNamesEveryBadField() {
        ContactValidator.Result result = validator.check(
                new BookingRequest.ContactRequest(
                        " ", null, null, "x".repeat(101), null, "y".repeat(1001), "evening\u0007"),
                Language.EN);

        assertThat(result.contact()).isNull();
        assertThat(result.problems())
                .extracting(FieldProblem::field)
                .containsExactly(
                        "contact.name",
                        "contact.phone",
                        "contact.language",
                        "contact.accessibility",
                        "contact.bestTimeToCall");
        assertThat(result.problems().getFirst().message()).isEqualTo("Write your name.");
    }

    @Test
    void limitsNamesToAHundredCharacters() {
        assertThat(check("Å".repeat(100), "040 123 4567", null).problems()).isEmpty();
        assertThat(check("Å".repeat(101), "040 123 4567", null).problems())
                .extracting(FieldProblem::message)
                .containsExactly("The text is too long: at most 100 characters.");
    }
}
