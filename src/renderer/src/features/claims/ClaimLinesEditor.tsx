// The lines of a claim in its form: SKU (suggested from the catalog, aliases included), quantity,
// the line's amount in the program's currency and serial numbers. Each field shows the message the
// schema or the core gave for it (lines.<i>.sku and so on).
import {
  ActionIcon,
  Autocomplete,
  Button,
  Group,
  Input,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldMessage } from '../../../../shared/errors';
import { useCoreQuery } from '../../api/core-queries';
import { fieldMessageText } from '../../i18n/error-text';

export interface LineDraft {
  key: number;
  sku: string;
  quantity: number | string;
  amount: string;
  serials: string;
}

let lineCount = 0;
export function emptyLine(): LineDraft {
  lineCount += 1;
  return { key: lineCount, sku: '', quantity: 1, amount: '', serials: '' };
}

export interface ClaimLinesEditorProps {
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  currency: string;
  errors: Record<string, FieldMessage>;
  onFieldEdited: (path: string) => void;
}

export function ClaimLinesEditor({
  lines,
  onChange,
  currency,
  errors,
  onFieldEdited,
}: ClaimLinesEditorProps) {
  const { t } = useTranslation();
  const products = useCoreQuery('products.list', { limit: 500 });
  const names = new Map<string, string>();
  for (const product of products.data?.rows ?? []) {
    names.set(product.sku, product.name);
    for (const alias of product.aliases) names.set(alias, `${product.name} (${product.sku})`);
  }
  const codes = [...names.keys()];
  const message = (path: string) => (errors[path] ? fieldMessageText(t, errors[path]) : undefined);
  const update = (index: number, field: keyof LineDraft, value: string | number) => {
    onChange(lines.map((line, i) => (i === index ? { ...line, [field]: value } : line)));
    const path = field === 'amount' ? 'amountMinor' : field === 'serials' ? 'serialNumbers' : field;
    onFieldEdited(`lines.${index}.${path}`);
  };

  return (
    <Input.Wrapper label={t('claims.fields.lines')} withAsterisk error={message('lines')}>
      <Stack gap="xs" mt={4}>
        <Group gap="xs" wrap="nowrap" aria-hidden>
          <Text size="xs" c="dimmed" fw={600} style={{ flex: 3 }}>
            {t('claims.fields.sku')}
          </Text>
          <Text size="xs" c="dimmed" fw={600} style={{ flex: 1.3 }}>
            {t('claims.fields.quantity')}
          </Text>
          <Text size="xs" c="dimmed" fw={600} style={{ flex: 2 }}>
            {t('claims.form.amountHint', { currency })}
          </Text>
          <Text size="xs" c="dimmed" fw={600} style={{ flex: 2.5 }}>
            {t('claims.fields.serialNumbers')}
          </Text>
          <div style={{ width: 28 }} />
        </Group>
        {lines.map((line, index) => {
          const label = (field: string) => `${t('claims.form.line', { line: index + 1 })}: ${field}`;
          return (
            <Group key={line.key} gap="xs" align="flex-start" wrap="nowrap" data-testid="claim-line">
              <Autocomplete
                aria-label={label(t('claims.fields.sku'))}
                placeholder={t('claims.form.skuPlaceholder')}
                data={codes}
                limit={20}
                value={line.sku}
                error={message(`lines.${index}.sku`)}
                onChange={(value) => update(index, 'sku', value)}
                renderOption={({ option }) => (
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" ff="monospace">
                      {option.value}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {names.get(option.value)}
                    </Text>
                  </Group>
                )}
                description={names.get(line.sku)}
                inputWrapperOrder={['input', 'error', 'description']}
                style={{ flex: 3 }}
              />
              <NumberInput
                aria-label={label(t('claims.fields.quantity'))}
                value={line.quantity}
                min={1}
                allowDecimal={false}
                error={message(`lines.${index}.quantity`)}
                onChange={(value) => update(index, 'quantity', value)}
                style={{ flex: 1.3 }}
              />
              <TextInput
                aria-label={label(t('claims.fields.amount'))}
                placeholder="0.00"
                inputMode="decimal"
                value={line.amount}
                error={message(`lines.${index}.amountMinor`)}
                onChange={(event) => update(index, 'amount', event.currentTarget.value)}
                style={{ flex: 2 }}
              />
              <TextInput
                aria-label={label(t('claims.fields.serialNumbers'))}
                placeholder={t('claims.form.serialsPlaceholder')}
                value={line.serials}
                error={message(`lines.${index}.serialNumbers`)}
                onChange={(event) => update(index, 'serials', event.currentTarget.value)}
                style={{ flex: 2.5 }}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={4}
                aria-label={t('claims.form.removeLine', { line: index + 1 })}
                disabled={lines.length === 1}
                onClick={() => onChange(lines.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange([...lines, emptyLine()])}
          >
            {t('claims.form.addLine')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
