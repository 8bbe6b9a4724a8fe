// A settings card holding a whole number of days per kind of thing (reminder lead times, SLA
// business days): checked here with the message at the field, then by the core, whose field
// messages land at the same fields. Saving is one undoable change.
import { Alert, Button, Card, Group, NumberInput, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import { fieldMessage } from '../../../../shared/validation';
import { QueryErrorAlert } from '../QueryErrorAlert';
import { errorText, fieldMessageText } from '../../i18n/error-text';

export interface DayCountsSectionProps<K extends string> {
  /** The heading's id (the card is labelled by it). */
  id: string;
  title: string;
  description: string;
  /** The kinds in the order shown, with each one's label. */
  keys: readonly K[];
  labelOf: (key: K) => string;
  /** Under every field, e.g. "business days". */
  unit: string;
  min: number;
  max: number;
  /** The validation message key for a value out of range. */
  invalidKey: string;
  saveLabel: string;
  /** The stored values; undefined while loading. */
  stored: Record<K, number> | undefined;
  loadError: Error | null;
  onRetry: () => void;
  /** Saves; rejects with a CoreError whose field paths end in a key. */
  save: (values: Record<K, number>) => Promise<void>;
  saving: boolean;
  columns: number;
}

export function DayCountsSection<K extends string>(props: DayCountsSectionProps<K>) {
  const { t } = useTranslation();
  const { keys, stored, min, max } = props;
  const [values, setValues] = useState<Record<K, number | string> | null>(null);
  const [errors, setErrors] = useState<Partial<Record<string, FieldMessage>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (stored) setValues({ ...stored });
  }, [stored]);

  const inRange = (value: number | string): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

  async function submit() {
    if (!values) return;
    setFailure(null);
    const invalid = Object.fromEntries(
      keys.filter((key) => !inRange(values[key])).map((key) => [key, fieldMessage(props.invalidKey)]),
    );
    setErrors(invalid);
    if (Object.keys(invalid).length > 0) return;
    try {
      await props.save(values as Record<K, number>);
    } catch (error) {
      if (error instanceof CoreError && error.fields) {
        // "leadDays.visit" and "visit" both land at the visit field.
        setErrors(
          Object.fromEntries(
            Object.entries(error.fields).map(([path, message]) => [path.split('.').at(-1) ?? path, message]),
          ),
        );
      } else setFailure(errorText(t, error));
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h4" id={props.id}>
        {props.title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {props.description}
      </Text>
      {props.loadError ? (
        <QueryErrorAlert error={props.loadError} onRetry={props.onRetry} />
      ) : !values ? (
        <Skeleton height={100} />
      ) : (
        <form
          noValidate
          aria-label={props.title}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, sm: props.columns }} spacing="md" verticalSpacing="sm">
            {keys.map((key) => {
              const error = errors[key];
              return (
                <NumberInput
                  key={key}
                  label={props.labelOf(key)}
                  description={props.unit}
                  value={values[key]}
                  onChange={(value) => {
                    setValues({ ...values, [key]: value });
                    setErrors({ ...errors, [key]: undefined });
                  }}
                  error={error ? fieldMessageText(t, error) : undefined}
                  min={min}
                  max={max}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                />
              );
            })}
          </SimpleGrid>
          {failure ? (
            <Alert color="red" role="alert" title={t('errors.saveFailed')} mt="md">
              {failure}
            </Alert>
          ) : null}
          <Group justify="flex-end" mt="md">
            <Button type="submit" loading={props.saving}>
              {props.saveLabel}
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}
