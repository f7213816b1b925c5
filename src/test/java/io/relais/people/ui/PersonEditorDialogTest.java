package io.relais.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.people.PersonFilter;
import io.relais.people.PersonService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The person editor refuses bad input the way people can act on: the translated reason on the
 * field at fault, the dialog still open with everything typed, and nothing saved.
 */
@RelaisSpringTest
class PersonEditorDialogTest extends SpringBrowserlessTest {

    private static final String HR = "sophie.laurent@canopee.fr";

    @Autowired
    PersonService people;

    @Test
    @WithUserDetails(HR)
    void emptyFirstNameIsRefusedOnTheField() {
        Editor editor = openNewPersonDialog();
        editor.fill("", TestData.uniqueName());

        editor.save();

        editor.assertRefusedOn(editor.firstName(), t("validation.required"));
        assertThat(editor.lastName().getValue()).as("input kept").isEqualTo(editor.lastNameTyped);
    }

    @Test
    @WithUserDetails(HR)
    void duplicateEmailIsRefusedOnTheField() {
        Editor editor = openNewPersonDialog();
        editor.fill("Claire", TestData.uniqueName());
        test(editor.email()).setValue("Claire.Fontaine@CANOPEE.fr");

        editor.save();

        editor.assertRefusedOn(editor.email(), t("people.error.email-taken"));
        assertThat(editor.email().getValue()).isEqualTo("Claire.Fontaine@CANOPEE.fr");
        assertThat(people.count(new PersonFilter("Claire.Fontaine@", null, true))).isEqualTo(1);
    }

    @Test
    @WithUserDetails(HR)
    void tenThousandCharacterNameIsRefusedOnTheField() {
        Editor editor = openNewPersonDialog();
        String huge = "A".repeat(10_000);
        editor.fill("Long", TestData.uniqueName());
        test(editor.firstName()).setValue(huge);

        editor.save();

        editor.assertRefusedOn(editor.firstName(), t("validation.too-long", 100));
        assertThat(editor.firstName().getValue()).isEqualTo(huge);
    }

    @Test
    @WithUserDetails(HR)
    void invalidEmailAndMissingStartDateAreRefusedOnTheirFields() {
        Editor editor = openNewPersonDialog();
        editor.fill("Bad", TestData.uniqueName());
        test(editor.email()).setValue("not an e-mail");
        editor.save();
        editor.assertRefusedOn(editor.email(), t("people.error.email-invalid"));

        test(editor.email()).setValue(editor.emailTyped);
        editor.startDate().clear();
        editor.save();
        editor.assertRefusedOn(editor.startDate(), t("validation.required"));
        assertThat(editor.email().isInvalid()).as("the fixed field is no longer marked").isFalse();
    }

    @Test
    @WithUserDetails(HR)
    void managementCycleIsRefusedOnTheManagerField() {
        String bossName = TestData.uniqueName();
        long boss = TestData.person(people, "Boss", bossName);
        String reportName = TestData.uniqueName();
        TestData.person(people, "Report", reportName, null, boss);

        navigate(PersonView.class, boss);
        test($(Button.class).id("person-edit")).click();
        Editor editor = new Editor($(Dialog.class).single(), null, null);
        assertThat(editor.dialog.getHeaderTitle()).isEqualTo(t("people.edit"));
        assertThat(editor.firstName().getValue()).as("the editor starts from the profile").isEqualTo("Boss");
        test(editor.manager()).selectItem("Report " + reportName);

        editor.save();

        editor.assertRefusedOn(editor.manager(), t("people.error.manager-cycle"));
        assertThat(people.get(boss).manager()).as("nothing saved").isNull();

        test(editor.manager()).selectItem("Boss " + bossName);
        editor.save();
        editor.assertRefusedOn(editor.manager(), t("people.error.manager-cycle"));
    }

    @Test
    @WithUserDetails(HR)
    void saveButtonIsDisabledWhileSavingAndSavesOnce() {
        Editor editor = openNewPersonDialog();
        Button save = editor.saveButton();
        assertThat(save.isDisableOnClick()).as("disabled by the browser at the first click").isTrue();

        editor.fill("", TestData.uniqueName());
        editor.save();
        assertThat(save.isEnabled()).as("usable again after a refusal").isTrue();

        test(editor.firstName()).setValue("Once");
        editor.save();
        assertThat(editor.dialog.isOpened()).isFalse();
        assertThat(test(save).isUsable()).as("no second submit from a closed dialog").isFalse();
        assertThat(people.count(new PersonFilter(editor.emailTyped, null, true))).isEqualTo(1);
    }

    private Editor openNewPersonDialog() {
        navigate(PeopleView.class);
        test($(Button.class).id("new-person")).click();
        Dialog dialog = $(Dialog.class).single();
        return new Editor(dialog, null, null);
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    /** The dialog's fields, found as a person finds them. */
    private final class Editor {

        final Dialog dialog;
        String lastNameTyped;
        String emailTyped;

        Editor(Dialog dialog, String lastNameTyped, String emailTyped) {
            this.dialog = dialog;
            this.lastNameTyped = lastNameTyped;
            this.emailTyped = emailTyped;
        }

        void fill(String firstName, String lastName) {
            lastNameTyped = lastName;
            emailTyped = TestData.emailOf("new", lastName);
            test(firstName()).setValue(firstName);
            test(lastName()).setValue(lastName);
            test(email()).setValue(emailTyped);
            test(startDate()).setValue(LocalDate.now());
        }

        void save() {
            test(saveButton()).click();
        }

        void assertRefusedOn(HasValidation field, String message) {
            assertThat(dialog.isOpened()).as("the dialog stays open").isTrue();
            assertThat(field.isInvalid()).as("the field at fault is marked").isTrue();
            assertThat(field.getErrorMessage()).isEqualTo(message).doesNotStartWith("!");
            for (HasValidation other : List.<HasValidation>of(firstName(), lastName(), email(), manager(), startDate())) {
                if (other != field) {
                    assertThat(other.isInvalid()).as("only the field at fault is marked").isFalse();
                }
            }
            if (lastNameTyped != null) {
                assertThat(people.count(new PersonFilter(lastNameTyped, null, true))).as("nothing saved").isZero();
            }
        }

        TextField firstName() {
            return $(TextField.class, dialog).id("person-first-name");
        }

        TextField lastName() {
            return $(TextField.class, dialog).id("person-last-name");
        }

        EmailField email() {
            return $(EmailField.class, dialog).id("person-email");
        }

        DatePicker startDate() {
            return $(DatePicker.class, dialog).id("person-start-date");
        }

        @SuppressWarnings("unchecked")
        ComboBox<Object> manager() {
            return $(ComboBox.class, dialog).withLabel(t("people.manager")).single();
        }

        Button saveButton() {
            return $(Button.class, dialog).id("person-save");
        }
    }
}
