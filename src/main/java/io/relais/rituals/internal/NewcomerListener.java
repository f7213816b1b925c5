package io.relais.rituals.internal;

import io.relais.people.PersonCreated;
import io.relais.people.PersonDetails;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.rituals.NewcomerOneOnOnes;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person joins with a start date and a manager: their 1:1s with the manager are planned (after
 * the person is committed, off the writer's thread; a crash in between replays it at start-up).
 */
@Component
class NewcomerListener {

    private final NewcomerOneOnOnes oneOnOnes;
    private final PersonService people;

    NewcomerListener(NewcomerOneOnOnes oneOnOnes, PersonService people) {
        this.oneOnOnes = oneOnOnes;
        this.people = people;
    }

    @ApplicationModuleListener
    void on(PersonCreated created) {
        if (created.startDate() == null) {
            return;
        }
        SystemTask.runAs(List.of(Roles.HR, Roles.ADMIN), () -> {
            PersonDetails newcomer = people.get(created.personId());
            if (newcomer.active() && newcomer.manager() != null) {
                oneOnOnes.schedule(newcomer.id(), newcomer.manager().id(), created.startDate());
            }
            return null;
        });
    }
}
