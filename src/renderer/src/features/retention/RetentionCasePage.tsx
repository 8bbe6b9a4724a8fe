// One retention case: reason, actions with owners and due days, the outcome.
export function RetentionCasePage() {
  return <p>Retention case</p>;
}
