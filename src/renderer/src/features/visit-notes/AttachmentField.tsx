// Photos and files of a visit note in the form: pick or drop files, each is checked for size at
// once, read and uploaded to the store (with its progress shown), then listed as a removable chip.
import { Button, FileButton, Group, Input, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import type { AttachmentRef } from '../../../../shared/visit-notes';
import { call } from '../../api/client';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { formatBytes, isTooLarge, readFileAsBase64 } from './attachment-files';
import { AttachmentThumbnail } from './AttachmentChip';

interface Upload {
  key: string;
  fileName: string;
  size: number;
  /** 0..1 while the file is read; null once it is being sent to the store. */
  progress: number | null;
}

export interface AttachmentFieldProps {
  value: AttachmentRef[];
  onChange: (update: (current: AttachmentRef[]) => AttachmentRef[]) => void;
  /** Messages the core answered for attachments, by index ("attachments.2"). */
  errors: Record<string, FieldMessage>;
  onBusyChange: (busy: boolean) => void;
}

let uploadCount = 0;

export function AttachmentField({ value, onChange, errors, onBusyChange }: AttachmentFieldProps) {
  const { t, i18n } = useTranslation();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);

  const busy = uploads.length > 0;
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);

  const setUpload = (key: string, update: Partial<Upload> | null) =>
    setUploads((current) =>
      update
        ? current.map((u) => (u.key === key ? { ...u, ...update } : u))
        : current.filter((u) => u.key !== key),
    );

  async function upload(file: File): Promise<string | null> {
    const size = formatBytes(file.size, i18n.language);
    if (isTooLarge(file)) return t('visitNotes.attachments.tooLarge', { name: file.name, size });
    uploadCount += 1;
    const key = `upload-${uploadCount}`;
    setUploads((current) => [...current, { key, fileName: file.name, size: file.size, progress: 0 }]);
    try {
      let content: string;
      try {
        content = await readFileAsBase64(file, (progress) => setUpload(key, { progress }));
      } catch {
        return t('visitNotes.attachments.unreadable', { name: file.name });
      }
      setUpload(key, { progress: null });
      const ref = await call('attachments.add', {
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        contentBase64: content,
      });
      onChange((current) => (current.some((a) => a.hash === ref.hash) ? current : [...current, ref]));
      return null;
    } catch (error) {
      const message = error instanceof CoreError ? error.fields?.file : undefined;
      return message
        ? `${file.name}: ${fieldMessageText(t, message)}`
        : t('visitNotes.attachments.uploadFailed', { name: file.name, reason: errorText(t, error) });
    } finally {
      setUpload(key, null);
    }
  }

  async function addFiles(files: File[]) {
    setProblems([]);
    const results = await Promise.all(files.map(upload));
    setProblems(results.filter((message): message is string => message !== null));
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length) void addFiles(files);
  };

  const storedErrors = value.flatMap((ref, index) => {
    const message = errors[`attachments.${index}`];
    return message ? [`${ref.fileName}: ${fieldMessageText(t, message)}`] : [];
  });
  const allErrors = [...problems, ...storedErrors];

  return (
    <Input.Wrapper
      label={t('visitNotes.form.attachments')}
      description={t('visitNotes.attachments.hint')}
      error={
        allErrors.length ? (
          <Stack gap={2} component="span" data-testid="attachment-errors">
            {allErrors.map((message) => (
              <span key={message}>{message}</span>
            ))}
          </Stack>
        ) : undefined
      }
    >
      <Paper
        withBorder
        p="sm"
        mt={4}
        radius="md"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderColor: allErrors.length
            ? 'var(--mantine-color-error)'
            : dragging
              ? 'var(--mantine-primary-color-filled)'
              : undefined,
        }}
      >
        <Stack gap="xs">
          {value.length || uploads.length ? (
            <Group gap="xs">
              {value.map((ref, index) => (
                <Group key={ref.hash} gap={4} wrap="nowrap">
                  <AttachmentThumbnail attachment={ref} invalid={Boolean(errors[`attachments.${index}`])} />
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="gray"
                    aria-label={t('visitNotes.attachments.remove', { name: ref.fileName })}
                    onClick={() => onChange((current) => current.filter((a) => a.hash !== ref.hash))}
                  >
                    <IconX size={14} aria-hidden />
                  </Button>
                </Group>
              ))}
              {uploads.map((item) => (
                <Paper key={item.key} withBorder px="sm" py={6} radius="xl" w={220} aria-busy="true">
                  <Group gap="xs" wrap="nowrap">
                    <Loader size={14} />
                    <Text size="xs" truncate="end" style={{ flex: 1 }}>
                      {item.progress === null
                        ? t('visitNotes.attachments.uploading', { name: item.fileName })
                        : t('visitNotes.attachments.reading', { name: item.fileName })}
                    </Text>
                  </Group>
                  <Progress
                    mt={4}
                    size="xs"
                    value={item.progress === null ? 100 : item.progress * 100}
                    animated={item.progress === null}
                    aria-label={t('visitNotes.attachments.progress', { name: item.fileName })}
                  />
                </Paper>
              ))}
            </Group>
          ) : null}
          <Group gap="sm">
            <FileButton multiple onChange={(files) => void addFiles(files)}>
              {(props) => (
                <Button
                  {...props}
                  size="xs"
                  variant="light"
                  leftSection={<IconPaperclip size={14} aria-hidden />}
                >
                  {t('visitNotes.attachments.add')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed">
              {t('visitNotes.attachments.dropHint')}
            </Text>
          </Group>
        </Stack>
      </Paper>
    </Input.Wrapper>
  );
}
