package vn.vanban.report;

/** A task of a plan as a report must account for it: what, who leads, with its number in the plan. */
record PlanTask(String label, vn.vanban.content.RichText text, String lead) {
}
