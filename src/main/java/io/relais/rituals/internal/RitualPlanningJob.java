package io.relais.rituals.internal;

import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.rituals.RitualPlanning;
import io.relais.rituals.WeekPlan;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Plans the coming week's rituals every week (Thursday morning by default, so people see their
 * Monday trio and can fill in Friday's agenda in advance), and once at start-up: a server that was
 * down at the planned time catches up. Planning is idempotent, so running again costs a few queries.
 */
@Component
class RitualPlanningJob {

    private static final Logger log = LoggerFactory.getLogger(RitualPlanningJob.class);

    private final RitualPlanning planning;

    RitualPlanningJob(RitualPlanning planning) {
        this.planning = planning;
    }

    @Scheduled(cron = "${relais.rituals.plan-cron:0 0 7 * * THU}")
    @EventListener(ApplicationReadyEvent.class)
    public void onSchedule() {
        WeekPlan plan = SystemTask.runAs(List.of(Roles.HR, Roles.ADMIN), planning::planNextWeek);
        if (plan.trios() > 0 || plan.allHandsPlanned()) {
            log.info("Rituals of the week of {} planned: {} trios for {} people, all-hands {}", plan.monday(), plan.trios(),
                    plan.peopleInTrios(), plan.allHandsPlanned() ? "planned" : "unchanged");
        }
    }
}
