// The visit notes on a partner's page. (Being built.)
import type { Partner } from '../../../../shared/partners';

export function PartnerVisitNotes(_props: { partner: Partner }) {
  return null;
}
