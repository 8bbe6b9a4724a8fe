// "Send greeting" on a contact card: pick the occasion (birthday, anniversary or one of the
// festivals greeted in the partner's country) and the greeting dialog opens for this contact.
import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconGift } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/contacts';
import type { GreetingOccasion } from '../../../../shared/greetings';
import { useCoreQuery } from '../../api/core-queries';
import { localIsoDate } from './greeting-urls';
import { SendGreetingModal, type GreetingTarget } from './SendGreetingModal';

export function GreetContactMenu({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [target, setTarget] = useState<GreetingTarget | null>(null);
  const partner = useCoreQuery('partners.get', { id: contact.partnerId }, { enabled: opened });
  const settings = useCoreQuery('careSettings.get', {}, { enabled: opened });
  const festivals = partner.data ? (settings.data?.festivalsByCountry[partner.data.country] ?? []) : [];

  function greet(occasion: GreetingOccasion) {
    const today = localIsoDate();
    setTarget({
      // Greeted from the card rather than from a calendar item: one log entry per day and occasion.
      itemKey: `manual:${occasion}:${contact.id}:${today}`,
      partnerId: contact.partnerId,
      contactId: contact.id,
      occasion,
      date: today,
      years: occasion === 'anniversary' ? yearsSince(partner.data?.partnershipStart ?? null, today) : null,
      festivalName: null,
      careEventId: null,
    });
  }

  return (
    <>
      <Menu opened={opened} onChange={setOpened} position="bottom-end" withinPortal>
        <Menu.Target>
          <Tooltip label={t('greetings.contactAction.send')}>
            <ActionIcon
              variant="subtle"
              color="pink"
              aria-label={t('greetings.contactAction.sendNamed', { name: contact.name })}
            >
              <IconGift size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('greetings.contactAction.chooseOccasion')}</Menu.Label>
          <Menu.Item onClick={() => greet('birthday')}>{t('greetings.occasions.birthday')}</Menu.Item>
          <Menu.Item onClick={() => greet('anniversary')}>{t('greetings.occasions.anniversary')}</Menu.Item>
          {festivals.length > 0 ? <Menu.Divider /> : null}
          {festivals.map((key) => (
            <Menu.Item key={key} onClick={() => greet(key)}>
              {t(`greetings.occasions.${key}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <SendGreetingModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}

/** Whole years of partnership by today, or null when the start is unknown or in the future. */
function yearsSince(start: string | null, today: string): number | null {
  if (!start) return null;
  const years =
    Number(today.slice(0, 4)) - Number(start.slice(0, 4)) - (today.slice(5) < start.slice(5) ? 1 : 0);
  return years >= 0 ? years : null;
}
