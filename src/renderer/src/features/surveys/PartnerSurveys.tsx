// A partner's survey answers: its NPS and satisfaction over the last 12 months, the latest answers
// with who gave them and their comments, and "Record answer".
import { Anchor, Button, Card, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addMonths } from '../../../../shared/periods';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { localToday } from '../visit-notes/local-day';
import { NpsCategoryBadge } from './NpsCategoryBadge';
import { NpsSummary } from './NpsSummary';
import { SurveyAnswerModal, type SurveyAnswerDraft } from './SurveyAnswerModal';
import { SurveyRowActions } from './SurveyRowActions';

const latestShown = 5;

export function PartnerSurveys({ partnerId }: { partnerId: string }) {
  const { t, i18n } = useTranslation();
  const yearFrom = addMonths(localToday().slice(0, 7), -11);
  const year = useCoreQuery('surveys.list', { partnerId, from: yearFrom, limit: 1 });
  const latest = useCoreQuery('surveys.list', { partnerId, limit: latestShown });
  const [draft, setDraft] = useState<SurveyAnswerDraft | null>(null);
  const error = year.error ?? latest.error;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-surveys-title" h="100%">
      <Group justify="space-between" align="flex-start" mb="md">
        <Title order={2} size="h4" id="partner-surveys-title">
          {t('surveys.partner.title')}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setDraft({ partnerId, partnerFixed: true })}
        >
          {t('surveys.partner.add')}
        </Button>
      </Group>
      {error ? (
        <QueryErrorAlert
          error={error}
          onRetry={() => {
            void year.refetch();
            void latest.refetch();
          }}
        />
      ) : !year.data || !latest.data ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={80} />
          <Skeleton height={48} />
        </Stack>
      ) : latest.data.total === 0 ? (
        <Text size="sm" c="dimmed" data-testid="partner-surveys-empty">
          {t('surveys.partner.empty')}
        </Text>
      ) : (
        <Stack gap="md">
          <Text size="xs" c="dimmed">
            {year.data.total === 0 ? t('surveys.partner.noneThisYear') : t('surveys.partner.yearNote')}
          </Text>
          {year.data.total > 0 ? (
            <NpsSummary
              nps={year.data.nps}
              tally={year.data.tally}
              satisfactionAverage={year.data.satisfactionAverage}
              answers={year.data.total}
              compact
            />
          ) : null}
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {latest.data.rows.map((answer) => (
              <Paper
                component="li"
                key={answer.id}
                withBorder
                p="sm"
                radius="md"
                data-testid="partner-survey-answer"
              >
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                  <Stack gap={2} miw={0}>
                    <Group gap="xs">
                      {answer.nps !== null ? <NpsCategoryBadge nps={answer.nps} /> : null}
                      {answer.satisfaction !== null ? (
                        <Text size="xs" c="dimmed">
                          {t('surveys.partner.satisfaction', { score: answer.satisfaction })}
                        </Text>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {[answer.contactName, calendarDate(answer.answeredOn, i18n.language)]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                    {answer.comment ? (
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }} lineClamp={3}>
                        “{answer.comment}”
                      </Text>
                    ) : null}
                  </Stack>
                  <SurveyRowActions
                    answer={answer}
                    onEdit={() => setDraft({ partnerId, partnerFixed: true, existing: answer })}
                  />
                </Group>
              </Paper>
            ))}
          </Stack>
          {latest.data.total > latestShown ? (
            <Anchor component={Link} to={`/surveys?partner=${partnerId}`} size="sm">
              {t('surveys.partner.all', { count: latest.data.total })}
            </Anchor>
          ) : null}
        </Stack>
      )}
      <SurveyAnswerModal draft={draft} onClose={() => setDraft(null)} />
    </Card>
  );
}
