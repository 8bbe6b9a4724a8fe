// "Send greeting": choose the contact, see the text in their language (editable), then open
// WhatsApp or e-mail or copy it; any of the three logs the greeting and marks the item done. While
// the contact or their company mourns, the greeting is held back with a notice and hardship care
// is offered instead; "Send anyway" stays possible.
import { Alert, Button, Group, Modal, Select, Skeleton, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBrandWhatsapp, IconCopy, IconHeartHandshake, IconMail } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import type {
  CareStatusSummary,
  ComposedGreeting,
  GreetingChannel,
  GreetingOccasion,
} from '../../../../shared/greetings';
import { call } from '../../api/client';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { languageName } from '../../i18n/display-names';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { greetingMessageText } from './greeting-messages';
import { localIsoDate, mailtoUrlWithBody, whatsappUrlWithText } from './greeting-urls';

/** What is being greeted: a calendar or agenda item. */
export interface GreetingTarget {
  /** The calendar/agenda item key the greeting is logged under. */
  itemKey: string;
  partnerId: string;
  /** Preselected contact (a birthday's contact); the user may choose another of the partner. */
  contactId: string | null;
  occasion: GreetingOccasion;
  /** The day greeted for. */
  date: string;
  years: number | null;
  festivalName: string | null;
  /** A stored care event to mark done when sent. */
  careEventId: string | null;
}

export interface SendGreetingModalProps {
  target: GreetingTarget | null;
  onClose: () => void;
}

export function SendGreetingModal({ target, onClose }: SendGreetingModalProps) {
  const { t } = useTranslation();
  const occasion = target ? t(`greetings.occasions.${target.occasion}`) : '';
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size="lg"
      title={
        target?.occasion === 'festival' && target.festivalName
          ? t('greetings.send.titleNamed', { occasion: target.festivalName })
          : target
            ? t('greetings.send.titleNamed', { occasion })
            : t('greetings.send.title')
      }
    >
      {target ? <SendGreetingBody key={target.itemKey} target={target} onClose={onClose} /> : null}
    </Modal>
  );
}

