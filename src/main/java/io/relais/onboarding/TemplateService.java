package io.relais.onboarding;

import io.relais.onboarding.internal.Template;
import io.relais.onboarding.internal.TemplateForms;
import io.relais.onboarding.internal.TemplateItem;
import io.relais.onboarding.internal.TemplateRepository;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.CurrentUser;
import io.relais.platform.NotFoundException;
import io.relais.platform.RelaisPrincipal;
import io.relais.platform.UserFacingException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist templates, kept by HR. Saving a template makes a new version: checklists already
 * started keep the version (and the items) they were started from.
 */
@Service
@Transactional
public class TemplateService {

    private final TemplateRepository templates;
    private final TemplateForms forms;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final Clock clock;

    TemplateService(TemplateRepository templates, TemplateForms forms, PersonService people, CurrentUser currentUser,
            Clock clock) {
        this.templates = templates;
        this.forms = forms;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The latest version of every template, by name; {@code purpose} {@code null} for both kinds. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<TemplateSummary> latest(Purpose purpose) {
        List<Template> found = purpose == null ? templates.findByLatestTrueOrderByNameAsc()
                : templates.findByLatestTrueAndPurposeOrderByNameAsc(purpose);
        Map<Long, String> teams = teamNames();
        return found.stream().map(t -> summary(t, teams)).toList();
    }

    /** Every version of one template, newest first. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<TemplateSummary> versions(String lineage) {
        Map<Long, String> teams = teamNames();
        return templates.findByLineageOrderByVersionNumberDesc(lineage).stream().map(t -> summary(t, teams)).toList();
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public TemplateDetails get(long id) {
        Template template = templates.findById(id).orElseThrow(NotFoundException::new);
        return new TemplateDetails(summary(template, teamNames()),
                template.getItems().stream().map(TemplateItem::toForm).toList());
    }

    /** A new template (version 1); answers its id. */
    @PreAuthorize("hasRole('HR')")
    public long create(TemplateForm form) {
        TemplateForm clean = forms.clean(form);
        Template template = Template.first(clean.purpose(), clean.name(), clean.teamId(), clean.roleName(),
                clock.instant(), author());
        clean.items().forEach(item -> template.addItem(new TemplateItem(item)));
        return templates.saveAndFlush(template).getId();
    }

    /**
     * Saves an edit of version {@code id} as the next version and answers its id. Editing a
     * version that is no longer the latest (somebody saved in between) is refused; the purpose of
     * a template never changes.
     */
    @PreAuthorize("hasRole('HR')")
    public long update(long id, TemplateForm form) {
        Template current = templates.findById(id).orElseThrow(NotFoundException::new);
        if (!current.isLatest()) {
            throw new UserFacingException(null, "onboarding.error.template-outdated");
        }
        TemplateForm clean = forms.clean(new TemplateForm(form.name(), current.getPurpose(), form.teamId(),
                form.roleName(), form.items()));
        Template next = current.nextVersion(clean.name(), clean.teamId(), clean.roleName(), clock.instant(), author());
        clean.items().forEach(item -> next.addItem(new TemplateItem(item)));
        templates.saveAndFlush(current);
        return templates.saveAndFlush(next).getId();
    }

    private Long author() {
        return currentUser.get().map(RelaisPrincipal::personId).orElse(null);
    }

    private Map<Long, String> teamNames() {
        return people.teams().stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
    }

    private static TemplateSummary summary(Template t, Map<Long, String> teams) {
        return new TemplateSummary(t.getId(), t.getLineage(), t.getVersionNumber(), t.isLatest(), t.getPurpose(),
                t.getName(), t.getTeamId(), t.getTeamId() == null ? null : teams.get(t.getTeamId()), t.getRoleName(),
                t.getItems().size(), t.getCreatedAt());
    }
}
