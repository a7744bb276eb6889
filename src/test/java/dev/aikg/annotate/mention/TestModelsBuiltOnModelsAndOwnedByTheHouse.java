package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Models the hundred-and-twenty-seventh blind round (bathrooms and plumbing; paints and adhesives; DIY retail) showed: a
 * house's own model after an article ("Das hauseigene Modell „Regalwerk Forecast“"), and tools, products and assistants in
 * an apposition or after "called" that the sentence says are built on a model ("Kumo's tool, called Kumo Layout, is built
 * on …", "a similar assistant, Threadline Quote, which is built on …", "Its product, Loqui Agent, runs mainly on …"). A
 * tool or product said to be built on nothing stays unnamed. Our own sentences.
 */
class TestModelsBuiltOnModelsAndOwnedByTheHouse {
    private static final String DE = "Die Branche wächst seit Jahren kräftig. ";
    private static final String EN = "The industry has grown for years. ";

    @Test
    void theHousesOwnModelAfterAnArticle() {
        List<String> own = Extract.entities(DE + "Das hauseigene Modell \"Fliesenblick Forecast\" basiert auf Metas offenem Sprachmodell Llama 3.", "de");
        assertTrue(own.contains("AIModel:Fliesenblick Forecast"), own.toString());
        List<String> plain = Extract.entities(DE + "Das neue Modell \"Fliesenblick Classic\" kommt im Frühjahr in die Baumärkte.", "de");
        assertFalse(plain.contains("AIModel:Fliesenblick Classic"), plain.toString());
    }

    @Test
    void toolsProductsAndAssistantsBuiltOnAModel() {
        List<String> tool = Extract.entities(EN + "Brindle's tool, called Brindle Layout, is built on Google's Gemini 1.5 Pro.", "en");
        assertTrue(tool.contains("AIModel:Brindle Layout"), tool.toString());
        List<String> assistant = Extract.entities(EN + "Ferrow AI sells a similar assistant, Ferrow Quote, which is built on Anthropic's Claude 3.5 Sonnet.", "en");
        assertTrue(assistant.contains("AIModel:Ferrow Quote"), assistant.toString());
        List<String> product = Extract.entities(EN + "Its customer-service product, Talvik Agent, runs mainly on Anthropic's Claude 3 Haiku.", "en");
        assertTrue(product.contains("AIModel:Talvik Agent"), product.toString());
        List<String> none = Extract.entities(EN + "Brindle's tool, called Brindle Layout, sells well in Ohio.", "en");
        assertFalse(none.contains("AIModel:Brindle Layout"), none.toString());
        List<String> noProduct = Extract.entities(EN + "Its main product, Talvik Boiler, runs on gas.", "en");
        assertFalse(noProduct.contains("AIModel:Talvik Boiler"), noProduct.toString());
    }
}
