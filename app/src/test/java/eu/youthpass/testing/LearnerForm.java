package eu.youthpass.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The learner's form as a test drives it: one text area per competence, typed into as a person would. */
public final class LearnerForm {

    private LearnerForm() {
    }

    /** The answer field of a competence, e.g. {@code KC2_MULTILINGUAL}. */
    public static WebElement answer(Browser browser, String competence) {
        return browser.driver().findElement(By.cssSelector("textarea[data-competence=" + competence + "]"));
    }

    /** Types into the field; the form saves it by itself when the typing pauses. */
    public static void type(Browser browser, WebElement field, String text) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", field);
        field.clear();
        field.sendKeys(text);
    }

    public static void answer(Browser browser, String competence, String text) {
        type(browser, answer(browser, competence), text);
    }
}
