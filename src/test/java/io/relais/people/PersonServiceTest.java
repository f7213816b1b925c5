package io.relais.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.platform.UserFacingException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The people directory as HR and everybody else use it, against the real database. */
@RelaisSpringTest
@WithUserDetails("sophie.laurent@canopee.fr")
class PersonServiceTest {

    private static final PersonFilter EVERYBODY = new PersonFilter(null, null, true);

    @Autowired
    PersonService service;

    // ---- HR changes the directory ------------------------------------------------------------

    @Test
    void hrCreatesAPersonWithTeamAndManager() {
        TeamSummary team = service.teams().getFirst();
        long manager = service.create(TestUsers.form("Marie", "Manager"));
        PersonForm form = new PersonForm("  Arthur ", " Nouveau ", "arthur." + TestUsers.unique() + "@example.test",
                "Développeur", team.id(), manager, LocalDate.now().plusDays(3), "Lyon", "Europe/Lisbon");

        long id = service.create(form);

        PersonDetails created = service.get(id);
        assertThat(created.firstName()).isEqualTo("Arthur");
        assertThat(created.lastName()).isEqualTo("Nouveau");
        assertThat(created.fullName()).isEqualTo("Arthur Nouveau");
        assertThat(created.email()).isEqualTo(form.email());
        assertThat(created.jobTitle()).isEqualTo("Développeur");
        assertThat(created.teamId()).isEqualTo(team.id());
        assertThat(created.teamName()).isEqualTo(team.name());
        assertThat(created.manager().id()).isEqualTo(manager);
        assertThat(created.startDate()).isEqualTo(form.startDate());
        assertThat(created.timeZone().getId()).isEqualTo("Europe/Lisbon");
        assertThat(created.active()).isTrue();
        assertThat(service.get(manager).reports()).extracting(PersonRef::id).containsExactly(id);
        assertThat(service.findByEmail(form.email())).map(PersonRef::id).contains(id);
    }

    @Test
    void hrEditsAPersonFromTheVersionTheyRead() {
        long id = service.create(TestUsers.form("Édith", "Avant"));
        PersonDetails before = service.get(id);

        PersonForm edit = new PersonForm("Édith", "Après", before.email(), "Cheffe de projet", null, null,
                before.startDate(), "Nantes", "Europe/Paris");
        service.update(id, before.version(), edit);

        PersonDetails after = service.get(id);
        assertThat(after.lastName()).isEqualTo("Après");
        assertThat(after.jobTitle()).isEqualTo("Cheffe de projet");
        assertThat(after.location()).isEqualTo("Nantes");
        assertThat(after.version()).isGreaterThan(before.version());
    }

    @Test
    void aConcurrentEditWithAStaleVersionIsRefusedAndTheOtherEditIsKept() {
        long id = service.create(TestUsers.form("Paul", "Concurrent"));
        PersonDetails readByBoth = service.get(id);
        PersonForm first = readByBoth.toForm();
        service.update(id, readByBoth.version(), new PersonForm(first.firstName(), "Premier", first.email(),
                first.jobTitle(), first.teamId(), first.managerId(), first.startDate(), first.location(),
                first.timeZone()));
        PersonDetails saved = service.get(id);

        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> service.update(id, readByBoth.version(), new PersonForm(first.firstName(), "Second",
                        first.email(), first.jobTitle(), first.teamId(), first.managerId(), first.startDate(),
                        first.location(), first.timeZone())));

