// One headline figure: a label, the number as a link to the records behind it, and a line of
// detail (which may hold more links). Keyboard users reach the number; the card is not a button.
import { Anchor, Card, Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nameWithVisibleText } from '../../i18n/accessible-name';

export interface FigureCardProps {
  testId: string;
  label: string;
  value: string;
  href: string | null;
  /** Accessible name of the link, e.g. "12 partners at risk: open the list". */
  linkLabel: string;
  icon: ReactNode;
  color: string;
  detail?: ReactNode;
  /** Explains what the figure counts (the retention rate's definition). */
  info?: string;
  infoLabel?: string;
}

export function FigureCard(props: FigureCardProps) {
  const { testId, label, value, href, linkLabel, icon, color, detail, info, infoLabel } = props;
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" radius="md" data-testid={testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Group gap={4} wrap="nowrap">
          <Text size="xs" c="dimmed" tt="uppercase" fw={700} lh={1.2}>
            {label}
          </Text>
          {info ? (
            <Tooltip
              label={info}
              multiline
              w={280}
              withArrow
              events={{ hover: true, focus: true, touch: true }}
            >
              <ThemeIcon
                variant="transparent"
                color="gray"
                size="xs"
                tabIndex={0}
                role="img"
                aria-label={infoLabel ?? info}
              >
                <IconInfoCircle size={14} aria-hidden />
              </ThemeIcon>
            </Tooltip>
          ) : null}
        </Group>
        <ThemeIcon variant="light" color={color} radius="md" size="md" aria-hidden>
          {icon}
        </ThemeIcon>
      </Group>
      <Text fz={28} fw={700} lh={1.25} mt={4} component="div">
        {href ? (
          <Anchor
            component={Link}
            to={href}
            inherit
            c="inherit"
            underline="hover"
            aria-label={nameWithVisibleText(value, linkLabel, t)}
          >
            {value}
          </Anchor>
        ) : (
          value
        )}
      </Text>
      {detail ? (
        <Text size="xs" c="dimmed" mt={4} component="div">
          {detail}
        </Text>
      ) : null}
    </Card>
  );
}
