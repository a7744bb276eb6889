package dev.aikg.lexicon;

import java.util.Map;

/**
 * Exchange codes as used in "EXCHANGE:SYMBOL" tickers, mapped to ISO 10383 MICs, so a ticker found
 * in text ("NYSE: ORCL") gets the same IRI as the lexicon's ({@code ticker/XNYS-ORCL}) and an
 * exchange written in an article ("LSE: ADM") can be told apart from another listing's ("NYSE:ADM").
 */
public final class ExchangeCodes {
    private static final Map<String, String> MIC = Map.ofEntries(
            Map.entry("NASDAQ", "XNAS"), Map.entry("NYSE", "XNYS"), Map.entry("ETR", "XETR"),
            Map.entry("XETRA", "XETR"), Map.entry("FRA", "XFRA"), Map.entry("AMS", "XAMS"),
            Map.entry("EPA", "XPAR"), Map.entry("SWX", "XSWX"), Map.entry("TYO", "XTKS"),
            Map.entry("HKG", "XHKG"), Map.entry("SHA", "XSHG"), Map.entry("SHE", "XSHE"),
            Map.entry("KRX", "XKRX"), Map.entry("TPE", "XTAI"), Map.entry("LON", "XLON"),
            Map.entry("BIT", "XMIL"), Map.entry("STO", "XSTO"), Map.entry("CPH", "XCSE"),
            Map.entry("TSX", "XTSE"), Map.entry("EBR", "XBRU"), Map.entry("ELI", "XLIS"), Map.entry("ISE", "XDUB"),
            Map.entry("OSL", "XOSL"), Map.entry("HEL", "XHEL"), Map.entry("BME", "XMAD"), Map.entry("VIE", "XWBO"),
            Map.entry("IST", "XIST"), Map.entry("NYSEAMERICAN", "XASE"), Map.entry("AMEX", "XASE"), Map.entry("CVE", "XTSX"),
            Map.entry("BVMF", "BVMF"), Map.entry("BMV", "XMEX"), Map.entry("ASX", "XASX"), Map.entry("NZE", "XNZE"),
            Map.entry("KOSDAQ", "XKOS"), Map.entry("TPEX", "ROCO"), Map.entry("NSE", "XNSE"), Map.entry("BOM", "XBOM"),
            Map.entry("BSE", "XBOM"), Map.entry("SGX", "XSES"), Map.entry("KLSE", "XKLS"), Map.entry("IDX", "XIDX"),
            Map.entry("BKK", "XBKK"), Map.entry("PSE", "XPHS"), Map.entry("TLV", "XTAE"), Map.entry("TADAWUL", "XSAU"),
            Map.entry("ADX", "XADS"), Map.entry("DFM", "XDFM"), Map.entry("JSE", "XJSE"), Map.entry("TWSE", "XTAI"),
            Map.entry("B3", "BVMF"), Map.entry("SIX", "XSWX"), Map.entry("LSE", "XLON"), Map.entry("HKEX", "XHKG"),
            Map.entry("WSE", "XWAR"), Map.entry("GPW", "XWAR"), Map.entry("BVB", "XBSE"),
            Map.entry("ATH", "XATH"), Map.entry("EGX", "XCAI"), Map.entry("CSEMA", "XCAS"), Map.entry("HOSE", "XSTC"));

    private ExchangeCodes() { }

    /** The ticker's id ("ticker/XNAS-NVDA") for "NASDAQ:NVDA"; unknown codes are kept as they are. */
    public static String tickerId(String ticker, String knownMic) {
        int colon = ticker.indexOf(':');
        String code = colon > 0 ? ticker.substring(0, colon) : "";
        String symbol = colon > 0 ? ticker.substring(colon + 1) : ticker;
        String mic = knownMic != null ? knownMic : MIC.getOrDefault(code.toUpperCase(java.util.Locale.ROOT), code);
        return "ticker/" + mic + "-" + symbol.replaceAll("[^A-Za-z0-9.]", "-");
    }

    /** The MIC of a ticker's exchange code ("LSE:ADM" → XLON), or null for a code this table lacks. */
    public static String mic(String ticker) {
        int colon = ticker.indexOf(':');
        String code = colon > 0 ? ticker.substring(0, colon).toUpperCase(java.util.Locale.ROOT) : "";
        return MIC.get(code);
    }
}
