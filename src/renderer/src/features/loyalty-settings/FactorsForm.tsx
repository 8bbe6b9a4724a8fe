// The score's factors: per factor its weight (with its live share of 100%), its parameters with
// their units, and one line on which way it moves the score. Saved as one change.
import { Group, NumberInput, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  defaultLoyaltyFactors,
  loyaltyFactorKeys,
  loyaltyFactorsSchema,
  type LoyaltyFactorKey,
  type LoyaltyFactors,
} from '../../../../shared/loyalty';
import { minorDigits } from '../../../../shared/money';
import { fieldMessagesFromZod } from '../../../../shared/validation';
import { call } from '../../api/client';
import { fieldMessageText } from '../../i18n/error-text';
import { roundedShares, weightShares } from '../loyalty/weight-shares';
import { SettingsFormCard } from './SettingsFormCard';
import { useSettingsForm } from './use-settings-form';

type Typed = number | string;
type FactorValues = Record<LoyaltyFactorKey, Record<string, Typed>>;

/** The parameters of each factor, in the order shown (the weight comes first, always). */
const paramsOf: Record<LoyaltyFactorKey, readonly string[]> = {
  salesVolume: ['months', 'fullAtMinor'],
  salesGrowth: ['months', 'zeroAtPercent', 'fullAtPercent'],
  orderRegularity: ['months'],
  engagement: ['months', 'fullAt'],
  contactRecency: ['zeroAtDays'],
  commitmentsKept: ['months'],
  disputes: ['zeroAtPoints'],
  tenure: ['fullAtYears'],
  nps: ['months'],
  satisfaction: ['months'],
};

/** Money is typed in the currency's units and stored in minor units. */
function toValues(factors: LoyaltyFactors, currency: string): FactorValues {
  const scale = 10 ** minorDigits(currency);
  return Object.fromEntries(
    loyaltyFactorKeys.map((key) => {
      const factor = { ...(factors[key] as Record<string, number>) };
      if (key === 'salesVolume') factor['fullAtMinor'] = factor['fullAtMinor']! / scale;
      return [key, factor];
    }),
  ) as FactorValues;
}

function toFactors(values: FactorValues, currency: string): LoyaltyFactors {
  const scale = 10 ** minorDigits(currency);
  const number = (value: Typed | undefined) => (typeof value === 'number' ? value : Number.NaN);
  return Object.fromEntries(
    loyaltyFactorKeys.map((key) => {
      const factor = Object.fromEntries(
        Object.entries(values[key]).map(([param, value]) => [param, number(value)]),
      );
      if (key === 'salesVolume')
        factor['fullAtMinor'] = Math.round(number(values[key]['fullAtMinor']) * scale);
      return [key, factor];
    }),
  ) as LoyaltyFactors;
}

export function FactorsForm({ stored, currency }: { stored: LoyaltyFactors | undefined; currency: string }) {
  const { t } = useTranslation();
  const title = t('loyalty.settings.factors.title');
  const form = useSettingsForm({
    stored,
    defaults: defaultLoyaltyFactors,
    toValues: (factors: LoyaltyFactors) => toValues(factors, currency),
    section: 'factors',
    title,
    savedMessage: t('loyalty.settings.factors.saved'),
    fieldOf: (path) => (/^\w+\.\w+$/.test(path) ? path : null),
  });
  const values = form.values;
  const shares = values
    ? roundedShares(
        weightShares(
          Object.fromEntries(loyaltyFactorKeys.map((key) => [key, values[key]['weight'] ?? ''])) as Record<
            LoyaltyFactorKey,
            Typed
          >,
        ),
      )
    : null;
  const total = values
    ? loyaltyFactorKeys.reduce((sum, key) => {
        const weight = values[key]['weight'];
        return sum + (typeof weight === 'number' ? weight : 0);
      }, 0)
    : 0;

  function setParam(key: LoyaltyFactorKey, param: string, value: Typed) {
    form.setValues((current) =>
      current ? { ...current, [key]: { ...current[key], [param]: value } } : current,
    );
    form.clearError(`${key}.${param}`);
    // "At least one weight above zero" sits at the first weight but is about all of them.
    if (param === 'weight') form.clearError('salesVolume.weight');
  }

  function save() {
    if (!values) return;
    const factors = toFactors(values, currency);
    const parsed = loyaltyFactorsSchema.safeParse(factors);
    void form.save(parsed.success ? null : fieldMessagesFromZod(parsed.error), () =>
      call('loyaltySettings.saveFactors', factors),
    );
  }

  const errorAt = (path: string) => {
    const message = form.errors[path];
    return message ? fieldMessageText(t, message) : undefined;
  };

  return (
    <SettingsFormCard
      id="loyalty-factors-title"
      title={title}
      description={t('loyalty.settings.factors.description')}
      ready={values !== null}
      otherErrors={form.other}
      failure={form.failure}
      saving={form.saving}
      saveLabel={t('loyalty.settings.factors.save')}
      onSave={save}
      resetting={form.resetting}
      onReset={() => void form.reset()}
    >
      {values ? (
        <Stack gap="sm">
          {loyaltyFactorKeys.map((key) => {
            const name = t(`loyalty.factor.${key}`);
            const share = shares?.[key] ?? null;
            return (
              <Paper key={key} withBorder p="sm" radius="md" data-testid="factor-settings" data-factor={key}>
                <Group align="flex-start" justify="space-between" wrap="wrap" gap="md">
                  <Stack gap={2} style={{ flex: '1 1 220px' }}>
                    <Text fw={600} size="sm">
                      {name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`loyalty.settings.factors.direction.${key}`)}
                    </Text>
                  </Stack>
                  <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" style={{ flex: '2 1 420px' }}>
                    <NumberInput
                      label={t('loyalty.settings.factors.weight')}
                      aria-label={`${t('loyalty.settings.factors.weight')} · ${name}`}
                      description={
                        share === null
                          ? t('loyalty.settings.factors.shareNone')
                          : t('loyalty.settings.factors.share', { share })
                      }
                      value={values[key]['weight']}
                      onChange={(value) => setParam(key, 'weight', value)}
                      error={errorAt(`${key}.weight`)}
                      min={0}
                      max={100}
                      allowDecimal={false}
                      clampBehavior="none"
                      hideControls
                    />
                    {paramsOf[key].map((param) => {
                      const label = t(`loyalty.settings.factors.param.${param}`);
                      return (
                        <NumberInput
                          key={param}
                          label={label}
                          aria-label={`${label} · ${name}`}
                          description={t(`loyalty.settings.factors.unit.${param}`, { currency })}
                          value={values[key][param]}
                          onChange={(value) => setParam(key, param, value)}
                          error={errorAt(`${key}.${param}`)}
                          allowDecimal={param === 'fullAtMinor' && minorDigits(currency) > 0}
                          allowNegative={param === 'zeroAtPercent'}
                          thousandSeparator={param === 'fullAtMinor' ? ',' : undefined}
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
          <Text size="xs" c="dimmed" ta="right" data-testid="weights-total">
            {t('loyalty.settings.factors.totalShare', { total })}
          </Text>
        </Stack>
      ) : null}
    </SettingsFormCard>
  );
}
