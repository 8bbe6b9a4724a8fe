// One earning rule in the editor: name and key, what it awards and counts, its calculation (a rate,
// brackets marginal or whole, or a target bonus), which products count, an optional SPIF time box,
// tier multipliers and caps. Every input carries the rule's number in its accessible name, and the
// core's messages land at the exact input (rules.2.calc.brackets.1.upTo).
import {
  ActionIcon,
  Button,
  Grid,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { rulePeriods, type RulePeriod } from '../../../../shared/programs';
import { newBracket, uid, type DraftBracket, type DraftMultiplier, type DraftRule } from './rule-draft';
import { LabelledChoice } from './LabelledChoice';

export interface RuleChoices {
  products: { value: string; label: string }[];
  categories: string[];
  tiers: { value: string; label: string }[];
}

export interface RuleCardProps {
  rule: DraftRule;
  index: number;
  currency: string;
  choices: RuleChoices;
  /** The message at a field path under this rule ('calc.rate'), or at any path below it. */
  errorAt: (path: string, prefix?: boolean) => string | undefined;
  onChange: (change: Partial<DraftRule>, paths: string[]) => void;
  onRemove: () => void;
}

export function RuleCard({ rule, index, currency, choices, errorAt, onChange, onRemove }: RuleCardProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const named = (label: string) => ({ label, 'aria-label': t('programs.rules.field', { field: label, n }) });
  const awardUnit = rule.award === 'money' ? currency : t('programs.rules.pointsWord');
  const basisUnit = rule.basis === 'amount' ? currency : t('programs.rules.unitsWord');
  const unitSection = (unit: string) => ({
    rightSection: (
      <Text size="xs" c="dimmed">
        {unit}
      </Text>
    ),
    rightSectionWidth: 56,
  });
  const text = (field: keyof DraftRule) => ({
    value: rule[field] as string,
    error: errorAt(pathOf(field)),
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ [field]: event.currentTarget.value }, [pathOf(field)]),
  });
  const periodOptions = rulePeriods.map((period) => ({
    value: period,
    label: t(`programs.rules.period${period[0]!.toUpperCase()}${period.slice(1)}`),
  }));
  // Brackets and targets both count per period.
  const periodSelect = (
    <Select
      {...named(t('programs.rules.period'))}
      data={periodOptions}
      value={rule.period}
      allowDeselect={false}
      onChange={(period) => period && onChange({ period: period as RulePeriod }, [])}
    />
  );
  const setBrackets = (brackets: DraftBracket[]) => onChange({ brackets }, ['calc.brackets']);
  const setMultipliers = (multipliers: DraftMultiplier[]) => onChange({ multipliers }, ['tierMultipliers']);

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="rule-card"
      aria-label={t('programs.rules.ruleTitle', { n })}
      component="section"
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{t('programs.rules.ruleTitle', { n })}</Text>
          <Tooltip label={t('programs.rules.removeRule', { n })}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('programs.rules.removeRule', { n })}
              onClick={onRemove}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              {...named(t('programs.rules.name'))}
              withAsterisk
              placeholder={t('programs.rules.namePlaceholder')}
              {...text('name')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              {...named(t('programs.rules.key'))}
              withAsterisk
              description={t('programs.rules.keyHint')}
              {...text('key')}
            />
          </Grid.Col>
        </Grid>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <LabelledChoice
            label={t('programs.rules.award')}
            ariaLabel={t('programs.rules.field', { field: t('programs.rules.award'), n })}
            value={rule.award}
            onChange={(award) => onChange({ award }, [])}
            data={[
              { value: 'points', label: t('programs.rules.awardPoints') },
              { value: 'money', label: t('programs.rules.awardMoney', { currency }) },
            ]}
          />
          <LabelledChoice
            label={t('programs.rules.basis')}
            ariaLabel={t('programs.rules.field', { field: t('programs.rules.basis'), n })}
            value={rule.basis}
            onChange={(basis) => onChange({ basis }, [])}
            data={[
              { value: 'units', label: t('programs.rules.basisUnits') },
              { value: 'amount', label: t('programs.rules.basisAmount', { currency }) },
            ]}
          />
          <LabelledChoice
            label={t('programs.rules.calc')}
            ariaLabel={t('programs.rules.field', { field: t('programs.rules.calc'), n })}
            value={rule.calcKind}
            onChange={(calcKind) => onChange({ calcKind }, ['calc'])}
            data={[
              { value: 'rate', label: t('programs.rules.calcRate') },
              { value: 'brackets', label: t('programs.rules.calcBrackets') },
              { value: 'target', label: t('programs.rules.calcTarget') },
            ]}
          />
        </SimpleGrid>

        {rule.calcKind === 'rate' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              {...named(t('programs.rules.rate'))}
              withAsterisk
              inputMode="decimal"
              {...unitSection(awardUnit)}
              {...text('rate')}
              error={errorAt('calc.rate')}
              onChange={(e) => onChange({ rate: e.currentTarget.value }, ['calc.rate'])}
            />
            <TextInput
              {...named(t('programs.rules.every'))}
              withAsterisk
              inputMode="decimal"
              {...unitSection(basisUnit)}
              {...text('every')}
              error={errorAt('calc.every')}
              onChange={(e) => onChange({ every: e.currentTarget.value }, ['calc.every'])}
            />
          </SimpleGrid>
        ) : null}

        {rule.calcKind === 'brackets' ? (
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <LabelledChoice
                label={t('programs.rules.mode')}
                ariaLabel={t('programs.rules.field', { field: t('programs.rules.mode'), n })}
                value={rule.mode}
                onChange={(mode) => onChange({ mode }, ['calc.brackets'])}
                data={[
                  { value: 'marginal', label: t('programs.rules.modeMarginal') },
                  { value: 'whole', label: t('programs.rules.modeWhole') },
                ]}
              >
                <Text size="xs" c="dimmed">
                  {t('programs.rules.modeMarginalHint')}
                  <br />
                  {t('programs.rules.modeWholeHint')}
                </Text>
              </LabelledChoice>
              {periodSelect}
            </SimpleGrid>
            <Table
              aria-label={t('programs.rules.bracketsTable', { n })}
              withRowBorders={false}
              verticalSpacing={4}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={90}>#</Table.Th>
                  <Table.Th>
                    {t('programs.rules.upTo')} ({basisUnit})
                  </Table.Th>
                  <Table.Th>
                    {t('programs.rules.rate')} ({awardUnit})
                  </Table.Th>
                  <Table.Th>
                    {t('programs.rules.every')} ({basisUnit})
                  </Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rule.brackets.map((bracket, b) => {
                  const at = (field: keyof DraftBracket) => `calc.brackets.${b}.${field}`;
                  const label = (field: string) => t('programs.rules.bracketField', { field, n, b: b + 1 });
                  const edit = (field: 'upTo' | 'rate' | 'every', value: string) =>
                    onChange(
                      { brackets: rule.brackets.map((x, i) => (i === b ? { ...x, [field]: value } : x)) },
                      [at(field)],
                    );
                  const last = b === rule.brackets.length - 1;
                  return (
                    <Table.Tr key={bracket.uid}>
                      <Table.Td>
                        <Text size="sm" c="dimmed">
                          {t('programs.rules.bracketN', { b: b + 1 })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={label(t('programs.rules.upTo'))}
                          inputMode="decimal"
                          placeholder={last ? t('programs.rules.upToOpen') : undefined}
                          value={bracket.upTo}
                          error={errorAt(at('upTo'))}
                          onChange={(e) => edit('upTo', e.currentTarget.value)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={label(t('programs.rules.rate'))}
                          inputMode="decimal"
                          value={bracket.rate}
                          error={errorAt(at('rate'))}
                          onChange={(e) => edit('rate', e.currentTarget.value)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={label(t('programs.rules.every'))}
                          inputMode="decimal"
                          value={bracket.every}
                          error={errorAt(at('every'))}
                          onChange={(e) => edit('every', e.currentTarget.value)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('programs.rules.removeBracket', { n, b: b + 1 })}
                          disabled={rule.brackets.length === 1}
                          onClick={() => setBrackets(rule.brackets.filter((x) => x.uid !== bracket.uid))}
                        >
                          <IconTrash size={14} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            {errorAt('calc.brackets') ? (
              <Text size="xs" c="red" role="alert">
                {errorAt('calc.brackets')}
              </Text>
            ) : null}
            <Group justify="space-between" wrap="wrap">
              <Text size="xs" c="dimmed">
                {t('programs.rules.bracketsHint')}
              </Text>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => setBrackets([...rule.brackets, newBracket()])}
              >
                {t('programs.rules.addBracket')}
              </Button>
            </Group>
          </Stack>
        ) : null}

        {rule.calcKind === 'target' ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {periodSelect}
            <TextInput
              {...named(t('programs.rules.target'))}
              withAsterisk
              inputMode="decimal"
              {...unitSection(basisUnit)}
              {...text('target')}
              error={errorAt('calc.target')}
              onChange={(e) => onChange({ target: e.currentTarget.value }, ['calc.target'])}
            />
            <TextInput
              {...named(t('programs.rules.bonus'))}
              withAsterisk
              inputMode="decimal"
              {...unitSection(awardUnit)}
              {...text('bonus')}
              error={errorAt('calc.bonus')}
              onChange={(e) => onChange({ bonus: e.currentTarget.value }, ['calc.bonus'])}
            />
          </SimpleGrid>
        ) : null}

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <MultiSelect
            {...named(t('programs.rules.filterProducts'))}
            placeholder={rule.productIds.length ? undefined : t('programs.rules.anyProduct')}
            description={t('programs.rules.filterHint')}
            data={withChosen(choices.products, rule.productIds)}
            value={rule.productIds}
            searchable
            error={errorAt('filter.productIds', true)}
            onChange={(productIds) => onChange({ productIds }, ['filter.productIds'])}
          />
          <MultiSelect
            {...named(t('programs.rules.filterCategories'))}
            placeholder={rule.categories.length ? undefined : t('programs.rules.anyCategory')}
            description={'\u00a0'}
            data={[...new Set([...choices.categories, ...rule.categories])]}
            value={rule.categories}
            searchable
            error={errorAt('filter.categories', true)}
            onChange={(categories) => onChange({ categories }, ['filter.categories'])}
          />
        </SimpleGrid>

        <Stack gap={6}>
          <Switch
            label={t('programs.rules.window')}
            description={t('programs.rules.windowHint')}
            aria-label={t('programs.rules.field', { field: t('programs.rules.window'), n })}
            checked={rule.windowOn}
            onChange={(e) => onChange({ windowOn: e.currentTarget.checked }, ['window'])}
          />
          {rule.windowOn ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                {...named(t('programs.rules.windowFrom'))}
                type="date"
                withAsterisk
                {...text('windowFrom')}
                error={errorAt('window.from')}
                onChange={(e) => onChange({ windowFrom: e.currentTarget.value }, ['window.from'])}
              />
              <TextInput
                {...named(t('programs.rules.windowTo'))}
                type="date"
                withAsterisk
                {...text('windowTo')}
                error={errorAt('window.to')}
                onChange={(e) => onChange({ windowTo: e.currentTarget.value }, ['window.to'])}
              />
            </SimpleGrid>
          ) : null}
        </Stack>

        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('programs.rules.multipliers')}
          </Text>
          {rule.multipliers.map((m, i) => {
            const label = (field: string) => t('programs.rules.multiplierField', { field, n, m: i + 1 });
            const edit = (change: Partial<DraftMultiplier>, path: string) =>
              onChange({ multipliers: rule.multipliers.map((x, j) => (j === i ? { ...x, ...change } : x)) }, [
                `tierMultipliers.${i}.${path}`,
              ]);
            return (
              <Group key={m.uid} gap="sm" align="flex-start" wrap="nowrap">
                <Select
                  aria-label={label(t('programs.rules.multiplierTier'))}
                  placeholder={t('programs.rules.multiplierTier')}
                  data={withChosen(choices.tiers, m.tier ? [m.tier] : [])}
                  value={m.tier}
                  error={errorAt(`tierMultipliers.${i}.tier`)}
                  onChange={(tier) => edit({ tier }, 'tier')}
                  w={200}
                />
                <TextInput
                  aria-label={label(t('programs.rules.multiplier'))}
                  placeholder="1.5"
                  inputMode="decimal"
                  leftSection={<Text size="sm">×</Text>}
                  value={m.multiplier}
                  error={errorAt(`tierMultipliers.${i}.multiplier`)}
                  onChange={(e) => edit({ multiplier: e.currentTarget.value }, 'multiplier')}
                  w={140}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={6}
                  aria-label={t('programs.rules.removeMultiplier', { n, m: i + 1 })}
                  onClick={() => setMultipliers(rule.multipliers.filter((x) => x.uid !== m.uid))}
                >
                  <IconTrash size={14} aria-hidden />
                </ActionIcon>
              </Group>
            );
          })}
          <Group>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                setMultipliers([...rule.multipliers, { uid: uid(), tier: null, multiplier: '' }])
              }
            >
              {t('programs.rules.addMultiplier')}
            </Button>
          </Group>
        </Stack>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            {...named(t('programs.rules.capPerPartner'))}
            description={t('programs.rules.capHint')}
            inputMode="decimal"
            {...unitSection(awardUnit)}
            {...text('capPerPartner')}
          />
          <TextInput
            {...named(t('programs.rules.capPerProgram'))}
            description={'\u00a0'}
            inputMode="decimal"
            {...unitSection(awardUnit)}
            {...text('capPerProgram')}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** Where the core reports a draft field. */
function pathOf(field: keyof DraftRule): string {
  switch (field) {
    case 'windowFrom':
      return 'window.from';
    case 'windowTo':
      return 'window.to';
    default:
      return field;
  }
}

/** Chosen values stay visible even when the choices no longer list them (a deleted product). */
function withChosen(options: { value: string; label: string }[], chosen: readonly string[]) {
  const missing = chosen.filter((value) => !options.some((o) => o.value === value));
  return [...options, ...missing.map((value) => ({ value, label: value }))];
}
