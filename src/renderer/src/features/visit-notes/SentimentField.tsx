// Partner sentiment, 1 to 5 with words, or not noted.
import { Input, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sentimentScores } from './sentiment';

export interface SentimentFieldProps {
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string | undefined;
}

const notNoted = 'none';

export function SentimentField({ value, onChange, error }: SentimentFieldProps) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={t('visitNotes.form.sentiment')} error={error} id="visit-note-sentiment">
      <SegmentedControl
        fullWidth
        aria-label={t('visitNotes.form.sentiment')}
        aria-invalid={error ? true : undefined}
        value={value === null ? notNoted : String(value)}
        onChange={(next) => onChange(next === notNoted ? null : Number(next))}
        data={[
          { value: notNoted, label: t('visitNotes.sentiment.none') },
          ...sentimentScores.map((score) => ({
            value: String(score),
            label: (
              <Stack gap={0} align="center">
                <Text size="sm" fw={600} span>
                  {score}
                </Text>
                <Text size="xs" c="dimmed" span>
                  {t(`visitNotes.sentiment.${score}`)}
                </Text>
              </Stack>
            ),
          })),
        ]}
      />
    </Input.Wrapper>
  );
}
