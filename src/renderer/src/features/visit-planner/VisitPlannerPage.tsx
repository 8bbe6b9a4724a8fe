// The visit planner: one region, one week, due partners by city. (Being built.)
export function VisitPlannerPage() {
  return null;
}
