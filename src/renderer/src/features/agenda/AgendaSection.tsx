// One section of the agenda ("Overdue", "Today", "This week"): its count, the first few rows and
// the rest a click away, and a note when the core listed fewer than there are.
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/agenda';
import { AgendaRow, type AgendaRowActions } from './AgendaRow';

/** Enough to see what matters at a glance without pushing the rest of the home screen away. */
const collapsedRows = 5;

export interface AgendaSectionProps {
  id: string;
  title: string;
  color: string;
  items: AgendaItem[];
  total: number;
  emptyText: string;
  actions: AgendaRowActions;
}

export function AgendaSection({ id, title, color, items, total, emptyText, actions }: AgendaSectionProps) {
  const { t, i18n } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, collapsedRows);
  const number = new Intl.NumberFormat(i18n.language);
  const headingId = `agenda-${id}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Group gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {title}
        </Title>
        <Badge color={total > 0 ? color : 'gray'} variant="light" aria-label={`${title}: ${total}`}>
          {number.format(total)}
        </Badge>
      </Group>
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {shown.map((item) => (
            <AgendaRow key={item.key} item={item} actions={actions} />
          ))}
        </Stack>
      )}
      {items.length > collapsedRows && (
        <Group gap="sm">
          <Button variant="subtle" size="xs" onClick={() => setExpanded((value) => !value)}>
            {expanded ? t('agenda.showLess') : t('agenda.showAll', { count: items.length - collapsedRows })}
          </Button>
          {expanded && total > items.length && (
            <Text size="xs" c="dimmed">
              {t('agenda.moreThanListed', {
                shown: number.format(items.length),
                total: number.format(total),
              })}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
