// Every field of a partner, read-only, with phone, e-mail and website as working links.
import { Card, DataList, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultVisitCadenceDays, type Partner } from '../../../../shared/partners';
import { ContactLink } from '../../components/ContactLink';
import { calendarDate, dateTime } from '../../i18n/date-format';
import { countryName } from '../../i18n/display-names';
import { CareStatusBadge } from '../care-settings/CareStatusBadge';

export function PartnerProfile({ partner }: { partner: Partner }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const plain = (value: string) => (value ? <Text size="sm">{value}</Text> : null);
  const link = (channel: 'phone' | 'email' | 'website', value: string) =>
    value ? <ContactLink channel={channel} value={value} /> : null;

  const items: [string, ReactNode][] = [
    [t('fields.partner.legalName'), plain(partner.legalName)],
    [t('fields.partner.type'), plain(t(`partnerType.${partner.type}`))],
    [t('fields.partner.status'), plain(t(`partnerStatus.${partner.status}`))],
    [t('fields.partner.region'), plain(partner.region)],
    [t('fields.partner.country'), plain(countryName(partner.country, locale))],
    [t('fields.partner.city'), plain(partner.city)],
    [t('fields.partner.address'), plain(partner.address)],
    [t('fields.partner.phone'), link('phone', partner.phone)],
    [t('fields.partner.email'), link('email', partner.email)],
    [t('fields.partner.website'), link('website', partner.website)],
    [t('fields.partner.ownerId'), plain(partner.ownerName ?? '')],
    [
      t('fields.partner.partnershipStart'),
      plain(partner.partnershipStart ? calendarDate(partner.partnershipStart, locale) : ''),
    ],
    [
      t('fields.partner.visitCadenceDays'),
      plain(
        partner.visitCadenceDays === null
          ? t('partners.cadenceByType', { days: defaultVisitCadenceDays[partner.type] })
          : t('partners.cadence', { count: partner.visitCadenceDays }),
      ),
    ],
    [t('fields.partner.tags'), plain(partner.tags.join(', '))],
    [t('fields.partner.externalId'), plain(partner.externalId)],
    // The care note only matters while a care status is set.
    ...(partner.careStatus
      ? ([[t('careStatus.note'), plain(partner.careStatusNote)]] as [string, ReactNode][])
      : []),
    [t('fields.partner.createdAt'), plain(dateTime(partner.createdAt, locale))],
    [t('fields.partner.updatedAt'), plain(dateTime(partner.updatedAt, locale))],
  ];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-profile-title">
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Title order={2} size="h4" id="partner-profile-title">
          {t('partners.profile')}
        </Title>
        <CareStatusBadge mark={partner} />
      </Group>
      <DataList labelWidth={150} gap="xs" data-testid="partner-profile">
        {items.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
              {value ?? (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
      <Title order={3} size="h5" mt="lg" mb="xs">
        {t('fields.partner.notes')}
      </Title>
      {partner.notes ? (
        <Text
          size="sm"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          data-testid="partner-notes"
        >
          {partner.notes}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('partners.noNotes')}
        </Text>
      )}
    </Card>
  );
}
