// The tiers, highest first: rename, move a threshold, add or remove a tier (2 to 8). The lowest
// starts at 0; each must start below the one above, which the field says when it does not.
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTiers, tiersSchema, type Tier } from '../../../../shared/loyalty';
import { fieldMessagesFromZod } from '../../../../shared/validation';
import { call } from '../../api/client';
import { fieldMessageText } from '../../i18n/error-text';
import { tierColor } from '../loyalty/tier-colors';
import { SettingsFormCard } from './SettingsFormCard';
import {
  draftsOf,
  maxTiers,
  minTiers,
  tierFieldOf,
  tiersOf,
  withNewTier,
  withoutTier,
  type TierDraft,
} from './tier-drafts';
import { useSettingsForm } from './use-settings-form';

export function TiersForm({ stored }: { stored: Tier[] | undefined }) {
  const { t } = useTranslation();
  const title = t('loyalty.settings.tiers.title');
  const nextRow = useRef(0);
  const form = useSettingsForm({
    stored,
    defaults: defaultTiers,
    toValues: draftsOf,
    section: 'tiers',
    title,
    savedMessage: t('loyalty.settings.tiers.saved'),
    fieldOf: tierFieldOf,
  });
  const drafts = form.values;

  function update(index: number, change: Partial<TierDraft>, field: 'name' | 'minScore') {
    form.setValues((current) =>
      current ? current.map((draft, at) => (at === index ? { ...draft, ...change } : draft)) : current,
    );
    form.clearError(`${index}.${field}`);
  }

  function save() {
    if (!drafts) return;
    const tiers = tiersOf(drafts);
    const parsed = tiersSchema.safeParse(tiers);
    void form.save(parsed.success ? null : fieldMessagesFromZod(parsed.error), () =>
      call('loyaltySettings.saveTiers', { tiers }),
    );
  }

  const errorAt = (path: string) => {
    const message = form.errors[path];
    return message ? fieldMessageText(t, message) : undefined;
  };

  return (
    <SettingsFormCard
      id="loyalty-tiers-title"
      title={title}
      description={t('loyalty.settings.tiers.description')}
      ready={drafts !== null}
      otherErrors={form.other}
      failure={form.failure}
      saving={form.saving}
      saveLabel={t('loyalty.settings.tiers.save')}
      onSave={save}
      resetting={form.resetting}
      onReset={() => void form.reset()}
    >
      {drafts ? (
        <Stack gap="xs">
          {drafts.map((draft, index) => {
            const rank = index + 1;
            const color = tierColor(
              draft.key ?? '',
              drafts.map((d) => ({ key: d.key ?? '' })),
            );
            return (
              <Group key={draft.rowId} align="flex-start" wrap="nowrap" gap="sm" data-testid="tier-row">
                <Badge
                  variant="light"
                  color={draft.key ? color : 'gray'}
                  mt={30}
                  w={32}
                  style={{ flexShrink: 0 }}
                  aria-hidden
                >
                  {rank}
                </Badge>
                <TextInput
                  label={t('loyalty.settings.tiers.nameLabel')}
                  aria-label={t('loyalty.settings.tiers.name', { index: rank })}
                  value={draft.name}
                  onChange={(event) => update(index, { name: event.currentTarget.value }, 'name')}
                  error={errorAt(`${index}.name`)}
                  style={{ flex: 1 }}
                />
                <NumberInput
                  label={t('loyalty.settings.tiers.minScoreLabel')}
                  aria-label={t('loyalty.settings.tiers.minScore', { index: rank })}
                  value={draft.minScore}
                  onChange={(value) => update(index, { minScore: value }, 'minScore')}
                  error={errorAt(`${index}.minScore`)}
                  min={0}
                  max={100}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  hideControls
                  w={{ base: 120, sm: 260 }}
                />
                <Tooltip label={t('loyalty.settings.tiers.remove', { name: draft.name || rank })}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    size="lg"
                    disabled={drafts.length <= minTiers}
                    aria-label={t('loyalty.settings.tiers.remove', { name: draft.name || rank })}
                    onClick={() => {
                      form.setValues((current) => (current ? withoutTier(current, draft.rowId) : current));
                      form.clearErrors();
                    }}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            );
          })}
          <Group justify="space-between">
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={16} aria-hidden />}
              disabled={drafts.length >= maxTiers}
              onClick={() => {
                const rowId = `new-${nextRow.current++}`;
                form.setValues((current) =>
                  current ? withNewTier(current, t('loyalty.settings.tiers.newTier'), rowId) : current,
                );
                form.clearErrors();
              }}
            >
              {t('loyalty.settings.tiers.add')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('loyalty.settings.tiers.limits')}
            </Text>
          </Group>
        </Stack>
      ) : null}
    </SettingsFormCard>
  );
}
