package io.relais.docs.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * Where documents live. A team space's members are the team's people; a company-wide space lists
 * its members, or is open to everybody.
 */
@Entity
@Table(name = "space")
public class Space {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String slug;
    private String description;
    private Long teamId;
    private boolean openToAll;

    @ElementCollection
    @CollectionTable(name = "space_member", joinColumns = @JoinColumn(name = "space_id"))
    @Column(name = "person_id")
    private Set<Long> memberIds = new HashSet<>();

    @Version
    private long version;

    protected Space() {
    }

    private Space(String name, String slug, String description, Long teamId, boolean openToAll) {
        this.name = name;
        this.slug = slug;
        this.description = description;
        this.teamId = teamId;
        this.openToAll = openToAll;
    }

    public static Space forTeam(long teamId, String name, String slug) {
        return new Space(name, slug, null, teamId, false);
    }

    public static Space companyWide(String name, String slug, String description, boolean openToAll,
            Set<Long> members) {
        Space space = new Space(name, slug, description, null, openToAll);
        space.memberIds.addAll(members);
        return space;
    }

    /** Whether a person belongs, given the team they are in (or {@code null}). */
    public boolean hasMember(long personId, Long personTeamId) {
        return openToAll || memberIds.contains(personId) || (teamId != null && teamId.equals(personTeamId));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getDescription() {
        return description;
    }

    public Long getTeamId() {
        return teamId;
    }

    public boolean isOpenToAll() {
        return openToAll;
    }
}
