package dev.aikg.model;

/** The kinds of entity aikg finds. {@link #label()} is the name used in gold files and JSON output. */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    AI_MODEL("AIModel"),
    CHIP("Chip"),
    STOCK_INDEX("StockIndex");

    private final String label;

    EntityType(String label) { this.label = label; }

    public String label() { return label; }

    /** The type named by a gold/JSON label such as {@code "AIModel"}. */
    public static EntityType fromLabel(String label) {
        for (EntityType t : values()) {
            if (t.label.equals(label)) return t;
        }
        throw new IllegalArgumentException("unknown entity type: " + label);
    }
}
