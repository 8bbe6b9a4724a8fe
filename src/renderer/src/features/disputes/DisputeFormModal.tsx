// Log a new case or edit a case's facts (kind, parties, severity, owner, root cause, compensation).
export interface DisputeFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Partners to start a new case with (e.g. from a partner's page). */
  partnerIds?: string[];
  /** The case to edit; absent logs a new one. */
  disputeId?: string;
  /** Called with the new case's id after it was logged. */
  onCreated?: (id: string) => void;
}

export function DisputeFormModal(_props: DisputeFormModalProps) {
  return null;
}
