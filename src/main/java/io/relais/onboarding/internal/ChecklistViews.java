package io.relais.onboarding.internal;

import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentService;
import io.relais.onboarding.ChecklistItem;
import io.relais.onboarding.OnboardingDetails;
import io.relais.onboarding.Participant;
import io.relais.onboarding.ResponsibleParty;
import io.relais.onboarding.ReviewEntry;
import io.relais.platform.markdown.MarkdownLinks;
import io.relais.platform.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Turns checklists into what one reader sees: names, rendered descriptions, links they may open, their actions. */
@Component
public class ChecklistViews {

    private final PersonNames names;
    private final AuditRepository audit;
    private final DocumentService documents;
    private final MarkdownRenderer markdown;

    ChecklistViews(PersonNames names, AuditRepository audit, DocumentService documents, MarkdownRenderer markdown) {
        this.names = names;
        this.audit = audit;
        this.documents = documents;
        this.markdown = markdown;
    }

    public OnboardingDetails details(Onboarding onboarding, Caller caller) {
        List<AuditRow> trail = audit.findByOnboardingIdOrderByOccurredAtAscIdAsc(onboarding.getId());
        Set<Long> ids = new HashSet<>(List.of(onboarding.getPersonId()));
        ids.addAll(participantIds(onboarding).values().stream().toList());
        onboarding.getItems().forEach(item -> {
            ids.add(item.getResponsiblePersonId());
            ids.add(item.getCompletedBy());
        });
        trail.forEach(row -> ids.add(row.getActorId()));
        Map<Long, String> people = names.of(ids);
        List<Participant> participants = new ArrayList<>();
        participantIds(onboarding).forEach((role, id) -> participants.add(new Participant(role, id, people.get(id))));
        List<ChecklistItem> items = onboarding.getItems().stream().map(item -> item(item, caller, people)).toList();
        List<ReviewEntry> entries = trail.stream().map(row -> new ReviewEntry(row.getItemId(),
                row.getActorId() == null ? null : people.get(row.getActorId()), row.getAction(), row.getComment(),
                row.getOccurredAt())).toList();
        return new OnboardingDetails(onboarding.getId(), onboarding.getVersion(), onboarding.getPurpose(), onboarding.getPersonId(),
                people.get(onboarding.getPersonId()), onboarding.getTemplate().getName(),
                onboarding.getTemplate().getVersionNumber(), onboarding.getStartDate(), onboarding.getCompletedAt(),
                participants, items, entries, caller.hr());
    }

    public List<ChecklistItem> items(List<Item> items, Caller caller) {
        Set<Long> ids = new HashSet<>();
        items.forEach(item -> {
            ids.add(item.getResponsiblePersonId());
            ids.add(item.getCompletedBy());
            ids.add(item.getOnboarding().getPersonId());
        });
        Map<Long, String> people = names.of(ids);
        return items.stream().map(item -> item(item, caller, people)).toList();
    }

    /** Whom the checklist is for, by name (for to-do titles and notifications). */
    public String personName(Onboarding onboarding) {
        return names.of(List.of(onboarding.getPersonId())).get(onboarding.getPersonId());
    }

    private ChecklistItem item(Item item, Caller caller, Map<Long, String> people) {
        Optional<DocumentDetails> article = readable(item.getArticleId());
        Optional<DocumentDetails> exercise = readable(item.getDocumentId());
        String html = item.getDescription() == null ? ""
                : markdown.render(item.getDescription(), MarkdownLinks.NONE).html();
        return new ChecklistItem(item.getId(), item.getOnboarding().getId(), item.getSection(), item.getTitle(), html,
                item.getKind(), item.getResponsible(), item.getResponsiblePersonId(),
                item.getResponsiblePersonId() == null ? null : people.get(item.getResponsiblePersonId()),
                item.getDueDate(), item.getStatus(), article.map(DocumentDetails::path).orElse(null),
                article.map(DocumentDetails::title).orElse(null), exercise.map(DocumentDetails::path).orElse(null),
                item.getReviewRounds(), item.getCompletedAt(),
                item.getCompletedBy() == null ? null : people.get(item.getCompletedBy()), caller.canAct(item),
                caller.canReview(item));
    }

    /** A document the reader may open; one they may not is simply not linked. */
    private Optional<DocumentDetails> readable(Long documentId) {
        return documentId == null ? Optional.empty() : documents.find(documentId);
    }

    private static Map<ResponsibleParty, Long> participantIds(Onboarding o) {
        Map<ResponsibleParty, Long> ids = new java.util.EnumMap<>(ResponsibleParty.class);
        ids.put(ResponsibleParty.NEWCOMER, o.getPersonId());
        putIfSet(ids, ResponsibleParty.BUDDY, o.getBuddyId());
        putIfSet(ids, ResponsibleParty.MANAGER, o.getManagerId());
        putIfSet(ids, ResponsibleParty.HR, o.getHrId());
        putIfSet(ids, ResponsibleParty.IT, o.getItId());
        return ids;
    }

    private static void putIfSet(Map<ResponsibleParty, Long> ids, ResponsibleParty role, Long id) {
        if (id != null) {
            ids.put(role, id);
        }
    }
}
