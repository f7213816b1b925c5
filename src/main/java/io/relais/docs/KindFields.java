package io.relais.docs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The kind-specific fields of a document; only those of the document's kind are kept, the
 * others are ignored.
 */
public record KindFields(
        // minutes
        LocalDate meetingDate, String agenda, Set<Long> attendeeIds, List<String> decisionsTaken,
        List<ActionItem> actionItems,
        // decision
        String decisionContext, String decision, DecisionStatus decisionStatus, LocalDate decidedOn,
        Long supersededBy,
        // problem
        String problem, String solution, ProblemStatus problemStatus, String clientProject,
        int helpedCount,
        // feedback
        FeedbackSource feedbackSource, Sentiment sentiment, FollowUp followUp) {

    public static final KindFields EMPTY = new KindFields(null, null, Set.of(), List.of(), List.of(),
            null, null, null, null, null, null, null, null, null, 0, null, null, null);

    public KindFields {
        attendeeIds = attendeeIds == null ? Set.of() : Set.copyOf(attendeeIds);
        decisionsTaken = decisionsTaken == null ? List.of() : List.copyOf(decisionsTaken);
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
    }

    /** An action decided in a meeting. */
    public record ActionItem(String text, Long assigneeId, LocalDate dueDate, boolean done) {
    }

    public enum DecisionStatus { PROPOSED, ACCEPTED, SUPERSEDED, REJECTED }

    public enum ProblemStatus { OPEN, SOLVED }

    public enum FeedbackSource { CLIENT, TEAM }

    public enum Sentiment { POSITIVE, NEUTRAL, NEGATIVE }

    public enum FollowUp { TO_DO, IN_PROGRESS, DONE, NONE_NEEDED }

    public KindFields withMeeting(LocalDate date, String agenda, Set<Long> attendees,
            List<String> decisions, List<ActionItem> actions) {
        return new KindFields(date, agenda, attendees, decisions, actions, decisionContext, decision,
                decisionStatus, decidedOn, supersededBy, problem, solution, problemStatus,
                clientProject, helpedCount, feedbackSource, sentiment, followUp);
    }

    public KindFields withDecision(String context, String text, DecisionStatus status, LocalDate on,
            Long supersededById) {
        return new KindFields(meetingDate, agenda, attendeeIds, decisionsTaken, actionItems, context,
                text, status, on, supersededById, problem, solution, problemStatus, clientProject,
                helpedCount, feedbackSource, sentiment, followUp);
    }

    public KindFields withProblem(String problemText, String solutionText, ProblemStatus status,
            String client) {
        return new KindFields(meetingDate, agenda, attendeeIds, decisionsTaken, actionItems,
                decisionContext, decision, decisionStatus, decidedOn, supersededBy, problemText,
                solutionText, status, client, helpedCount, feedbackSource, sentiment, followUp);
    }

    public KindFields withFeedback(FeedbackSource source, Sentiment feeling, FollowUp status) {
        return new KindFields(meetingDate, agenda, attendeeIds, decisionsTaken, actionItems,
                decisionContext, decision, decisionStatus, decidedOn, supersededBy, problem, solution,
                problemStatus, clientProject, helpedCount, source, feeling, status);
    }
}
