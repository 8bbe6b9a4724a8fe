// One person at a partner: how to reach them and what to remember about them.
import { ActionIcon, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconCake, IconLanguage, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/contacts';
import { ContactLink } from '../../components/ContactLink';
import { birthdayText } from '../../i18n/date-format';
import { languageName } from '../../i18n/display-names';
import { CareStatusBadge } from '../care-settings/CareStatusBadge';
import { GreetContactMenu } from '../greetings/GreetContactMenu';

export interface ContactCardProps {
  contact: Contact;
  onEdit: () => void;
  onDelete: () => void;
}

export function ContactCard({ contact, onEdit, onDelete }: ContactCardProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <Paper withBorder p="md" component="article" aria-label={contact.name} data-testid="contact-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} miw={0}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {contact.name}
          </Text>
          {contact.role ? (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {contact.role}
            </Text>
          ) : null}
          <CareStatusBadge mark={contact} />
        </Stack>
        <Group gap={4} wrap="nowrap">
          <GreetContactMenu contact={contact} />
          <Tooltip label={t('contacts.edit')}>
            <ActionIcon
              variant="subtle"
              aria-label={t('contacts.editNamed', { name: contact.name })}
              onClick={onEdit}
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('contacts.delete')}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('contacts.deleteNamed', { name: contact.name })}
              onClick={onDelete}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Stack gap={4} mt="sm">
        {contact.phone ? <ContactLink channel="phone" value={contact.phone} /> : null}
        {contact.email ? <ContactLink channel="email" value={contact.email} /> : null}
        {contact.whatsapp ? (
          <ContactLink
            channel="whatsapp"
            value={contact.whatsapp}
            label={t('contacts.whatsappNamed', { name: contact.name, number: contact.whatsapp })}
          />
        ) : null}
        <Group gap="lg">
          {contact.birthday ? (
            <Group gap={6} wrap="nowrap">
              <IconCake size={16} aria-hidden />
              <Text size="sm">
                {t('contacts.birthdayOn', { date: birthdayText(contact.birthday, locale) })}
              </Text>
            </Group>
          ) : null}
          <Group gap={6} wrap="nowrap">
            <IconLanguage size={16} aria-hidden />
            <Text size="sm">{languageName(contact.preferredLanguage, locale)}</Text>
          </Group>
        </Group>
        {contact.familyNotes ? (
          <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            <Text span size="sm" fw={500}>
              {t('fields.contact.familyNotes')}:{' '}
            </Text>
            {contact.familyNotes}
          </Text>
        ) : null}
        {contact.interests ? (
          <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            <Text span size="sm" fw={500}>
              {t('fields.contact.interests')}:{' '}
            </Text>
            {contact.interests}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
