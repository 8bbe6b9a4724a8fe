// The commitments on a partner's page, open and overdue first. (Being built.)
import type { Partner } from '../../../../shared/partners';

export function PartnerCommitments(_props: { partner: Partner }) {
  return null;
}
