package io.relais.onboarding.internal;

import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentService;
import io.relais.docs.Visibility;
import io.relais.onboarding.ItemKind;
import io.relais.onboarding.Purpose;
import io.relais.onboarding.ResponsibleParty;
import io.relais.onboarding.TemplateForm;
import io.relais.onboarding.TemplateItemForm;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks a template as HR typed it and answers it cleaned. Refusals name the field ({@code name},
 * or {@code items} with the item's number) so the editor shows them where they belong.
 */
@Component
public class TemplateForms {

    public static final int MIN_OFFSET = -7;
    public static final int MAX_OFFSET = 90;
    static final int MAX_ITEMS = 200;
    static final int MAX_DESCRIPTION = 20_000;

    private final DocumentService documents;

    TemplateForms(DocumentService documents) {
        this.documents = documents;
    }

    public TemplateForm clean(TemplateForm form) {
        String name = TextInput.required("name", form.name(), 150);
        if (form.purpose() == null) {
            throw new UserFacingException("purpose", "validation.required");
        }
        String role = TextInput.optional("roleName", form.roleName(), 120);
        if (form.items().isEmpty()) {
            throw new UserFacingException("items", "onboarding.error.no-items");
        }
        if (form.items().size() > MAX_ITEMS) {
            throw new UserFacingException("items", "onboarding.error.too-many-items", MAX_ITEMS);
        }
        List<TemplateItemForm> items = new ArrayList<>();
        for (int i = 0; i < form.items().size(); i++) {
            items.add(item(form.purpose(), form.items().get(i), i + 1));
        }
        long deactivations = items.stream().filter(item -> item.kind() == ItemKind.DEACTIVATE_ACCOUNT).count();
        if (deactivations > 1) {
            throw new UserFacingException("items", "onboarding.error.one-deactivation");
        }
        return new TemplateForm(name, form.purpose(), form.teamId(), role, items);
    }

    private TemplateItemForm item(Purpose purpose, TemplateItemForm item, int number) {
        String section = required(item.section(), 120, number, "onboarding.error.item-section");
        String title = required(item.title(), 200, number, "onboarding.error.item-title");
        String description = item.description() == null || item.description().isBlank() ? null : item.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new UserFacingException("items", "onboarding.error.description-too-long", number, MAX_DESCRIPTION);
        }
        if (item.responsible() == null || item.kind() == null) {
            throw new UserFacingException("items", "onboarding.error.item-incomplete", number);
        }
        if (item.dueOffsetDays() < MIN_OFFSET || item.dueOffsetDays() > MAX_OFFSET) {
            throw new UserFacingException("items", "onboarding.error.offset", number, MIN_OFFSET, MAX_OFFSET);
        }
        if (item.kind() == ItemKind.WRITE_AND_REVIEW && item.responsible() != ResponsibleParty.NEWCOMER) {
            throw new UserFacingException("items", "onboarding.error.writer-is-newcomer", number);
        }
        if (item.kind() == ItemKind.DEACTIVATE_ACCOUNT
                && (purpose != Purpose.OFFBOARDING || item.responsible() != ResponsibleParty.IT)) {
            throw new UserFacingException("items", "onboarding.error.deactivation-offboarding", number);
        }
        if (item.kind() == ItemKind.READ_AND_CONFIRM && item.articleId() == null) {
            throw new UserFacingException("items", "onboarding.error.article-required", number);
        }
        if (item.articleId() != null) {
            requireCompanyArticle(item.articleId(), number);
        }
        return new TemplateItemForm(section, title, description, item.responsible(), item.kind(), item.dueOffsetDays(),
                item.articleId());
    }

    /** Whoever the checklist is for must be able to open the article: it is readable by the whole company. */
    private void requireCompanyArticle(long articleId, int number) {
        DocumentDetails article = documents.find(articleId)
                .orElseThrow(() -> new UserFacingException("items", "onboarding.error.article-unknown", number));
        if (article.visibility() != Visibility.COMPANY && article.visibility() != Visibility.PUBLIC) {
            throw new UserFacingException("items", "onboarding.error.article-not-company", number, article.title());
        }
    }

    private static String required(String value, int max, int number, String errorKey) {
        try {
            return TextInput.required("items", value, max);
        } catch (UserFacingException refused) {
            throw new UserFacingException("items", errorKey, number, max);
        }
    }
}
