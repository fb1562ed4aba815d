package fi.polku.assistant.referral;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.assistant.booking.Contact;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.instrument.Item;
import java.util.Collection;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Component;

/**
 * A referral as FHIR R4 (HAPI FHIR structures): a collection Bundle with the screening as a QuestionnaireResponse, the
 * referral as a ServiceRequest, the booked time as an Appointment and a Patient that holds only the contact details
 * the resident consented to share (none without consent). Entries refer to each other by {@code urn:uuid}.
 */
@Component
class ReferralFhirExport {

    static final String QUESTIONNAIRE = "https://polku.fi/fhir/Questionnaire/screening";
    static final String SYSTEM = "https://polku.fi/fhir";

    private final FhirContext fhir = FhirContext.forR4Cached();

    String json(Referral referral, Instrument instrument, Language language) {
        return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(referral, instrument, language));
    }

    Bundle bundle(Referral referral, Instrument instrument, Language language) {
        String patientUrl = urn();
        String responseUrl = urn();
        String requestUrl = urn();
        String appointmentUrl = urn();

        // without consent the Patient holds nothing about the person; active keeps the resource from being empty
        Patient patient = new Patient();
        patient.setActive(true);
        if (referral.consentToShare()) {
            Contact contact = referral.contact();
            patient.addName(new HumanName().setText(contact.name()));
            if (contact.phone() != null) {
                patient.addTelecom(new ContactPoint()
                        .setSystem(ContactPoint.ContactPointSystem.PHONE)
                        .setValue(contact.phone()));
            }
            if (contact.email() != null) {
                patient.addTelecom(new ContactPoint()
                        .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                        .setValue(contact.email()));
            }
            patient.addCommunication()
                    .setLanguage(new CodeableConcept()
                            .setText(
                                    contact.language() != null
                                            ? contact.language()
                                            : referral.language().tag()));
        }

        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setQuestionnaire(QUESTIONNAIRE);
        response.setSubject(new Reference(patientUrl));
        response.setAuthored(Date.from(referral.createdAt()));
        referral.answers().forEach((id, answer) -> {
            Item item = instrument.item(id).orElse(null);
            QuestionnaireResponse.QuestionnaireResponseItemComponent entry =
                    response.addItem().setLinkId(id);
            if (item != null) {
                entry.setText(item.label().in(language));
            }
            if (answer instanceof Collection<?> values) {
                values.forEach(value -> entry.addAnswer().setValue(coding(id, String.valueOf(value), item, language)));
            } else if (answer instanceof Boolean flag) {
                entry.addAnswer().setValue(new org.hl7.fhir.r4.model.BooleanType(flag));
            } else if (answer instanceof Integer number) {
                entry.addAnswer().setValue(new org.hl7.fhir.r4.model.IntegerType(number));
            } else if (item != null && item.choice(String.valueOf(answer)).isPresent()) {
                entry.addAnswer().setValue(coding(id, String.valueOf(answer), item, language));
            } else {
                entry.addAnswer().setValue(new org.hl7.fhir.r4.model.StringType(String.valueOf(answer)));
            }
        });

        ServiceRequest request = new ServiceRequest();
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setCode(new CodeableConcept()
                .addCoding(new org.hl7.fhir.r4.model.Coding(
                        SYSTEM + "/booking-target", referral.target().name(), null))
                .setText(referral.appointment()
                        .team()
                        .getOrDefault(language, referral.target().name())));
        request.setSubject(new Reference(patientUrl));
        request.setAuthoredOn(Date.from(referral.createdAt()));
        request.addSupportingInfo(new Reference(responseUrl));
        referral.reasons()
                .forEach(reason -> request.addReasonCode(new CodeableConcept()
                        .addCoding(new org.hl7.fhir.r4.model.Coding(SYSTEM + "/rule", reason.rule(), null))
                        .setText(reason.texts()
                                .getOrDefault(language, reason.texts().get(Language.FI)))));
        request.addNote().setText("segment: " + referral.segment());

        Appointment appointment = new Appointment();
        appointment.setStatus(
                referral.appointment().cancelled()
                        ? Appointment.AppointmentStatus.CANCELLED
                        : Appointment.AppointmentStatus.BOOKED);
        appointment.setStart(Date.from(referral.appointment().start()));
        appointment.setEnd(Date.from(referral.appointment().end()));
        appointment.addServiceType(
                new CodeableConcept().setText(referral.appointment().channel().code()));
        appointment.addBasedOn(new Reference(requestUrl));
        appointment
                .addParticipant()
                .setActor(new Reference(patientUrl))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);

        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(referral.createdAt()));
        add(bundle, patientUrl, patient);
        add(bundle, responseUrl, response);
        add(bundle, requestUrl, request);
        add(bundle, appointmentUrl, appointment);
        return bundle;
    }

    private static org.hl7.fhir.r4.model.Coding coding(
            String id, String value, @org.jspecify.annotations.Nullable Item item, Language language) {
        String display = item == null
                ? value
                : item.choice(value).map(choice -> choice.label().in(language)).orElse(value);
        return new org.hl7.fhir.r4.model.Coding(SYSTEM + "/answer/" + id, value, display);
    }

    private static void add(Bundle bundle, String url, Resource resource) {
        bundle.addEntry().setFullUrl(url).setResource(resource);
    }

    private static String urn() {
        return "urn:uuid:" + UUID.randomUUID();
    }
}
