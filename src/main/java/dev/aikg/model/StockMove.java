package dev.aikg.model;

import java.time.LocalDate;

/**
 * A reported change of a share price or index level.
 *
 * @param subjectId   entity id of the company or index
 * @param changePct   signed percent (-12.0 for "büssen mehr als 12% ein")
 * @param approximate true for "more than", "fast", "rund": the number is a bound or rounded
 * @param date        the trading day it refers to, resolved against the article date, or null
 * @param session     "pre-market", "futures", "intraday", "close", or null when not stated
 * @param valueChange the market-value change in money when stated ("600 Milliarden Dollar"), else null
 * @param evidence    where it was read
 */
public record StockMove(String subjectId, double changePct, boolean approximate, LocalDate date, String session,
                        Quantity valueChange, Evidence evidence) {
}
