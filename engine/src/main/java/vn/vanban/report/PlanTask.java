package vn.vanban.report;

/**
 * A task of a plan as a report or a tracker must account for it: what, who leads, who helps, by when,
 * with its number in the plan. {@code support} and {@code time} are null when the plan does not say.
 */
record PlanTask(String label, vn.vanban.content.RichText text, String lead, String support, String time) {
}
