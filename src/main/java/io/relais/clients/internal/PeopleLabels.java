package io.relais.clients.internal;

import io.relais.people.PersonRef;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Names of the people a page shows, in one query. */
@Component
public class PeopleLabels {

    private final PersonLabelRepository labels;

    PeopleLabels(PersonLabelRepository labels) {
        this.labels = labels;
    }

    public Map<Long, PersonRef> refs(Collection<Long> ids) {
        Map<Long, PersonRef> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            labels.findByIdIn(ids).forEach(label -> refs.put(label.getId(), label.ref()));
        }
        return refs;
    }

    public PersonRef ref(long id) {
        return labels.findById(id).map(PersonLabel::ref).orElseGet(() -> new PersonRef(id, "?", "?"));
    }
}
