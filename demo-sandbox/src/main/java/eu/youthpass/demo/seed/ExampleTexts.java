package eu.youthpass.demo.seed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the example learners wrote about their learning, in English and in Latvian: a few competences each, so that a
 * newcomer sees what a finished self-assessment and its certificate look like in both languages.
 */
final class ExampleTexts {

    private ExampleTexts() {
    }

    /** Young people in an exchange, a volunteering or a 2014–2020 project: the key competences. */
    static Map<String, String> keyCompetences(String language) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (language.equals("lv")) {
            answers.put("KC2_MULTILINGUAL", "Apmaiņas laikā katru dienu runāju angliski ar jauniešiem no piecām valstīm."
                    + " Sākumā biju kautrīga, bet trešajā dienā jau vadīju grupas diskusiju un stāstīju par mūsu vietējām"
                    + " tradīcijām. Iemācījos arī sveicienus un vienu dziesmu portugāļu valodā.");
            answers.put("KC4_DIGITAL", "Kopā ar komandu izveidojām īsu video par projektu: filmēju, montēju un izvēlējos"
                    + " mūziku ar brīvu licenci. Uzzināju, kā publicēt saturu droši un ievērojot citu cilvēku tiesības uz"
                    + " savu attēlu.");
            answers.put("KC5_PERSONAL_SOCIAL_LEARNING", "Iemācījos plānot savu dienu piesātinātā programmā, lūgt palīdzību,"
                    + " kad tā bija vajadzīga, un sniegt godīgu atgriezenisko saiti savai grupai. Īsas piezīmes katru"
                    + " vakaru man parādīja, cik daudz mācos, kad pārdomāju piedzīvoto.");
            answers.put("KC6_CITIZENSHIP", "Mūsu grupa intervēja vietējos iedzīvotājus par piekrastes nākotni un"
                    + " iepazīstināja ar rezultātiem pilsētas domi. Sapratu, kā lēmumi tiek pieņemti vietējā līmenī un ka"
                    + " jaunieši var tajos piedalīties.");
        } else {
            answers.put("KC2_MULTILINGUAL", "During the exchange I spoke English every day with young people from five"
                    + " countries. At first I was shy, but by the third day I led a group discussion and explained our local"
                    + " traditions. I also learned greetings and a song in Latvian and in Portuguese.");
            answers.put("KC5_PERSONAL_SOCIAL_LEARNING", "I learned to plan my own day in a busy programme, to ask for"
                    + " help when I needed it and to give honest feedback to my group. Writing a few lines every evening"
                    + " showed me how much I learn when I reflect on what happened.");
            answers.put("KC6_CITIZENSHIP", "Our group interviewed local people about the future of the coast and"
                    + " presented the results to the town council. I understood how decisions are made locally and that"
                    + " young people can take part in them.");
            answers.put("KC8_CULTURAL_AWARENESS", "I prepared the intercultural evening with my national team and tried"
                    + " dishes, dances and stories from the other countries. I noticed some of my own stereotypes and talked"
                    + " about them openly with the group.");
        }
        return answers;
    }

    /** Youth workers and team members: the ETS competence model. */
    static Map<String, String> ets(String language) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (language.equals("lv")) {
            answers.put("ETS1_FACILITATING_LEARNING", "Līdzvadīju ikdienas refleksijas grupas un pielāgoju metodes, kad"
                    + " grupa bija nogurusi vai valoda kļuva par šķērsli. Iemācījos pamanīt, kurš klusē, un aicināt viņu"
                    + " iesaistīties bez spiediena.");
            answers.put("ETS2_DESIGNING_PROGRAMMES", "Kopā ar partneriem izstrādāju piecu dienu mācību programmu,"
                    + " balstoties uz dalībnieku vajadzību izpēti. Sapratu, cik svarīgi ir skaidri mācīšanās mērķi un laiks"
                    + " pārdomām.");
            answers.put("ETS5_COMMUNICATING", "Vadīju sanāksmes starptautiskā komandā un rakstīju ziņas dalībniekiem pirms"
                    + " un pēc aktivitātes. Iemācījos runāt vienkārši un pārliecināties, ka visi mani saprot.");
            answers.put("ETS9_CIVIC_ENGAGEMENT", "Palīdzēju dalībniekiem sagatavot priekšlikumus pašvaldībai un"
                    + " pārrunājām, kā jaunatnes darbs stiprina demokrātisku līdzdalību.");
        } else {
            answers.put("ETS1_FACILITATING_LEARNING", "I co-facilitated daily reflection groups and adapted the methods"
                    + " when the group was tired or when language was a barrier. I learned to notice who stays silent and"
                    + " to invite them in without pressure.");
            answers.put("ETS4_COLLABORATING_IN_TEAMS", "Our international team met every evening to review the day. I"
                    + " learned to share tasks according to everyone’s strengths and to settle a disagreement about the"
                    + " programme openly.");
            answers.put("ETS6_INTERCULTURAL", "Working with participants from eight countries, I became more aware of how"
                    + " my own background shapes the way I lead activities, and I changed some exercises so that everyone"
                    + " could take part.");
            answers.put("ETS8_EVALUATIVE_PRACTICE", "I designed a short evaluation for each day and used the results to"
                    + " change the next day’s programme. At the end I wrote a report with recommendations for my youth"
                    + " centre.");
        }
        return answers;
    }
}
