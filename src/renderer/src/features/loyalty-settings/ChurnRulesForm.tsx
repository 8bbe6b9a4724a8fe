// The churn-risk rules: each one on or off, the level it raises and its figures, and how many
// serious signals together make a partner critical. Saved as one change.
import { Group, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  churnRuleKeys,
  churnRulesSchema,
  defaultChurnRules,
  ruleLevels,
  type ChurnRuleKey,
  type ChurnRules,
} from '../../../../shared/loyalty';
import { fieldMessagesFromZod } from '../../../../shared/validation';
import { call } from '../../api/client';
import { fieldMessageText } from '../../i18n/error-text';
import { SettingsFormCard } from './SettingsFormCard';
import { useSettingsForm } from './use-settings-form';

type Typed = number | string;
type RuleValues = Record<ChurnRuleKey, Record<string, Typed | boolean>> & { criticalWhenSignals: Typed };

/** Each rule's figures, in the order shown. */
const paramsOf: Record<ChurnRuleKey, readonly string[]> = {
  salesDrop: ['percent', 'months'],
  noContact: ['days'],
  detractor: ['withinDays'],
  openDispute: ['minSeverity'],
  brokenCommitments: ['count', 'withinDays'],
  tierDrop: ['withinDays'],
};

const severities = ['low', 'medium', 'high', 'critical'] as const;

function toValues(rules: ChurnRules): RuleValues {
  return structuredClone(rules) as unknown as RuleValues;
}

function toRules(values: RuleValues): ChurnRules {
  const number = (value: Typed | boolean | undefined) => (typeof value === 'number' ? value : Number.NaN);
  const rules = Object.fromEntries(
    churnRuleKeys.map((key) => [
      key,
      Object.fromEntries(
        Object.entries(values[key]).map(([field, value]) => [
          field,
          field === 'enabled' || field === 'level' || field === 'minSeverity' ? value : number(value),
        ]),
      ),
    ]),
  );
  return { ...rules, criticalWhenSignals: number(values.criticalWhenSignals) } as ChurnRules;
}

export function ChurnRulesForm({ stored }: { stored: ChurnRules | undefined }) {
  const { t } = useTranslation();
  const title = t('loyalty.settings.rules.title');
  const form = useSettingsForm({
    stored,
    defaults: defaultChurnRules,
    toValues,
    section: 'churnRules',
    title,
    savedMessage: t('loyalty.settings.rules.saved'),
    fieldOf: (path) => (/^\w+(\.\w+)?$/.test(path) ? path : null),
  });
  const values = form.values;

  function setField(key: ChurnRuleKey, field: string, value: Typed | boolean) {
    form.setValues((current) =>
      current ? { ...current, [key]: { ...current[key], [field]: value } } : current,
    );
    form.clearError(`${key}.${field}`);
  }

  function save() {
    if (!values) return;
    const rules = toRules(values);
    const parsed = churnRulesSchema.safeParse(rules);
    void form.save(parsed.success ? null : fieldMessagesFromZod(parsed.error), () =>
      call('loyaltySettings.saveChurnRules', rules),
    );
  }

  const errorAt = (path: string) => {
    const message = form.errors[path];
    return message ? fieldMessageText(t, message) : undefined;
  };

  return (
    <SettingsFormCard
      id="loyalty-rules-title"
      title={title}
      description={t('loyalty.settings.rules.description')}
      ready={values !== null}
      otherErrors={form.other}
      failure={form.failure}
      saving={form.saving}
      saveLabel={t('loyalty.settings.rules.save')}
      onSave={save}
      resetting={form.resetting}
      onReset={() => void form.reset()}
    >
      {values ? (
        <Stack gap="sm">
          {churnRuleKeys.map((key) => {
            const name = t(`loyalty.rule.${key}`);
            const rule = values[key];
            const enabled = rule['enabled'] === true;
            return (
              <Paper key={key} withBorder p="sm" radius="md" data-testid="rule-settings" data-rule={key}>
                <Group align="flex-start" justify="space-between" wrap="wrap" gap="md">
                  <Stack gap={4} style={{ flex: '1 1 220px' }}>
                    <Switch
                      label={name}
                      aria-label={t('loyalty.settings.rules.enabled', { rule: name })}
                      checked={enabled}
                      onChange={(event) => setField(key, 'enabled', event.currentTarget.checked)}
                      styles={{ label: { fontWeight: 600 } }}
                    />
                    <Text size="xs" c="dimmed">
                      {t(`loyalty.settings.rules.explain.${key}`)}
                    </Text>
                  </Stack>
                  <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" style={{ flex: '2 1 420px' }}>
                    <Select
                      label={t('loyalty.settings.rules.level')}
                      aria-label={`${t('loyalty.settings.rules.level')} · ${name}`}
                      description={t('loyalty.settings.rules.levelHint')}
                      data={ruleLevels.map((level) => ({
                        value: level,
                        label: t(`loyalty.riskLevel.${level}`),
                      }))}
                      value={String(rule['level'])}
                      onChange={(level) => level && setField(key, 'level', level)}
                      allowDeselect={false}
                      disabled={!enabled}
                      error={errorAt(`${key}.level`)}
                    />
                    {paramsOf[key].map((param) => {
                      const label = t(`loyalty.settings.rules.param.${param}`);
                      const common = {
                        label,
                        'aria-label': `${label} · ${name}`,
                        description: t(`loyalty.settings.rules.unit.${param}`),
                        disabled: !enabled,
                        error: errorAt(`${key}.${param}`),
                      };
                      return param === 'minSeverity' ? (
                        <Select
                          key={param}
                          {...common}
                          data={severities.map((severity) => ({
                            value: severity,
                            label: t(`disputes.severity.${severity}`),
                          }))}
                          value={String(rule[param])}
                          onChange={(severity) => severity && setField(key, param, severity)}
                          allowDeselect={false}
                        />
                      ) : (
                        <NumberInput
                          key={param}
                          {...common}
                          value={rule[param] as Typed}
                          onChange={(value) => setField(key, param, value)}
                          allowDecimal={false}
                          allowNegative={false}
                          clampBehavior="none"
                          hideControls
                        />
                      );
                    })}
                  </SimpleGrid>
                </Group>
              </Paper>
            );
          })}
          <NumberInput
            label={t('loyalty.settings.rules.criticalWhenSignals')}
            description={t('loyalty.settings.rules.criticalWhenSignalsHint')}
            value={values.criticalWhenSignals}
            onChange={(value) => {
              form.setValues((current) => (current ? { ...current, criticalWhenSignals: value } : current));
              form.clearError('criticalWhenSignals');
            }}
            error={errorAt('criticalWhenSignals')}
            min={1}
            max={6}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            hideControls
            maw={360}
          />
        </Stack>
      ) : null}
    </SettingsFormCard>
  );
}
