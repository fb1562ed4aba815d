package fi.polku.segmentation;

/** Who a resident can book a time with after screening (screening.md, Segments). */
public enum BookingTarget {
    SERVICE_GUIDANCE,
    WORK_ABILITY_TEAM
}
