package io.relais.demo;

import io.relais.people.PersonSummary;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who worked at the agency, in which team, from when: demo content is only written by people who had joined. */
final class DemoPeople {

    record Member(long id, String handle, String fullName, int team, LocalDate start) {

        String firstName() {
            return fullName.substring(0, fullName.indexOf(' '));
        }

        String mention() {
            return "@" + handle;
        }

        boolean presentOn(LocalDate date) {
            return !start.isAfter(date);
        }
    }

    private final List<Member> members;
    private final Map<String, Member> byHandle;

    DemoPeople(List<Member> members) {
        this.members = members.stream().sorted(Comparator.comparing(Member::start).thenComparing(Member::id)).toList();
        this.byHandle = members.stream().collect(Collectors.toMap(Member::handle, Function.identity()));
    }

    /** The demo organisation as the people directory holds it. */
    static DemoPeople of(List<PersonSummary> people) {
        return new DemoPeople(people.stream().map(p -> new Member(p.id(), p.email().substring(0, p.email().indexOf('@')),
                p.fullName(), teamIndex(p.teamName()), p.startDate())).toList());
    }

    static int teamIndex(String teamName) {
        for (int i = 0; i < DemoOrganisation.TEAMS.size(); i++) {
            if (DemoOrganisation.TEAMS.get(i).name().equals(teamName)) {
                return i;
            }
        }
        throw new IllegalStateException("Not a demo team: " + teamName);
    }

    static String teamName(int team) {
        return DemoOrganisation.TEAMS.get(team).name();
    }

    Member get(String handle) {
        Member member = byHandle.get(handle.toLowerCase(Locale.ROOT));
        if (member == null) {
            throw new IllegalStateException("No demo person " + handle);
        }
        return member;
    }

    LocalDate founded() {
        return members.getFirst().start();
    }

    List<Member> presentOn(LocalDate date) {
        return members.stream().filter(m -> m.presentOn(date)).toList();
    }

    /** The team's members on that date; a negative team means the whole agency. */
    List<Member> team(int team, LocalDate date) {
        return members.stream().filter(m -> m.presentOn(date) && (team < 0 || m.team() == team)).toList();
    }

    /** The team's lead: its first member (the founder for the whole agency). */
    Member lead(int team) {
        return members.stream().filter(m -> team < 0 || m.team() == team).findFirst().orElseThrow();
    }

    /** Somebody of the team on that date, else somebody of the agency. */
    Member pick(Random random, int team, LocalDate date) {
        List<Member> candidates = team(team, date);
        if (candidates.isEmpty()) {
            candidates = presentOn(date);
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** {@code count} different people present on that date, the given ones first. */
    List<Member> group(Random random, List<Member> first, int team, LocalDate date, int count) {
        java.util.LinkedHashSet<Member> group = new java.util.LinkedHashSet<>(first);
        List<Member> pool = team(team, date);
        for (int tries = 0; group.size() < Math.min(count, pool.size() + first.size()) && tries < 50; tries++) {
            group.add(pool.get(random.nextInt(pool.size())));
        }
        return List.copyOf(group);
    }
}
