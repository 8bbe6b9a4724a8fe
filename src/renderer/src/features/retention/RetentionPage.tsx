// Retention cases: partners at risk, their actions and outcomes.
export function RetentionPage() {
  return <p>Retention</p>;
}
