package vn.pcmt.plans;

import java.util.List;

/**
 * What other modules may ask about the tasks of plans: a plan's tasks (reports find the departments that lead or
 * join one) and the current user's tasks (the home page lists the overdue ones). Implemented by the register's task
 * service.
 */
public interface PlanTasks {

    /** The tasks of a plan, with what the current user may do with each. */
    List<TaskView> ofPlan(long planId);

    /**
     * The tasks that concern the current user: those of their agency (a department), or those of every plan of
     * their province (the standing office); overdue first.
     */
    List<TaskView> mine();
}