        assertThat(refused.messageKey()).isEqualTo("error.concurrent-edit");
        assertThat(refused.field()).isNull();
        assertThat(service.get(id)).isEqualTo(saved);
        assertThat(saved.lastName()).isEqualTo("Premier");
    }

    @Test
    void hrDeactivatesAPersonWhoThenLeavesTheDefaultListButStaysFindable() {
        String tag = "Partant" + TestUsers.unique();
        long id = service.create(TestUsers.form("Jean", tag));

        service.deactivate(id);
        service.deactivate(id); // twice is harmless

        assertThat(service.get(id).active()).isFalse();
        assertThat(service.count(new PersonFilter(tag, null, false))).isZero();
        assertThat(service.page(new PersonFilter(tag, null, true), 0, 10))
                .singleElement().satisfies(person -> {
                    assertThat(person.id()).isEqualTo(id);
                    assertThat(person.active()).isFalse();
                });
        assertThat(service.activePeople()).extracting(PersonSummary::id).doesNotContain(id);
    }

    @Test
    void aDeactivatedPersonCannotBecomeSomebodysManager() {
        long left = service.create(TestUsers.form("Ancien", "Manager"));
        service.deactivate(left);
        PersonForm form = TestUsers.form("Nouvelle", "Recrue");
        PersonForm managedByLeaver = new PersonForm(form.firstName(), form.lastName(), form.email(), null, null,
                left, form.startDate(), null, null);

        assertRefused(() -> service.create(managedByLeaver), "managerId", "people.error.manager-inactive");
        assertThat(service.findByEmail(form.email())).isEmpty();
    }

    @Nested
    @WithUserDetails("lucas.bernard@canopee.fr")
    class AsAnEmployee {

        @Test
        void createIsDenied() {
            PersonForm form = TestUsers.form("Pas", "Autorisé");
            long before = service.count(EVERYBODY);

            assertThatThrownBy(() -> service.create(form)).isInstanceOf(AccessDeniedException.class);

            assertThat(service.count(EVERYBODY)).isEqualTo(before);
            assertThat(service.findByEmail(form.email())).isEmpty();
        }

        @Test
        void updateAndDeactivateAreDeniedAndChangeNothing() {
            PersonDetails colleague = service.get(service.findByEmail("ines.haddad@canopee.fr").orElseThrow().id());
            PersonForm form = colleague.toForm();
            PersonForm renamed = new PersonForm("Hacked", form.lastName(), form.email(), form.jobTitle(),
                    form.teamId(), form.managerId(), form.startDate(), form.location(), form.timeZone());

            assertThatThrownBy(() -> service.update(colleague.id(), colleague.version(), renamed))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.deactivate(colleague.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.createTeam("Équipe pirate", null))
                    .isInstanceOf(AccessDeniedException.class);

            assertThat(service.get(colleague.id())).isEqualTo(colleague);
        }

        @Test
        void readsWork() {
            PersonRef lucas = service.findByEmail("lucas.bernard@canopee.fr").orElseThrow();
            PersonDetails details = service.get(lucas.id());

            assertThat(details.fullName()).isEqualTo("Lucas Bernard");
            assertThat(details.teamName()).isEqualTo("Tech & Data");
            assertThat(details.manager()).isNotNull();
            assertThat(service.page(new PersonFilter("Bernard", null, false), 0, 10))
                    .extracting(PersonSummary::id).contains(lucas.id());
            assertThat(service.count(PersonFilter.everybodyActive())).isGreaterThanOrEqualTo(49);
            assertThat(service.teams()).extracting(TeamSummary::name).contains("Tech & Data", "Création & Design");
            assertThat(service.activePeople()).isNotEmpty();
            assertThat(service.activePeoplePerTeam()).containsKey("Tech & Data");
            assertThat(service.headcountHistory()).isNotEmpty();
        }
    }

    @Test
    @WithAnonymousUser
    void nobodyReadsTheDirectoryWithoutSigningIn() {
        assertThatThrownBy(() -> service.count(EVERYBODY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.page(EVERYBODY, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(1)).isInstanceOf(AccessDeniedException.class);
    }

    // ---- Lazy paging and filters -------------------------------------------------------------

    @Test
    void lazyPagesFilteredByTextTeamAndActivityReturnTheRightPeopleAndCounts() {
        String tag = "Pagination" + TestUsers.unique();
        long team = service.createTeam("Équipe " + tag, "Pour le test de pagination");
        List<Long> ids = new ArrayList<>();
        for (String first : List.of("Alice", "Bruno", "Chloé", "David", "Emma")) {
            PersonForm form = TestUsers.form(first, tag);
            boolean inTeam = first.equals("Bruno") || first.equals("David");
            ids.add(service.create(new PersonForm(form.firstName(), form.lastName(), form.email(), null,
                    inTeam ? team : null, null, form.startDate(), null, null)));
        }
        service.deactivate(ids.get(3)); // David

        PersonFilter active = new PersonFilter(tag, null, false);
        assertThat(service.count(active)).isEqualTo(4);
        List<PersonSummary> pages = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            pages.addAll(service.page(active, offset, 2));
        }
        assertThat(pages).extracting(PersonSummary::firstName).containsExactly("Alice", "Bruno", "Chloé", "Emma");

        assertThat(service.count(new PersonFilter(tag, null, true))).isEqualTo(5);
        assertThat(service.page(new PersonFilter(tag.toUpperCase(), null, true), 0, 50))
                .extracting(PersonSummary::id).containsExactlyElementsOf(ids);

        assertThat(service.page(new PersonFilter(null, team, false), 0, 50))
                .extracting(PersonSummary::firstName).containsExactly("Bruno");
        assertThat(service.page(new PersonFilter(null, team, true), 0, 50))
                .extracting(PersonSummary::firstName).containsExactly("Bruno", "David");
        assertThat(service.count(new PersonFilter(null, team, true))).isEqualTo(2);
        assertThat(service.teams()).filteredOn(t -> t.id() == team).singleElement()
                .extracting(TeamSummary::memberCount).isEqualTo(1L);

        // "First Last", "Last First" and the e-mail address all match
        assertThat(service.count(new PersonFilter("Chloé " + tag, null, false))).isEqualTo(1);
        assertThat(service.count(new PersonFilter(tag + " Emma", null, false))).isEqualTo(1);
        String aliceEmail = service.get(ids.getFirst()).email();
        assertThat(service.page(new PersonFilter(aliceEmail, null, false), 0, 10))
                .extracting(PersonSummary::id).containsExactly(ids.getFirst());
    }

    @Test
    void aPageNeverReturnsMoreThanAskedAndAnOffsetPastTheEndIsEmpty() {
        assertThat(service.page(EVERYBODY, 0, 7)).hasSize(7);
        assertThat(service.page(EVERYBODY, 1_000_000, 10)).isEmpty();
        List<PersonSummary> firstTen = service.page(EVERYBODY, 0, 10);
        assertThat(service.page(EVERYBODY, 5, 5)).isEqualTo(firstTen.subList(5, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\"})
    void wildcardsTypedByPeopleAreLiteral(String wildcard) {
        String tag = "Joker" + TestUsers.unique();
        long withWildcard = service.create(TestUsers.form("Cent" + wildcard + "Pour", tag));
        long without = service.create(TestUsers.form("CentXPour", tag));

        List<PersonSummary> found = service.page(new PersonFilter(wildcard, null, true), 0, 500);
        assertThat(found).extracting(PersonSummary::id).contains(withWildcard).doesNotContain(without);
        assertThat(found).allSatisfy(person -> assertThat(person.fullName() + person.email()).contains(wildcard));
        assertThat(service.count(new PersonFilter(wildcard, null, true))).isEqualTo(found.size());

        assertThat(service.page(new PersonFilter("Cent" + wildcard + "Pour " + tag, null, true), 0, 10))
                .extracting(PersonSummary::id).containsExactly(withWildcard);
    }

    // ---- Bad input: refused with a translated reason, nothing half-saved ---------------------

    static Stream<Arguments> badNames() {
        return Stream.of(
                Arguments.of(null, "validation.required"),
                Arguments.of("", "validation.required"),
                Arguments.of("    ", "validation.required"),
                Arguments.of("\t \n", "validation.required"),
                Arguments.of("\u3000", "validation.required"), // ideographic space
                Arguments.of("\u00A0\u00A0", "validation.required"), // no-break spaces pasted from a document
                Arguments.of("a".repeat(10_000), "validation.too-long"),
                Arguments.of("é".repeat(101), "validation.too-long"),
                Arguments.of("Je\u0000an", "validation.control-characters"),
                Arguments.of("Je\nan", "validation.control-characters"),
                Arguments.of("Je\ran", "validation.control-characters"),
                Arguments.of("Je\tan", "validation.control-characters"),
                Arguments.of("\u0007Bell", "validation.control-characters"),
                Arguments.of("Je\u007Fan", "validation.control-characters"),
                Arguments.of("Je\u0085an", "validation.control-characters"), // next line (C1)
                Arguments.of("Je\u2028an", "validation.control-characters"), // line separator
                Arguments.of("Je\u2029an", "validation.control-characters")); // paragraph separator
    }

    @ParameterizedTest
    @MethodSource("badNames")
    void aBadFirstOrLastNameIsRefusedOnCreateAndNothingIsSaved(String name, String messageKey) {
        long before = service.count(EVERYBODY);
        PersonForm valid = TestUsers.form("Valide", "Valide");
        PersonForm badFirst = new PersonForm(name, "Valide", valid.email(), null, null, null, valid.startDate(),
                null, null);
        PersonForm badLast = new PersonForm("Valide", name, valid.email(), null, null, null, valid.startDate(),
                null, null);

        assertRefused(() -> service.create(badFirst), "firstName", messageKey);
        assertRefused(() -> service.create(badLast), "lastName", messageKey);

        assertThat(service.count(EVERYBODY)).isEqualTo(before);
        assertThat(service.findByEmail(valid.email())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("badNames")
    void aBadNameIsRefusedOnEditAndTheStoredPersonIsUnchanged(String name, String messageKey) {
        long id = service.create(TestUsers.form("Stable", "Personne"));
        PersonDetails stored = service.get(id);
        PersonForm form = stored.toForm();

        assertRefused(() -> service.update(id, stored.version(), new PersonForm(name, form.lastName(),
                form.email(), form.jobTitle(), form.teamId(), form.managerId(), form.startDate(), form.location(),
                form.timeZone())), "firstName", messageKey);

        assertThat(service.get(id)).isEqualTo(stored);
    }

    @Test
    void tooLongRefusalsSayTheLimit() {
        PersonForm valid = TestUsers.form("Valide", "Valide");
        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> service.create(new PersonForm("a".repeat(10_000), valid.lastName(), valid.email(), null,
                        null, null, valid.startDate(), null, null)));
        assertThat(refused.arguments()).containsExactly(100);

        assertRefused(() -> service.create(new PersonForm(valid.firstName(), valid.lastName(), valid.email(),
                "t".repeat(121), null, null, valid.startDate(), null, null)), "jobTitle", "validation.too-long");
        assertRefused(() -> service.create(new PersonForm(valid.firstName(), valid.lastName(), valid.email(),
                null, null, null, valid.startDate(), "l".repeat(121), null)), "location", "validation.too-long");
    }

    @Test
    void otherMissingOrUnknownValuesAreRefusedByField() {
        PersonForm valid = TestUsers.form("Valide", "Valide");
        long before = service.count(EVERYBODY);

        assertRefused(() -> service.create(new PersonForm(valid.firstName(), valid.lastName(), valid.email(), null,
                null, null, null, null, null)), "startDate", "validation.required");
        assertRefused(() -> service.create(new PersonForm(valid.firstName(), valid.lastName(), valid.email(), null,
                null, null, valid.startDate(), null, "Mars/Olympus_Mons")), "timeZone", "people.error.time-zone-invalid");
        assertRefused(() -> service.create(new PersonForm(valid.firstName(), valid.lastName(), valid.email(), null,
                Long.MAX_VALUE, null, valid.startDate(), null, null)), "teamId", "people.error.team-unknown");
        assertRefused(() -> service.create(new PersonForm(valid.firstName(), valid.lastName(), valid.email(), null,
                null, Long.MAX_VALUE, valid.startDate(), null, null)), "managerId", "people.error.manager-unknown");
        assertRefused(() -> service.create(new PersonForm(valid.firstName(), valid.lastName(), null, null,
                null, null, valid.startDate(), null, null)), "email", "validation.required");

        assertThat(service.count(EVERYBODY)).isEqualTo(before);
    }

    // ---- Names in any script ----------------------------------------------------------------

    static Stream<Arguments> unicodeNames() {
        return Stream.of(
                Arguments.of("Zoë", "Ålvarez-Nguyễn 李小龍 👩‍💻"),
                Arguments.of("نور", "الهدى عبد الله"),
                Arguments.of("Zoe\u0308", "Nguye\u0302\u0303n"), // decomposed: combining marks, kept as typed
                Arguments.of("Дмитрий", "Шостакович"),
                Arguments.of("अनुष्का", "शर्मा"),
                Arguments.of("O'Connor-D'Arcy", "de la Fontaine 👍🏽"),
                Arguments.of("🦊".repeat(100), "ß"));
    }

    @ParameterizedTest
    @MethodSource("unicodeNames")
    void namesInAnyScriptAreAcceptedAndRoundTripIntact(String firstName, String lastName) {
        PersonForm form = TestUsers.form(firstName, lastName);

        long id = service.create(form);

        PersonDetails stored = service.get(id);
        assertThat(stored.firstName()).isEqualTo(firstName);
        assertThat(stored.lastName()).isEqualTo(lastName);
        assertThat(stored.initials()).isEqualTo(
                Character.toString(Character.toUpperCase(firstName.codePointAt(0)))
                        + Character.toString(Character.toUpperCase(lastName.codePointAt(0))));
        assertThat(service.page(new PersonFilter(lastName, null, false), 0, 500))
                .filteredOn(person -> person.id() == id).singleElement()
                .satisfies(person -> assertThat(person.fullName()).isEqualTo(firstName + " " + lastName));
    }

    // ---- E-mail addresses --------------------------------------------------------------------

    static Stream<Arguments> oddButValidEmails() {
        return Stream.of(
                Arguments.of("o'brien+relais-%s@sub.example.fr", "o'brien+relais-%s@sub.example.fr"),
                Arguments.of("Jean.DUPONT.%s@EXAMPLE.FR", "Jean.DUPONT.%s@example.fr"),
                Arguments.of("jose.%s@exämple.fr", "jose.%s@exämple.fr"),
                Arguments.of("jose.%s@EXÄMPLE.FR", "jose.%s@exämple.fr"),
                Arguments.of("jose.%s@xn--exmple-cua.fr", "jose.%s@xn--exmple-cua.fr"),
                Arguments.of("josé.%s@example.fr", "josé.%s@example.fr"),
                Arguments.of("\"john doe %s\"@example.fr", "\"john doe %s\"@example.fr"),
                Arguments.of("\"very.(),:;<>[]@\\\"odd\\\\%s\"@example.fr", "\"very.(),:;<>[]@\\\"odd\\\\%s\"@example.fr"),
                Arguments.of("first.last.%s@mail.sub.example.co.uk", "first.last.%s@mail.sub.example.co.uk"),
                Arguments.of("under_score-%s@my-company.example", "under_score-%s@my-company.example"),
                Arguments.of("  padded.%s@example.fr \t", "padded.%s@example.fr"));
    }

    @ParameterizedTest
    @MethodSource("oddButValidEmails")
    void oddButValidEmailsAreAcceptedAndStoredWithALowerCaseDomain(String typed, String expected) {
        String unique = TestUsers.unique();
        PersonForm form = TestUsers.form("Adresse", "Bizarre");

        long id = service.create(new PersonForm(form.firstName(), form.lastName(), typed.formatted(unique), null,
                null, null, form.startDate(), null, null));

        assertThat(service.get(id).email()).isEqualTo(expected.formatted(unique));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "plainaddress", "@example.fr", "someone@", "someone@example", "two@@example.fr", "a..b@example.fr",
        ".a@example.fr", "a.@example.fr", "a b@example.fr", "a@exa mple.fr", "a@-example.fr", "a@example-.fr",
        "a@example..fr", "a@example.fr.", "a@exa_mple.fr", "a@[127.0.0.1]", "a@127.0.0.1", "\"unclosed@example.fr",
        "<a@example.fr>", "a@example.fr>", "a(comment)@example.fr", "a@example.123", "a@.example.fr",
        "a,b@example.fr", "a@exa\u200bmple.fr"})
    void invalidEmailsAreRefused(String email) {
        long before = service.count(EVERYBODY);
        PersonForm form = TestUsers.form("Adresse", "Invalide");

        assertRefused(() -> service.create(new PersonForm(form.firstName(), form.lastName(), email, null, null,
                null, form.startDate(), null, null)), "email", "people.error.email-invalid");

        assertThat(service.count(EVERYBODY)).isEqualTo(before);
    }

    @Test
    void overlongEmailPartsAreRefused() {
        PersonForm form = TestUsers.form("Adresse", "Longue");
        String longLocal = "l".repeat(65) + "@example.fr";
        String longLabel = "a@" + "d".repeat(64) + ".fr";

        assertRefused(() -> service.create(new PersonForm(form.firstName(), form.lastName(), longLocal, null, null,
                null, form.startDate(), null, null)), "email", "people.error.email-invalid");
        assertRefused(() -> service.create(new PersonForm(form.firstName(), form.lastName(), longLabel, null, null,
                null, form.startDate(), null, null)), "email", "people.error.email-invalid");
        assertRefused(() -> service.create(new PersonForm(form.firstName(), form.lastName(),
                "a@" + "sub.".repeat(70) + "fr", null, null, null, form.startDate(), null, null)),
                "email", "validation.too-long");
    }

    @Test
    void aDuplicateEmailIsRefusedWhateverItsCase() {
        String unique = TestUsers.unique();
        PersonForm first = TestUsers.form("Premier", "Doublon");
        long id = service.create(new PersonForm(first.firstName(), first.lastName(),
                "Doublon." + unique + "@Example.fr", null, null, null, first.startDate(), null, null));
        long before = service.count(EVERYBODY);

        for (String again : List.of("Doublon." + unique + "@Example.fr", "doublon." + unique + "@example.fr",
                "DOUBLON." + unique + "@EXAMPLE.FR", "  doublon." + unique + "@example.FR ")) {
            assertRefused(() -> service.create(new PersonForm("Second", "Doublon", again, null, null, null,
                    first.startDate(), null, null)), "email", "people.error.email-taken");
        }
        assertThat(service.count(EVERYBODY)).isEqualTo(before);

        // An edit may not take somebody else's address either, but keeping one's own is fine.
        long other = service.create(TestUsers.form("Autre", "Personne"));
        PersonDetails otherBefore = service.get(other);
        PersonForm otherForm = otherBefore.toForm();
        assertRefused(() -> service.update(other, otherBefore.version(), new PersonForm(otherForm.firstName(),
                otherForm.lastName(), "DOUBLON." + unique + "@example.fr", null, null, null,
                otherForm.startDate(), null, null)), "email", "people.error.email-taken");
        assertThat(service.get(other)).isEqualTo(otherBefore);

        PersonDetails own = service.get(id);
        service.update(id, own.version(), new PersonForm("Premier", "Renommé", "doublon." + unique + "@example.fr",
                null, null, null, own.startDate(), null, null));
        assertThat(service.get(id).lastName()).isEqualTo("Renommé");
    }

    @Test
    void addressesThatDifferOnlyByAnAccentBelongToDifferentPeople() {
        String unique = TestUsers.unique();
        PersonForm form = TestUsers.form("José", "Accent");
        long plain = service.create(new PersonForm("Jose", "Sans", "jose." + unique + "@example.fr", null, null,
                null, form.startDate(), null, null));
        long accented = service.create(new PersonForm("José", "Avec", "josé." + unique + "@exämple.fr", null, null,
                null, form.startDate(), null, null));

        assertThat(service.findByEmail("jose." + unique + "@example.fr")).map(PersonRef::id).contains(plain);
        assertThat(service.findByEmail("josé." + unique + "@exämple.fr")).map(PersonRef::id).contains(accented);
    }

    // ---- Management chain --------------------------------------------------------------------

    @Test
    void aPersonCannotManageThemselves() {
        long id = service.create(TestUsers.form("Auto", "Gestion"));

        assertManagerRefused(id, id);
    }

    @Test
    void aManagesBManagesAIsRefused() {
        long a = service.create(TestUsers.form("Anne", "Chef"));
        long b = createManagedBy(a, "Bertrand");

        assertManagerRefused(a, b);
    }

    @Test
    void aLongerCycleIsRefused() {
        long a = service.create(TestUsers.form("Anne", "Sommet"));
        long b = createManagedBy(a, "Bertrand");
        long c = createManagedBy(b, "Camille");
        long d = createManagedBy(c, "Dominique");

        assertManagerRefused(a, d);
        assertManagerRefused(b, d);
        assertManagerRefused(a, c);

        // Moving someone sideways is no cycle.
        PersonDetails dBefore = service.get(d);
        PersonForm form = dBefore.toForm();
        service.update(d, dBefore.version(), new PersonForm(form.firstName(), form.lastName(), form.email(), null,
                null, a, form.startDate(), null, null));
        assertThat(service.get(d).manager().id()).isEqualTo(a);
    }

    private long createManagedBy(long manager, String firstName) {
        PersonForm form = TestUsers.form(firstName, "Chaîne");
        return service.create(new PersonForm(form.firstName(), form.lastName(), form.email(), null, null, manager,
                form.startDate(), null, null));
    }

    private void assertManagerRefused(long person, long newManager) {
        PersonDetails before = service.get(person);
        PersonForm form = before.toForm();

        assertRefused(() -> service.update(person, before.version(), new PersonForm(form.firstName(),
                form.lastName(), form.email(), form.jobTitle(), form.teamId(), newManager, form.startDate(),
                form.location(), form.timeZone())), "managerId", "people.error.manager-cycle");

        assertThat(service.get(person)).isEqualTo(before);
    }

    // ---- Headcount ---------------------------------------------------------------------------

    @Test
    void headcountStartsWithTheFounderAloneAndNeverDropsInTheDemoHistory() {
        List<HeadcountPoint> history = service.headcountHistory();

        assertThat(history.getFirst().people()).isEqualTo(1);
        assertThat(history.getLast().month()).isEqualTo(YearMonth.now());
        assertThat(history).extracting(HeadcountPoint::month).isSorted().doesNotHaveDuplicates();
        // Months are consecutive, and up to last month only the demo's arrivals count (tests add
        // people and departures from this month on).
        IntStream.range(1, history.size()).forEach(i -> assertThat(history.get(i).month())
                .isEqualTo(history.get(i - 1).month().plusMonths(1)));
        List<HeadcountPoint> past = history.subList(0, history.size() - 1);
        IntStream.range(1, past.size()).forEach(i ->
                assertThat(past.get(i).people()).isGreaterThanOrEqualTo(past.get(i - 1).people()));
        assertThat(past.getLast().people()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aDeactivatedPersonLowersTheHeadcountOfTheMonthTheyLeftOnly() {
        PersonForm form = TestUsers.form("Départ", "Prochain");
        LocalDate twoMonthsAgo = LocalDate.now().minusMonths(2);
        long id = service.create(new PersonForm(form.firstName(), form.lastName(), form.email(), null, null, null,
                twoMonthsAgo, null, null));
        List<HeadcountPoint> before = service.headcountHistory();

        service.deactivate(id);

        List<HeadcountPoint> after = service.headcountHistory();
        assertThat(after).hasSameSizeAs(before);
        assertThat(after.getLast().people()).isEqualTo(before.getLast().people() - 1);
        assertThat(after.subList(0, after.size() - 1)).isEqualTo(before.subList(0, before.size() - 1));
    }

    private static void assertRefused(Runnable action, String field, String messageKey) {
        UserFacingException refused = catchThrowableOfType(UserFacingException.class, action::run);
        assertThat(refused).as("expected a refusal with %s on %s", messageKey, field).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(messageKey);
        assertThat(refused.field()).isEqualTo(field);
    }
}
