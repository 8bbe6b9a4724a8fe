// One partner's badges in a program, loaded on their own (a leaderboard row, the partner page).
import { Skeleton } from '@mantine/core';
import { useCoreQuery } from '../../api/core-queries';
import { BadgeList } from './BadgeList';

export function PartnerBadges({
  programId,
  partnerId,
  today,
}: {
  programId: string;
  partnerId: string;
  today: string;
}) {
  const badges = useCoreQuery('programs.badges', { programId, partnerId, today });
  if (!badges.data) return badges.isPending ? <Skeleton height={20} width={120} /> : null;
  return <BadgeList badges={badges.data} />;
}
