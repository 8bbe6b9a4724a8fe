// A reward's kind as a small coloured icon (cash, voucher, merchandise, trip, training, experience).
import { ThemeIcon } from '@mantine/core';
import { IconCash, IconConfetti, IconGift, IconPlane, IconSchool, IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RewardKind } from '../../../../shared/rewards';

const icons: Record<RewardKind, { icon: typeof IconCash; color: string }> = {
  cash: { icon: IconCash, color: 'teal' },
  voucher: { icon: IconTicket, color: 'blue' },
  merchandise: { icon: IconGift, color: 'grape' },
  trip: { icon: IconPlane, color: 'cyan' },
  training: { icon: IconSchool, color: 'indigo' },
  experience: { icon: IconConfetti, color: 'orange' },
};

export function RewardKindIcon({ kind, size = 32 }: { kind: RewardKind; size?: number }) {
  const { t } = useTranslation();
  const { icon: Icon, color } = icons[kind];
  return (
    <ThemeIcon
      variant="light"
      color={color}
      size={size}
      radius="md"
      title={t(`ledger.rewards.kinds.${kind}`)}
    >
      <Icon size={size * 0.6} aria-hidden />
    </ThemeIcon>
  );
}
