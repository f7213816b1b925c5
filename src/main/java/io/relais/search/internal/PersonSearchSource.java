package io.relais.search.internal;

import io.relais.people.PersonDetails;
import io.relais.people.PersonFilter;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.search.SearchEntry;
import io.relais.search.SearchSource;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Active people of the directory, whom every signed-in person may find (company transparency). */
@Component
class PersonSearchSource implements SearchSource {

    static final String TYPE = "person";
    static final String KIND = "PERSON";
    private static final int PAGE = 500;

    private final PersonService people;

    PersonSearchSource(PersonService people) {
        this.people = people;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public long count() {
        return people.count(PersonFilter.everybodyActive());
    }

    @Override
    public void forEach(Consumer<SearchEntry> sink) {
        for (int offset = 0; ; offset += PAGE) {
            List<PersonSummary> page = people.page(PersonFilter.everybodyActive(), offset, PAGE);
            page.forEach(person -> sink.accept(entry(person.id(), person.firstName(), person.lastName(), person.email(),
                    person.jobTitle(), person.teamName(), null, person.startDate())));
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    @Override
    public Optional<SearchEntry> load(String id) {
        try {
            PersonDetails person = people.get(Long.parseLong(id));
            return person.active() ? Optional.of(entry(person.id(), person.firstName(), person.lastName(), person.email(),
                    person.jobTitle(), person.teamName(), person.location(), person.startDate())) : Optional.empty();
        } catch (io.relais.platform.NotFoundException | NumberFormatException gone) {
            return Optional.empty();
        }
    }

    @Override
    public Set<String> audienceOfCurrentUser() {
        return Set.of(EVERYONE);
    }

    private static SearchEntry entry(long id, String firstName, String lastName, String email, String jobTitle,
            String team, String location, java.time.LocalDate startDate) {
        String fullName = firstName + " " + lastName;
        String body = Stream.of(jobTitle, team, location, email).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        Instant since = startDate == null ? Instant.EPOCH : startDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        String handle = email == null ? fullName : email.substring(0, Math.max(0, email.indexOf('@')));
        return new SearchEntry(TYPE, Long.toString(id), KIND, fullName, body, null, "/people/" + id, since, team,
                team, List.of(), null, List.of(handle), Set.of(EVERYONE));
    }
}
