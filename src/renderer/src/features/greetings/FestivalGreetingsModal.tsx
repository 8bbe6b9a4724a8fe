// A festival's greeting list: the partners of that country (in the calendar's filter) to greet, a
// page at a time, who was greeted already and who is in mourning or hardship; "Greet" opens the
// greeting dialog for the partner's first contact.
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Pagination,
  Progress,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { festivalKeys, type FestivalKey } from '../../../../shared/greetings';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { countryName } from '../../i18n/display-names';
import { SendGreetingModal, type GreetingTarget } from './SendGreetingModal';

/** A festival occurrence, as the calendar and the agenda show it. */
export interface FestivalTarget {
  festivalKey: string;
  country: string;
  date: string;
  title: string;
  /** The calendar item key; each partner's greeting is logged under `${itemKey}:${partnerId}`. */
  itemKey: string;
  ownerIds: string[];
  regions: string[];
}

export interface FestivalGreetingsModalProps {
  festival: FestivalTarget | null;
  onClose: () => void;
}

const pageSize = 25;

function isFestivalKey(key: string): key is FestivalKey {
  return (festivalKeys as readonly string[]).includes(key);
}

export function FestivalGreetingsModal({ festival, onClose }: FestivalGreetingsModalProps) {
  const { t } = useTranslation();
  const [greeting, setGreeting] = useState<GreetingTarget | null>(null);
  return (
    <>
      <Modal
        opened={festival !== null && greeting === null}
        onClose={onClose}
        size="xl"
        title={festival ? t('greetings.festival.title', { festival: festival.title }) : ''}
      >
        {festival ? <RecipientList key={festival.itemKey} festival={festival} onGreet={setGreeting} /> : null}
      </Modal>
      <SendGreetingModal target={greeting} onClose={() => setGreeting(null)} />
    </>
  );
}

function RecipientList({
  festival,
  onGreet,
}: {
  festival: FestivalTarget;
  onGreet: (target: GreetingTarget) => void;
}) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const festivalKey = isFestivalKey(festival.festivalKey) ? festival.festivalKey : null;
  const known = festivalKey !== null;
  const recipients = useCoreQuery(
    'greetings.festivalRecipients',
    {
      // Not sent while unknown (enabled: false); the core refuses keys without templates.
      festivalKey: festivalKey ?? 'christmas',
      country: festival.country,
      date: festival.date,
      ownerIds: festival.ownerIds,
      regions: festival.regions,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    },
    { enabled: known, placeholderData: (previous) => previous },
  );
  const country = countryName(festival.country, i18n.language);

  if (festivalKey === null) {
    return (
      <Alert color="gray" role="status">
        {t('greetings.festival.unknownFestival')}
      </Alert>
    );
  }
  const header = (
    <Text size="sm" c="dimmed">
      {t('greetings.festival.subtitle', { country, date: calendarDate(festival.date, i18n.language) })}
    </Text>
  );
  if (recipients.error) {
    return (
      <Stack>
        {header}
        <QueryErrorAlert error={recipients.error} onRetry={() => void recipients.refetch()} />
      </Stack>
    );
  }
  if (!recipients.data) {
    return (
      <Stack gap="sm">
        {header}
        <Skeleton height={24} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  const { total, greetedCount } = recipients.data;
  if (total === 0) {
    return (
      <Stack>
        {header}
        <Text c="dimmed">{t('greetings.festival.none', { country })}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {header}
      <Stack gap={4}>
        <Text size="sm" fw={500} data-testid="festival-progress">
          {t('greetings.festival.progress', { greeted: greetedCount, total })}
        </Text>
        <Progress value={(greetedCount / total) * 100} color="teal" aria-hidden />
      </Stack>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('greetings.festival.partner')}</Table.Th>
              <Table.Th>{t('greetings.festival.contact')}</Table.Th>
              <Table.Th>{t('greetings.festival.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('greetings.festival.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recipients.data.recipients.map((recipient) => (
              <Table.Tr key={recipient.partnerId}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {recipient.partnerName}
                  </Text>
                  {recipient.city ? (
                    <Text size="xs" c="dimmed">
                      {recipient.city}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={recipient.contactName ? undefined : 'dimmed'}>
                    {recipient.contactName ?? t('greetings.festival.noContact')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {recipient.greeted ? (
                    <Badge color="teal" variant="light">
                      {t('greetings.festival.greeted')}
                    </Badge>
                  ) : recipient.suppressed ? (
                    <Badge color="grape" variant="light">
                      {t(`greetings.festival.${recipient.suppressed.status}`)}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="outline">
                      {t('greetings.festival.toGreet')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <Button
                      size="compact-sm"
                      variant={recipient.greeted ? 'subtle' : 'light'}
                      disabled={recipient.contactId === null}
                      aria-label={t('greetings.festival.greetNamed', { name: recipient.partnerName })}
                      onClick={() =>
                        onGreet({
                          itemKey: recipient.itemKey,
                          partnerId: recipient.partnerId,
                          contactId: recipient.contactId,
                          occasion: festivalKey,
                          date: festival.date,
                          years: null,
                          festivalName: festival.title,
                          careEventId: null,
                        })
                      }
                    >
                      {t('greetings.festival.greet')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > pageSize ? (
        <Pagination
          total={Math.ceil(total / pageSize)}
          value={page}
          onChange={setPage}
          aria-label={t('greetings.festival.page')}
        />
      ) : null}
    </Stack>
  );
}
