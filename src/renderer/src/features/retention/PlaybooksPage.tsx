// Playbooks: the shipped five and the team's own, edited step by step.
export function PlaybooksPage() {
  return <p>Playbooks</p>;
}
