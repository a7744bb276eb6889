package dev.aikg.model;

/**
 * A number stated in the text, normalised.
 *
 * @param kind      what it measures: "trainingCost", "investment", "parameters", "activeParameters",
 *                  "chipCount", "marketValueChange", "spending", "donation", "assetsUnderManagement", ...
 * @param value     the value in base units (9.5e9 for "9,5 Mrd."); money in the stated currency
 * @param unit      ISO 4217 currency code for money ("USD", "CNY", "EUR"), else "parameters", "chips", "count"
 * @param subjectId the entity it measures (a model's training cost, a company's spending), or null
 * @param objectId  a second entity where the quantity qualifies a pair (investor → target), or null
 * @param text      the number as written ("5,6 Mio. $")
 * @param evidence  where it was read
 */
public record Quantity(String kind, double value, String unit, String subjectId, String objectId,
                       String text, Evidence evidence) {
}
