package io.relais.activity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityRepository extends JpaRepository<ActivityEntry, Long> {

    long countByActionAndSubjectTypeAndSubjectId(String action, String subjectType, long subjectId);
}
