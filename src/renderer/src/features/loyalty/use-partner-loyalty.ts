// The partner's loyalty as of the user's today, with what the screens need to word it: the tiers
// (for colours and the override choice), the factor settings and the workspace currency.
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';
import { localToday } from '../visit-notes/local-day';
import type { SentenceContext } from './loyalty-sentences';

export function usePartnerLoyalty(partnerId: string) {
  const today = localToday();
  return useCoreQuery('loyalty.partner', { partnerId, today });
}

export function useLoyaltySettings() {
  return useCoreQuery('loyaltySettings.get', {});
}

/** How figures are put into words here: the user's language and the workspace's currency. */
export function useSentenceContext(): SentenceContext {
  const { t, i18n } = useTranslation();
  const workspace = useCoreQuery('workspace.get', {});
  return { t, locale: i18n.language, currency: workspace.data?.currency ?? 'USD' };
}
