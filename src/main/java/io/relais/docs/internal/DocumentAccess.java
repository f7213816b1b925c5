package io.relais.docs.internal;

import io.relais.docs.Visibility;

/**
 * The permission rules for one document, the same as the list queries of {@link
 * DocumentRepository}. Reading: PUBLIC and COMPANY for everybody signed in, SPACE for members of
 * the space, PEOPLE for named readers; the owner and administrators always. Writing: the owner,
 * administrators, and members of the space for SPACE and COMPANY documents. Managing (visibility,
 * deletion): the owner and administrators only.
 */
public final class DocumentAccess {

    private DocumentAccess() {
    }

    public static boolean canRead(Document document, Viewer viewer) {
        if (document.isDeleted()) {
            return false;
        }
        if (viewer.admin() || document.getOwnerId() == viewer.personId()) {
            return true;
        }
        return switch (document.getVisibility()) {
            case PUBLIC, COMPANY -> true;
            case SPACE -> viewer.memberOf(document.getSpace());
            case PEOPLE -> document.getReaderIds().contains(viewer.personId());
        };
    }

    public static boolean canEdit(Document document, Viewer viewer) {
        if (!canRead(document, viewer)) {
            return false;
        }
        if (canManage(document, viewer)) {
            return true;
        }
        Visibility visibility = document.getVisibility();
        return (visibility == Visibility.SPACE || visibility == Visibility.COMPANY)
                && viewer.memberOf(document.getSpace());
    }

    public static boolean canManage(Document document, Viewer viewer) {
        return !document.isDeleted() && (viewer.admin() || document.getOwnerId() == viewer.personId());
    }
}
