package io.relais.search.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

/** The icon of each kind of entry, the same in results and suggestions. */
final class KindIcons {

    private KindIcons() {
    }

    static VaadinIcon of(String kind) {
        return switch (kind == null ? "" : kind) {
            case "PERSON" -> VaadinIcon.USER;
            case "CLIENT" -> VaadinIcon.BRIEFCASE;
            case "CONTACT" -> VaadinIcon.USER_CARD;
            case "PROJECT" -> VaadinIcon.FOLDER_OPEN_O;
            case "TASK" -> VaadinIcon.TASKS;
            default -> VaadinIcon.FILE_TEXT_O;
        };
    }
}
