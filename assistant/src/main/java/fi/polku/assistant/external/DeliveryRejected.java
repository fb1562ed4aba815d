package fi.polku.assistant.external;

/** The external system refused a delivery for good (a 4xx other than a conflict); retrying will not help. */
public final class DeliveryRejected extends RuntimeException {

    public DeliveryRejected(String message) {
        super(message);
    }
}
