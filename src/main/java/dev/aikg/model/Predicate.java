package dev.aikg.model;

/**
 * Relation predicates. {@link #label()} is the local name used in gold files, JSON output and the
 * ontology ({@code aikg:founderOf}).
 */
public enum Predicate {
    FOUNDER_OF("founderOf", EntityType.PERSON, false),
    CEO_OF("ceoOf", EntityType.PERSON, false),
    WORKS_FOR("worksFor", EntityType.PERSON, false),
    DEVELOPED_BY("developedBy", EntityType.AI_MODEL, false),
    BASED_ON("basedOn", EntityType.AI_MODEL, false),
    TRAINED_ON("trainedOn", EntityType.AI_MODEL, false),
    MANUFACTURED_BY("manufacturedBy", EntityType.CHIP, false),
    INVESTED_IN("investedIn", null, false),
    SPIN_OFF_OF("spinOffOf", EntityType.ORGANIZATION, false),
    COMPETES_WITH("competesWith", null, true),
    COMMENTED_ON("commentedOn", EntityType.PERSON, false),
    HEADQUARTERED_IN("headquarteredIn", EntityType.ORGANIZATION, false);

    private final String label;
    private final EntityType subjectType;
    private final boolean symmetric;

    Predicate(String label, EntityType subjectType, boolean symmetric) {
        this.label = label;
        this.subjectType = subjectType;
        this.symmetric = symmetric;
    }

    public String label() { return label; }

    /** The required subject type, or null where several are allowed. */
    public EntityType subjectType() { return subjectType; }

    public boolean symmetric() { return symmetric; }

    /** True when the object is a literal (a city name) rather than an entity. */
    public boolean literalObject() { return this == HEADQUARTERED_IN; }

    public static Predicate fromLabel(String label) {
        for (Predicate p : values()) {
            if (p.label.equals(label)) return p;
        }
        throw new IllegalArgumentException("unknown predicate: " + label);
    }
}
