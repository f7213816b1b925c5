package io.relais.people;

import io.relais.people.internal.Person;
import io.relais.people.internal.PersonForms;
import io.relais.people.internal.PersonRepository;
import io.relais.people.internal.Team;
import io.relais.people.internal.TeamRepository;
import io.relais.people.internal.ValidPerson;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import java.time.Instant;

/**
 * The rules every change to the directory obeys: valid fields, unique e-mail, an existing team,
 * an active manager, and no management cycle. Nothing is written unless all hold.
 */
final class PersonWriter {

    private final PersonRepository people;
    private final TeamRepository teams;

    PersonWriter(PersonRepository people, TeamRepository teams) {
        this.people = people;
        this.teams = teams;
    }

    Person create(PersonForm form, Instant now) {
        ValidPerson values = PersonForms.validate(form);
        requireUniqueEmail(values.email(), null);
        Team team = team(values.teamId());
        Person manager = manager(values.managerId());
        Person person = new Person(now);
        person.update(values, team, manager, now);
        return people.save(person);
    }

    void update(Person person, PersonForm form, Instant now) {
        ValidPerson values = PersonForms.validate(form);
        requireUniqueEmail(values.email(), person.getId());
        Team team = team(values.teamId());
        Person manager = manager(values.managerId());
        if (manager != null && manager.isSelfOrAboveInChain(person)) {
            throw new UserFacingException("managerId", "people.error.manager-cycle");
        }
        person.update(values, team, manager, now);
    }

    Team createTeam(String name, String description) {
        String validName = TextInput.required("name", name, 100);
        String validDescription = TextInput.optional("description", description, 500);
        if (teams.findByName(validName).isPresent()) {
            throw new UserFacingException("name", "people.error.team-name-taken");
        }
        return teams.save(new Team(validName, validDescription));
    }

    private void requireUniqueEmail(String email, Long ownId) {
        people.findByEmail(email)
                .filter(existing -> !existing.getId().equals(ownId))
                .ifPresent(existing -> {
                    throw new UserFacingException("email", "people.error.email-taken");
                });
    }

    private Team team(Long teamId) {
        if (teamId == null) {
            return null;
        }
        return teams.findById(teamId)
                .orElseThrow(() -> new UserFacingException("teamId", "people.error.team-unknown"));
    }

    private Person manager(Long managerId) {
        if (managerId == null) {
            return null;
        }
        Person manager = people.findById(managerId)
                .orElseThrow(() -> new UserFacingException("managerId", "people.error.manager-unknown"));
        if (!manager.isActive()) {
            throw new UserFacingException("managerId", "people.error.manager-inactive");
        }
        return manager;
    }
}
