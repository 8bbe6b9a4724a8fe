// Settings → Greeting templates: every occasion × language, the user's own text marked; editing
// opens a dialog with merge-field buttons, a live preview with sample values, the unknown fields
// named at the field while typing, and a reset to the default text.
import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import { greetingLanguages, greetingOccasions, type GreetingTemplate } from '../../../../shared/greetings';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { languageName } from '../../i18n/display-names';
import { errorText } from '../../i18n/error-text';
import { greetingMessageText } from '../greetings/greeting-messages';
import {
  insertMergeField,
  mergeFieldNames,
  previewTemplate,
  unknownMergeFields,
  type MergeFieldName,
} from '../greetings/template-preview';
import { useAnnounceWrite } from '../history/use-undo';

export function GreetingTemplatesSection() {
  const { t, i18n } = useTranslation();
  const templates = useCoreQuery('greetingTemplates.list', {});
  const [editing, setEditing] = useState<GreetingTemplate | null>(null);
  const byKey = new Map((templates.data ?? []).map((row) => [`${row.occasion}:${row.language}`, row]));

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-greeting-templates">
      <Title order={2} size="h4" id="settings-greeting-templates">
        {t('greetings.templates.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('greetings.templates.description')}
      </Text>
      {templates.error ? (
        <QueryErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />
      ) : !templates.data ? (
        <Skeleton height={320} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4} striped data-testid="greeting-templates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('greetings.templates.occasion')}</Table.Th>
                {greetingLanguages.map((language) => (
                  <Table.Th key={language}>{languageName(language, i18n.language)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {greetingOccasions.map((occasion) => (
                <Table.Tr key={occasion}>
                  <Table.Td>
                    <Text size="sm">{t(`greetings.occasions.${occasion}`)}</Text>
                  </Table.Td>
                  {greetingLanguages.map((language) => {
                    const template = byKey.get(`${occasion}:${language}`);
                    if (!template) return <Table.Td key={language} />;
                    return (
                      <Table.Td key={language}>
                        <Button
                          size="compact-xs"
                          variant={template.custom ? 'light' : 'subtle'}
                          color={template.custom ? 'blue' : 'gray'}
                          leftSection={<IconPencil size={12} aria-hidden />}
                          aria-label={t('greetings.templates.editNamed', {
                            occasion: t(`greetings.occasions.${occasion}`),
                            language: languageName(language, i18n.language),
                          })}
                          onClick={() => setEditing(template)}
                        >
                          {template.custom ? t('greetings.templates.custom') : t('greetings.templates.edit')}
                        </Button>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={
          editing
            ? t('greetings.templates.editTitle', {
                occasion: t(`greetings.occasions.${editing.occasion}`),
                language: languageName(editing.language, i18n.language),
              })
            : ''
        }
      >
        {editing ? (
          <TemplateEditor
            key={`${editing.occasion}:${editing.language}`}
            template={editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </Card>
  );
}

function TemplateEditor({ template, onDone }: { template: GreetingTemplate; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const status = useCoreQuery('app.status', {});
  const save = useCoreMutation('greetingTemplates.save');
  const reset = useCoreMutation('greetingTemplates.reset');
  const announce = useAnnounceWrite();
  const [body, setBody] = useState(template.body);
  const [serverError, setServerError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const names = {
    occasion: t(`greetings.occasions.${template.occasion}`),
    language: languageName(template.language, i18n.language),
  };

  const unknown = unknownMergeFields(body);
  const fieldError =
    unknown.length > 0 ? t('greetings.templates.unknownFields', { fields: unknown.join(', ') }) : serverError;
  const samples: Record<MergeFieldName, string> = {
    contactFirstName: t('greetings.templates.sample.contactFirstName'),
    partnerName: t('greetings.templates.sample.partnerName'),
    festivalName: t('greetings.templates.sample.festivalName'),
    years: t('greetings.templates.sample.years'),
    senderName: status.data?.profile.name ?? '',
  };

  function insert(field: MergeFieldName) {
    const element = textarea.current;
    const start = element?.selectionStart ?? body.length;
    const end = element?.selectionEnd ?? body.length;
    const next = insertMergeField(body, field, start, end);
    setBody(next.body);
    setServerError(null);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.cursor, next.cursor);
    });
  }

  async function submit() {
    setFailure(null);
    try {
      const result = await save.mutateAsync({
        occasion: template.occasion,
        language: template.language,
        body,
      });
      announce(t('greetings.templates.saved', names), result.batchId);
      onDone();
    } catch (error) {
      if (error instanceof CoreError && error.fields?.body) {
        setServerError(greetingMessageText(t, error.fields.body));
      } else setFailure(errorText(t, error));
    }
  }

  async function resetToDefault() {
    setFailure(null);
    try {
      const result = await reset.mutateAsync({ occasion: template.occasion, language: template.language });
      announce(t('greetings.templates.resetDone', names), result.batchId);
      onDone();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('greetings.templates.insertField')}
          </Text>
          <Group gap={6}>
            {mergeFieldNames.map((field) => (
              <Button
                key={field}
                size="compact-xs"
                variant="light"
                onClick={() => insert(field)}
                title={`{{${field}}}`}
              >
                {t(`greetings.templates.fields.${field}`)}
              </Button>
            ))}
          </Group>
        </Stack>
        <Textarea
          ref={textarea}
          label={t('greetings.templates.body')}
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            setServerError(null);
          }}
          error={fieldError}
          autosize
          minRows={4}
          maxRows={12}
          lang={template.language}
          data-autofocus
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('greetings.templates.preview')}
          </Text>
          <Paper withBorder p="sm" bg="var(--mantine-color-default-hover)" data-testid="template-preview">
            <Text
              size="sm"
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              lang={template.language}
            >
              {previewTemplate(body, samples)}
            </Text>
          </Paper>
        </Stack>
        {failure ? (
          <Alert color="red" role="alert" title={t('errors.saveFailed')}>
            {failure}
          </Alert>
        ) : null}
        <Group justify="space-between">
          <Button
            variant="subtle"
            color="gray"
            disabled={!template.custom}
            loading={reset.isPending}
            onClick={() => void resetToDefault()}
          >
            {t('greetings.templates.reset')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('greetings.templates.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