function SendGreetingBody({ target, onClose }: { target: GreetingTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const contacts = useCoreQuery('contacts.list', { partnerId: target.partnerId, limit: 500 });
  const [chosen, setChosen] = useState<string | null>(target.contactId);
  const contactId = chosen ?? contacts.data?.rows[0]?.id ?? null;

  if (contacts.error)
    return <QueryErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />;
  if (!contacts.data) return <Skeleton height={200} />;
  if (contacts.data.rows.length === 0) {
    return (
      <Alert color="gray" role="status">
        {t('greetings.send.noContacts')}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Select
        label={t('greetings.send.contact')}
        data={contacts.data.rows.map((contact) => ({
          value: contact.id,
          label: contact.role ? `${contact.name} (${contact.role})` : contact.name,
        }))}
        value={contactId}
        onChange={(value) => value && setChosen(value)}
        allowDeselect={false}
        searchable
      />
      {contactId ? (
        <ComposedGreetingView key={contactId} target={target} contactId={contactId} onClose={onClose} />
      ) : null}
    </Stack>
  );
}

function ComposedGreetingView({
  target,
  contactId,
  onClose,
}: {
  target: GreetingTarget;
  contactId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const composed = useCoreQuery('greetings.compose', {
    partnerId: target.partnerId,
    contactId,
    occasion: target.occasion,
    years: target.years,
    festivalName: target.festivalName,
    date: target.date,
  });
  const [sendAnyway, setSendAnyway] = useState(false);

  if (composed.error) {
    const isTemplate = composed.error instanceof CoreError && composed.error.fields?.template;
    return (
      <Alert color="red" role="alert" title={t('greetings.send.composeFailed')}>
        <Stack gap={4}>
          <Text size="sm">{errorText(t, composed.error)}</Text>
          {isTemplate ? null : (
            <Button size="compact-sm" variant="light" w="fit-content" onClick={() => void composed.refetch()}>
              {t('actions.retry')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  if (!composed.data) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={t('greetings.send.loading')}>
        <Skeleton height={120} />
        <Skeleton height={36} />
      </Stack>
    );
  }
  if (composed.data.suppressed && !sendAnyway) {
    return (
      <SuppressionNotice
        target={target}
        contactId={contactId}
        greeting={composed.data}
        suppressed={composed.data.suppressed}
        onSendAnyway={() => setSendAnyway(true)}
        onClose={onClose}
      />
    );
  }
  return (
    <GreetingComposer target={target} contactId={contactId} greeting={composed.data} onClose={onClose} />
  );
}

function GreetingComposer({
  target,
  contactId,
  greeting,
  onClose,
}: {
  target: GreetingTarget;
  contactId: string;
  greeting: ComposedGreeting;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(greeting.text);
  const markSent = useCoreMutation('greetings.markSent');
  const announce = useAnnounceWrite();
  useEffect(() => setText(greeting.text), [greeting.text]);
  const trimmed = text.trim();
  const whatsappUrl = useMemo(
    () => (greeting.whatsappUrl ? whatsappUrlWithText(greeting.whatsappUrl, trimmed) : null),
    [greeting.whatsappUrl, trimmed],
  );
  const emailUrl = useMemo(
    () => (greeting.emailUrl ? mailtoUrlWithBody(greeting.emailUrl, trimmed) : null),
    [greeting.emailUrl, trimmed],
  );
  const name = greeting.contactName;

  async function log(channel: GreetingChannel) {
    try {
      const result = await markSent.mutateAsync({
        partnerId: target.partnerId,
        contactId,
        occasion: target.occasion,
        channel,
        language: greeting.language,
        text: trimmed,
        itemKey: target.itemKey,
        date: target.date,
        careEventId: target.careEventId,
      });
      const message = !result.batchId
        ? t('greetings.send.alreadyLogged', { name })
        : channel === 'copy'
          ? t('greetings.send.copied', { name })
          : t('greetings.send.logged', { name });
      announce(message, result.batchId);
      onClose();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('greetings.send.logFailed'),
        message: errorText(t, error),
      });
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(trimmed);
    } catch {
      notifications.show({ color: 'red', message: t('greetings.send.copyFailed') });
      return;
    }
    await log('copy');
  }

  const missingWhatsapp = greeting.missing.whatsapp;
  const missingEmail = greeting.missing.email;
  const empty = trimmed === '';
  return (
    <Stack gap="md">
      <Textarea
        label={t('greetings.send.message', { language: languageName(greeting.language, i18n.language) })}
        description={t('greetings.send.messageHint')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={empty ? t('greetings.send.emptyText') : undefined}
        autosize
        minRows={4}
        maxRows={12}
        lang={greeting.language}
      />
      <Group gap="sm">
        {whatsappUrl && !empty ? (
          <Button
            component="a"
            href={whatsappUrl}
            target="_blank"
            rel="noopener noreferrer"
            color="green"
            leftSection={<IconBrandWhatsapp size={18} aria-hidden />}
            loading={markSent.isPending}
            onClick={() => void log('whatsapp')}
          >
            {t('greetings.send.whatsapp')}
          </Button>
        ) : (
          <Button color="green" leftSection={<IconBrandWhatsapp size={18} aria-hidden />} disabled>
            {t('greetings.send.whatsapp')}
          </Button>
        )}
        {emailUrl && !empty ? (
          <Button
            component="a"
            href={emailUrl}
            variant="light"
            leftSection={<IconMail size={18} aria-hidden />}
            loading={markSent.isPending}
            onClick={() => void log('email')}
          >
            {t('greetings.send.email')}
          </Button>
        ) : (
          <Button variant="light" leftSection={<IconMail size={18} aria-hidden />} disabled>
            {t('greetings.send.email')}
          </Button>
        )}
        <Button
          variant="default"
          leftSection={<IconCopy size={18} aria-hidden />}
          disabled={empty}
          loading={markSent.isPending}
          onClick={() => void copy()}
        >
          {t('greetings.send.copy')}
        </Button>
      </Group>
      {missingWhatsapp || missingEmail ? (
        <Stack gap={2} data-testid="greeting-missing">
          {[missingWhatsapp, missingEmail].map((message) =>
            message ? (
              <Text key={message.key} size="sm" c="orange.8">
                {greetingMessageText(t, message)}
              </Text>
            ) : null,
          )}
        </Stack>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('greetings.send.logHint')}
      </Text>
    </Stack>
  );
}

function SuppressionNotice({
  target,
  contactId,
  greeting,
  suppressed,
  onSendAnyway,
  onClose,
}: {
  target: GreetingTarget;
  contactId: string;
  greeting: ComposedGreeting;
  suppressed: CareStatusSummary;
  onSendAnyway: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const partner = useCoreQuery('partners.get', { id: target.partnerId });
  const announce = useAnnounceWrite();
  const [planning, setPlanning] = useState(false);
  const name = suppressed.of === 'contact' ? greeting.contactName : (partner.data?.name ?? '');
  const key = `${suppressed.status}${suppressed.of === 'contact' ? 'Contact' : 'Partner'}${
    suppressed.until ? '' : 'Open'
  }`;
  const today = localIsoDate();

  async function planCare() {
    setPlanning(true);
    try {
      const result = await call('careEvents.create', {
        partnerId: target.partnerId,
        kind: 'hardship-care',
        title: t('greetings.suppressed.careTitle', { name: greeting.contactName }),
        contactIds: [contactId],
        start: today,
        ownerId: partner.data?.ownerId ?? null,
      });
      announce(
        t('greetings.suppressed.carePlanned', {
          name: greeting.contactName,
          date: calendarDate(today, i18n.language),
        }),
        result.batchId,
      );
      onClose();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('greetings.suppressed.careFailed'),
        message: errorText(t, error),
      });
    } finally {
      setPlanning(false);
    }
  }

  return (
    <Stack gap="md">
      <Alert
        color="grape"
        variant="light"
        role="status"
        icon={<IconHeartHandshake size={20} aria-hidden />}
        title={t('greetings.suppressed.title')}
        data-testid="greeting-suppressed"
      >
        <Stack gap={4}>
          <Text size="sm">
            {t(`greetings.suppressed.${key}`, {
              name,
              date: suppressed.until ? calendarDate(suppressed.until, i18n.language) : '',
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('greetings.suppressed.suggestion')}
          </Text>
        </Stack>
      </Alert>
      <Group gap="sm">
        <Tooltip label={t('greetings.suppressed.careTitle', { name: greeting.contactName })}>
          <Button
            color="grape"
            leftSection={<IconHeartHandshake size={18} aria-hidden />}
            loading={planning}
            onClick={() => void planCare()}
          >
            {t('greetings.suppressed.planCare')}
          </Button>
        </Tooltip>
        <Button variant="subtle" color="gray" onClick={onSendAnyway}>
          {t('greetings.suppressed.sendAnyway')}
        </Button>
      </Group>
    </Stack>
  );
}
