// The columns the partner list can show, and which core sort field each column sorts by.
import type { TFunction } from 'i18next';
import type { PartnerListItem, PartnerSortField } from '../../../../shared/partners';
import { TruncatedLink } from '../../components/TruncatedLink';
import { TruncatedText } from '../../components/TruncatedText';
import type { VirtualTableColumn } from '../../components/VirtualTable';
import { calendarDate, dateTime } from '../../i18n/date-format';
import { countryName } from '../../i18n/display-names';
import { Badge } from '@mantine/core';
import type { RiskLevel } from '../../../../shared/loyalty';
import type { PartnerColumnId } from './partner-column-choice';
import { PartnerStatusBadge } from './PartnerStatusBadge';

export const sortFieldOfColumn: Partial<Record<PartnerColumnId, PartnerSortField>> = {
  name: 'name',
  type: 'type',
  status: 'status',
  region: 'region',
  country: 'country',
  city: 'city',
  owner: 'ownerName',
  partnershipStart: 'partnershipStart',
  updatedAt: 'updatedAt',
  score: 'score',
};

/** The loyalty columns' headers live with the dashboard's strings (the loyalty figures' home). */
const loyaltyHeaders: Partial<Record<PartnerColumnId, string>> = {
  score: 'dashboard.partnerColumns.score',
  tier: 'dashboard.partnerColumns.tier',
  risk: 'dashboard.partnerColumns.risk',
};

export const riskColors: Record<RiskLevel, string> = {
  none: 'gray',
  watch: 'yellow',
  'at-risk': 'orange',
  critical: 'red',
};

export function columnOfSortField(sort: PartnerSortField): PartnerColumnId | undefined {
  return (Object.keys(sortFieldOfColumn) as PartnerColumnId[]).find((id) => sortFieldOfColumn[id] === sort);
}

type Column = Omit<VirtualTableColumn<PartnerListItem>, 'id' | 'header' | 'sortLabel'>;

function dimmedIfEmpty(text: string) {
  return text ? <TruncatedText>{text}</TruncatedText> : <TruncatedText dimmed>—</TruncatedText>;
}

export function partnerColumns(
  ids: readonly PartnerColumnId[],
  t: TFunction,
  locale: string,
  tierName: (key: string | null) => string | null = (key) => key,
): VirtualTableColumn<PartnerListItem>[] {
  const definitions: Record<PartnerColumnId, Column> = {
    name: {
      minWidth: 220,
      grow: 3,
      cell: (row) => (
        <TruncatedLink to={`/partners/${row.id}`} strong>
          {row.name}
        </TruncatedLink>
      ),
    },
    type: {
      minWidth: 110,
      grow: 1,
      cell: (row) => <TruncatedText>{t(`partnerType.${row.type}`)}</TruncatedText>,
    },
    status: { minWidth: 100, grow: 1, cell: (row) => <PartnerStatusBadge status={row.status} /> },
    region: { minWidth: 120, grow: 1.5, cell: (row) => dimmedIfEmpty(row.region) },
    country: { minWidth: 120, grow: 1.5, cell: (row) => dimmedIfEmpty(countryName(row.country, locale)) },
    city: { minWidth: 110, grow: 1.5, cell: (row) => dimmedIfEmpty(row.city) },
    owner: { minWidth: 130, grow: 1.5, cell: (row) => dimmedIfEmpty(row.ownerName ?? '') },
    tags: { minWidth: 140, grow: 2, cell: (row) => dimmedIfEmpty(row.tags.join(', ')) },
    contacts: {
      minWidth: 80,
      grow: 0.5,
      cell: (row) => <TruncatedText>{String(row.contactCount)}</TruncatedText>,
    },
    partnershipStart: {
      minWidth: 130,
      grow: 1,
      cell: (row) => dimmedIfEmpty(row.partnershipStart ? calendarDate(row.partnershipStart, locale) : ''),
    },
    updatedAt: { minWidth: 150, grow: 1, cell: (row) => dimmedIfEmpty(dateTime(row.updatedAt, locale)) },
    score: {
      minWidth: 80,
      grow: 0.5,
      cell: (row) => dimmedIfEmpty(row.score === null ? '' : String(row.score)),
    },
    tier: { minWidth: 110, grow: 1, cell: (row) => dimmedIfEmpty(tierName(row.tier) ?? '') },
    risk: {
      minWidth: 110,
      grow: 1,
      cell: (row) =>
        row.riskLevel === null || row.riskLevel === 'none' ? (
          dimmedIfEmpty('')
        ) : (
          <Badge variant="light" color={riskColors[row.riskLevel]} size="sm">
            {t(`loyalty.riskLevel.${row.riskLevel}`)}
          </Badge>
        ),
    },
  };
  return ids.map((id) => {
    const header = t(loyaltyHeaders[id] ?? `partnerColumns.${id}`);
    return {
      id,
      header,
      ...definitions[id],
      ...(sortFieldOfColumn[id] ? { sortLabel: t('table.sortBy', { column: header }) } : {}),
    };
  });
}
