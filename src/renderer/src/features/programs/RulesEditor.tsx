// The rules tab: the latest version's rules as editable cards, checked by the shared schema before
// sending and by the core after (catalog, tiers, brackets, windows), each message at its input.
// Once the program has awarded anything the rules are frozen: saving asks the invoice day the new
// version applies from, and the history of versions stays readable.
import { Alert, Badge, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import { programRulesInputSchema, type Program, type ProgramRulesInput } from '../../../../shared/programs';
import { fieldMessagesFromZod } from '../../../../shared/validation';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { calendarDate } from '../../i18n/date-format';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from '../visit-notes/local-day';
import { RuleCard, type RuleChoices } from './RuleCard';
import { draftOf, newRule, ruleOf, type DraftRule } from './rule-draft';

export function RulesEditor({ program }: { program: Program }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const announce = useAnnounceWrite();
  const save = useCoreMutation('programs.saveRules');
  const latest = program.ruleVersions.at(-1);
  const stored = useMemo(
    () => (latest?.rules ?? []).map((rule) => draftOf(rule, program.currency)),
    [latest, program.currency],
  );
  // Untouched, the editor follows the program (a status change elsewhere bumps its revision);
  // from the first edit it holds the draft and the revision that edit started from.
  const [draft, setDraft] = useState<{ rules: DraftRule[]; revision: number } | null>(null);
  const rules = draft?.rules ?? stored;
  const dirty = draft !== null;
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [errors, setErrors] = useState<Record<string, FieldMessage>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState<string | null>(null);
  const choices = useRuleChoices();

  const message = (path: string) => (errors[path] ? fieldMessageText(t, errors[path]) : undefined);
  const errorUnder =
    (index: number) =>
    (path: string, prefix = false) => {
      const full = `rules.${index}.${path}`;
      if (!prefix) return message(full);
      const found = Object.keys(errors).find((p) => p === full || p.startsWith(`${full}.`));
      return found ? message(found) : undefined;
    };
  const clearUnder = (prefixes: string[]) =>
    setErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(
          ([p]) => !prefixes.some((prefix) => p === prefix || p.startsWith(`${prefix}.`)),
        ),
      ),
    );
  const edit = (change: (current: DraftRule[]) => DraftRule[]) =>
    setDraft((current) => ({
      rules: change(current?.rules ?? stored),
      revision: current?.revision ?? program.revision,
    }));
  const editRule = (index: number, change: Partial<DraftRule>, paths: string[]) => {
    edit((current) => current.map((rule, i) => (i === index ? { ...rule, ...change } : rule)));
    clearUnder(paths.map((p) => `rules.${index}.${p}`));
  };
  const replaceRules = (next: DraftRule[]) => {
    edit(() => next);
    // Rule positions moved: messages at old positions would sit next to the wrong rule.
    clearUnder(['rules']);
  };

  function reload() {
    setDraft(null);
    setErrors({});
    setStale(null);
    setFailure(null);
  }

  async function submit() {
    setFailure(null);
    setStale(null);
    const input: ProgramRulesInput = {
      programId: program.id,
      revision: draft?.revision ?? program.revision,
      rules: rules.map((rule) => ruleOf(rule, program.currency)),
      effectiveFrom: program.rulesFrozen ? effectiveFrom || null : null,
      today: localToday(),
    };
    const checked = programRulesInputSchema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldMessagesFromZod(checked.error));
      focusFirstError();
      return;
    }
    setErrors({});
    try {
      const result = await save.mutateAsync(input);
      setDraft(null);
      setEffectiveFrom('');
      announce(
        program.rulesFrozen && input.effectiveFrom
          ? t('programs.rules.savedVersion', {
              name: program.name,
              date: calendarDate(input.effectiveFrom, locale),
            })
          : t('programs.rules.saved', { name: program.name }),
        result.batchId,
      );
    } catch (error) {
      if (error instanceof CoreError && error.code === 'CONFLICT') setStale(error.message);
      else if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        setErrors(error.fields);
        focusFirstError();
      } else setFailure(errorText(t, error));
    }
  }

  const general = errors['rules'] ?? errors[''];
  const problems = Object.keys(errors).length > 0;
  return (
    <form
      noValidate
      aria-label={t('programs.rules.title')}
      id="rules-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2} maw={720}>
            <Title order={2} size="h4">
              {t('programs.rules.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('programs.rules.intro')}
            </Text>
          </Stack>
          {dirty ? (
            <Badge color="yellow" variant="light">
              {t('programs.rules.unsaved')}
            </Badge>
          ) : null}
        </Group>
        {program.rulesFrozen ? <FrozenNotice program={program} /> : null}
        {stale ? (
          <Alert color="orange" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{stale}</Text>
              <Button size="xs" variant="light" onClick={reload}>
                {t('programs.rules.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        {general ? (
          <Alert color="red" role="alert">
            {fieldMessageText(t, general)}
          </Alert>
        ) : null}
        {rules.length === 0 ? (
          <Card withBorder padding="lg">
            <Text c="dimmed" size="sm" ta="center">
              {t('programs.rules.empty')}
            </Text>
          </Card>
        ) : null}
        {rules.map((rule, index) => (
          <RuleCard
            key={rule.uid}
            rule={rule}
            index={index}
            currency={program.currency}
            choices={choices}
            errorAt={errorUnder(index)}
            onChange={(change, paths) => editRule(index, change, paths)}
            onRemove={() => replaceRules(rules.filter((r) => r.uid !== rule.uid))}
          />
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => replaceRules([...rules, newRule(rules)])}
          >
            {t('programs.rules.addRule')}
          </Button>
        </Group>
        <Card withBorder padding="md">
          <Stack gap="sm">
            {program.rulesFrozen ? (
              <TextInput
                label={t('programs.rules.effectiveFrom')}
                aria-label={t('programs.rules.effectiveFrom')}
                withAsterisk
                type="date"
                description={t('programs.rules.effectiveFromHint', {
                  date: latest ? calendarDate(latest.effectiveFrom, locale) : '',
                })}
                value={effectiveFrom}
                error={message('effectiveFrom')}
                onChange={(event) => {
                  setEffectiveFrom(event.currentTarget.value);
                  clearUnder(['effectiveFrom']);
                }}
                maw={320}
              />
            ) : null}
            {problems ? (
              <Text size="sm" c="red">
                {t('programs.rules.problems')}
              </Text>
            ) : null}
            {failure ? (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" disabled={!dirty} onClick={reload}>
                {t('programs.rules.discard')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {program.rulesFrozen ? t('programs.rules.saveVersion') : t('programs.rules.save')}
              </Button>
            </Group>
          </Stack>
        </Card>
      </Stack>
    </form>
  );
}

function FrozenNotice({ program }: { program: Program }) {
  const { t, i18n } = useTranslation();
  const versions = program.ruleVersions;
  return (
    <Alert color="blue" icon={<IconLock size={18} aria-hidden />} title={t('programs.rules.frozen')}>
      <Stack gap="xs">
        <Text size="sm">{t('programs.rules.frozenBody')}</Text>
        <Text size="sm" fw={600}>
          {t('programs.rules.versions')}
        </Text>
        <List size="sm" spacing={4} aria-label={t('programs.rules.versions')}>
          {[...versions].reverse().map((version, i) => (
            <List.Item key={version.id}>
              <Group gap={6} wrap="wrap">
                <Text size="sm" span>
                  {t('programs.rules.versionLine', {
                    version: version.version,
                    date: calendarDate(version.effectiveFrom, i18n.language),
                  })}
                </Text>
                <Text size="sm" c="dimmed" span>
                  ({t('programs.rules.versionRules', { count: version.rules.length })}
                  {version.rules.length ? `: ${version.rules.map((r) => r.name).join(', ')}` : ''})
                </Text>
                {i === 0 ? (
                  <Badge size="xs" variant="light">
                    {t('programs.rules.current')}
                  </Badge>
                ) : null}
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}

/** Products and categories of the catalog and the loyalty tiers, for the rule pickers. */
function useRuleChoices(): RuleChoices {
  const products = useCoreQuery('products.list', { limit: 500 });
  const loyalty = useCoreQuery('loyaltySettings.get', {});
  return useMemo(
    () => ({
      products: (products.data?.rows ?? []).map((p) => ({ value: p.id, label: `${p.sku} — ${p.name}` })),
      categories: products.data?.categories ?? [],
      tiers: (loyalty.data?.tiers ?? []).map((tier) => ({ value: tier.key, label: tier.name })),
    }),
    [products.data, loyalty.data],
  );
}

function focusFirstError() {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('#rules-editor [aria-invalid="true"]')?.focus();
  });
}
