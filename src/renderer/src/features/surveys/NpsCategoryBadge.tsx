// An NPS answer with its category (promoter green, passive grey, detractor red).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { npsCategory, type NpsCategory } from '../../../../shared/surveys';

export const categoryColors: Record<NpsCategory, string> = {
  promoter: 'teal',
  passive: 'gray',
  detractor: 'red',
};

export function NpsCategoryBadge({ nps, withScore = true }: { nps: number; withScore?: boolean }) {
  const { t } = useTranslation();
  const category = npsCategory(nps);
  return (
    <Badge variant="light" color={categoryColors[category]} tt="none" style={{ flexShrink: 0 }}>
      {withScore ? `${nps} · ` : ''}
      {t(`surveys.category.${category}`)}
    </Badge>
  );
}
