package fi.polku.assistant.referral;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import fi.polku.assistant.booking.Contact;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.rules.RuleBook;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The FHIR R4 export is valid R4 (HAPI's instance validator) and shares only consented contact data. */
class ReferralFhirExportTests {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static FhirValidator validator;
    private static Instrument instrument;

    private final ReferralFhirExport export = new ReferralFhirExport();

    @BeforeAll
    static void setUp() {
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR));
        validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        instrument = RuleBook.loadBundled().instrument();
    }

    @Test
    void exportsAValidR4BundleWithTheFourResources() {
        Referral referral = ReferralStoreContractTests.referral(
                "AAAAAAAAAAAAAAAAAAAAAA", "b1", Instant.parse("2026-11-22T10:00:00Z"));
        String json = export.json(referral, instrument, Language.FI);

        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        ValidationResult result = validator.validateWithResult(bundle);
        List<String> errors = result.getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::toString)
                .toList();

        assertThat(errors).isEmpty();
        assertThat(bundle.getEntry())
                .extracting(entry -> entry.getResource().fhirType())
                .containsExactly("Patient", "QuestionnaireResponse", "ServiceRequest", "Appointment");
        Patient patient = (Patient) bundle.getEntry().get(0).getResource();
        assertThat(patient.getNameFirstRep().getText()).isEqualTo("Åsa Öhman");
        assertThat(patient.getTelecom())
                .singleElement()
                .extracting(point -> point.getValue())
                .isEqualTo("+358401234567");
        QuestionnaireResponse response =
                (QuestionnaireResponse) bundle.getEntry().get(1).getResource();
        assertThat(response.getItem())
                .extracting(item -> item.getLinkId())
                .contains("age", "support_areas", "own_words");
        Appointment appointment = (Appointment) bundle.getEntry().get(3).getResource();
        assertThat(appointment.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
    }

    @Test
    void putsNoContactDataInThePatientWithoutConsent() {
        Referral consented = ReferralStoreContractTests.referral(
                "BBBBBBBBBBBBBBBBBBBBBB", "b2", Instant.parse("2026-11-22T10:00:00Z"));
        Referral withoutConsent = new Referral(
                consented.id(),
                consented.bookingId(),
                consented.target(),
                consented.municipality(),
                consented.status(),
                consented.createdAt(),
                null,
                consented.language(),
                null,
                false,
                consented.segment(),
                consented.reasons(),
                consented.rulesVersion(),
                consented.answers(),
                consented.profileItems(),
                consented.profileAreas(),
                consented.services(),
                consented.appointment(),
                new Contact("Åsa Öhman", "+358401234567", "asa@example.fi", null, null, null, null),
                null,
                consented.questionsToAsk(),
                List.of());

        String json = export.json(withoutConsent, instrument, Language.EN);

        assertThat(json).doesNotContain("Öhman", "358401234567", "asa@example.fi");
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        assertThat(validator.validateWithResult(bundle).getMessages())
                .noneMatch(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal());
    }
}
