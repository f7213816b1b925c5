package io.relais.onboarding.internal;

import io.relais.onboarding.Purpose;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One version of a checklist template. Versions are never changed once saved: an edit is a new
 * version of the same lineage, and the previous one stops being the latest.
 */
@Entity
@Table(name = "onboarding_template")
public class Template {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String lineage;
    private int versionNumber;
    private boolean latest;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private String name;
    private Long teamId;
    private String roleName;
    private Instant createdAt;
    private Long createdBy;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TemplateItem> items = new ArrayList<>();

    protected Template() {
    }

    private Template(String lineage, int versionNumber, Purpose purpose, String name, Long teamId, String roleName,
            Instant createdAt, Long createdBy) {
        this.lineage = lineage;
        this.versionNumber = versionNumber;
        this.latest = true;
        this.purpose = purpose;
        this.name = name;
        this.teamId = teamId;
        this.roleName = roleName;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public static Template first(Purpose purpose, String name, Long teamId, String roleName, Instant now, Long by) {
        return new Template(UUID.randomUUID().toString(), 1, purpose, name, teamId, roleName, now, by);
    }

    /** The next version of this one, which stops being the latest. */
    public Template nextVersion(String newName, Long newTeamId, String newRoleName, Instant now, Long by) {
        if (!latest) {
            throw new IllegalStateException("Only the latest version of a template is edited");
        }
        latest = false;
        return new Template(lineage, versionNumber + 1, purpose, newName, newTeamId, newRoleName, now, by);
    }

    public void addItem(TemplateItem item) {
        item.attachTo(this, items.size());
        items.add(item);
    }

    public Long getId() {
        return id;
    }

    public String getLineage() {
        return lineage;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public boolean isLatest() {
        return latest;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getName() {
        return name;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getRoleName() {
        return roleName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<TemplateItem> getItems() {
        return List.copyOf(items);
    }
}
