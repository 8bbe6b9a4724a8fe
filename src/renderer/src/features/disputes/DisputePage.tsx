// One case: its facts, parties, SLA, the workflow buttons and the permanent timeline of steps.
export function DisputePage() {
  return <p>Case</p>;
}
