package dev.aikg.annotate.mention;

import dev.aikg.annotate.Extract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names the hundred-and-eighth blind round (wind power; auction houses and the art market; bakeries, mills and sugar)
 * showed: trade bodies an adjective of origin opens, state universities, a month glued inside a school's name, an owner
 * named only in context, a context label that opens a longer house's name. Our own sentences.
 */
class TestTradeBodiesSchoolsAndOwners {
    @Test
    void tradeBodiesAreOrganisationsWithTheirAdjectiveOfOrigin() {
        List<String> en = Extract.entities("The British Bakers Consortium said its members saw software as a tool against waste.", "en");
        assertTrue(en.contains("Organization:British Bakers Consortium"), en.toString());
        assertFalse(en.contains("Person:Bakers Consortium"), en.toString());
        List<String> council = Extract.entities("According to the Global Tidal Energy Council, costs fell by a third.", "en");
        assertTrue(council.contains("Organization:Global Tidal Energy Council"), council.toString());
    }

    @Test
    void stateUniversitiesAndAMonthInsideASchoolsName() {
        List<String> state = Extract.entities("The start-up is a spin-off of Nebraska State University, where its founder studied.", "en");
        assertTrue(state.contains("Organization:Nebraska State University"), state.toString());
        List<String> month = Extract.entities("Das Start-up ist eine Ausgründung der Karl-August-Universität Jena.", "de");
        assertTrue(month.contains("Organization:Karl-August-Universität Jena"), month.toString());
    }

    @Test
    void anOwnerNamedOnlyInContext() {
        List<String> by = Extract.entities("The Munich lab owned by Vesper trains its models on rented chips.", "en");
        assertTrue(by.contains("Organization:Vesper Raumfahrt"), by.toString());
        List<String> glued = Extract.entities("The Vesper-owned lab trains its models on rented chips.", "en");
        assertTrue(glued.contains("Organization:Vesper Raumfahrt"), glued.toString());
        // Owning nothing, the word is no company.
        List<String> none = Extract.entities("Vesper prayers were held in the old chapel.", "en");
        assertFalse(none.contains("Organization:Vesper Raumfahrt"), none.toString());
    }

    @Test
    void aContextLabelOpeningALongerHousesName() {
        List<String> en = Extract.entities("The round drew Groq and Vesper Seed Partners as investors.", "en");
        assertTrue(en.contains("Organization:Vesper Seed Partners"), en.toString());
        assertFalse(en.contains("Organization:Vesper Raumfahrt"), en.toString());
    }

    @Test
    void regulatorsAndBodiesOfAPlaceWithoutShortForms() {
        List<String> en = Extract.entities("The Lottery Commission, the Leeds-based regulator, is watching. The Lottery rules are strict.", "en");
        assertTrue(en.contains("Organization:Lottery Commission"), en.toString());
        List<String> of = Extract.entities("State-run Copper Authority of Zambia is moving more cautiously.", "en");
        assertTrue(of.contains("Organization:Copper Authority of Zambia"), of.toString());
        List<String> authority = Extract.entities("The first customer is the Tulsa Transit Authority, which ordered ten buses.", "en");
        assertTrue(authority.contains("Organization:Tulsa Transit Authority"), authority.toString());
    }

    @Test
    void aNumberOpeningANameAndArmsOfAKnownCompany() {
        List<String> number = Extract.entities("Nvidia holds a stake in 60 Hectares Farms, a vertical-farming company from Dayton, Ohio.", "en");
        assertTrue(number.contains("Organization:60 Hectares Farms"), number.toString());
        // A count before a name is no part of it.
        List<String> count = Extract.entities("The plant sold 80 Acme Industries machines last year.", "en");
        assertFalse(count.contains("Organization:80 Acme Industries"), count.toString());
        List<String> arm = Extract.entities("Kevin Ortiz, a research director at Nvidia Insights, was sceptical.", "en");
        assertTrue(arm.contains("Organization:Nvidia Insights"), arm.toString());
        List<String> growth = Extract.entities("Priva and Hollandia Growth Management sell their own AI modules.", "en");
        assertTrue(growth.contains("Organization:Hollandia Growth Management"), growth.toString());
    }

    @Test
    void aDrivingAidNamesNoAssistantAndAMakerByItsProductIsNoName() {
        List<String> aid = Extract.entities("Der Gelenkbus hat einen Abbiegeassistent, dessen Abbiegeassistent Radfahrer im toten Winkel erkennt.", "de");
        assertFalse(aid.contains("AIModel:Radfahrer"), aid.toString());
        List<String> maker = Extract.entities("Der niederländische Elektrobusbauer Voltera kämpft mit Lieferverzögerungen.", "de");
        assertTrue(maker.contains("Organization:Voltera"), maker.toString());
        assertFalse(maker.contains("Organization:Elektrobusbauer Voltera"), maker.toString());
    }

    @Test
    void aModelNamedAfterItsOwnerAndAnInstitutesFieldAfterOf() {
        List<String> owner = Extract.entities("Die Firma wurde 2021 gegründet. Das Modell der Firma, genannt Kvarn-2, basiert auf Llama.", "de");
        assertTrue(owner.contains("AIModel:Kvarn-2"), owner.toString());
        List<String> named = Extract.entities("Das Start-up wächst. Das Modell von Nvidia, genannt Tessel Sense, erkennt Fälschungen.", "de");
        assertTrue(named.contains("AIModel:Tessel Sense"), named.toString());
        List<String> field = Extract.entities("Partners at the Taiyuan Institute of Advanced Technology then made it in the lab.", "en");
        assertTrue(field.contains("Organization:Taiyuan Institute of Advanced Technology"), field.toString());
    }

    @Test
    void aCompanyNounAloneIsNoDealTarget() {
        List<String> noun = Extract.entities("Der staatliche Ölkonzern Nvidia übernimmt die Gesellschaft für rund 14,7 Milliarden Euro.", "de");
        assertFalse(noun.contains("Organization:Gesellschaft"), noun.toString());
        List<String> named = Extract.entities("Der Konzern Nvidia übernimmt Velorand für rund 14,7 Milliarden Euro.", "de");
        assertTrue(named.contains("Organization:Velorand"), named.toString());
    }
}
