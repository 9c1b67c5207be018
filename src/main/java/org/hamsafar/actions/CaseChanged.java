package org.hamsafar.actions;

/**
 * A case changed ({@code before} and {@code after} differ in state, owner, team, priority, root
 * cause or resolution), by {@code actor}. Published inside the transaction of the change, like
 * {@link CaseOpened}.
 */
public record CaseChanged(CxCase before, CxCase after, String actor) {

    public boolean stateChanged() {
        return before.state() != after.state();
    }

    public boolean assigneeChanged() {
        return !java.util.Objects.equals(before.assignee(), after.assignee());
    }
}
