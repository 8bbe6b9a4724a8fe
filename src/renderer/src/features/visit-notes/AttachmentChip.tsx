// A file of a visit note as a chip: images show a thumbnail, and a click opens the file from the
// store (a Blob URL made on demand, so a 50 MB video is only read when someone asks for it).
import { downloadUrl } from '../../components/FileDownload/download-file';
import { Image, Loader, Modal, Paper, Stack, Text, UnstyledButton, Group, Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFile, IconPhoto } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '../../../../shared/visit-notes';
import { readAttachmentBlob } from '../../api/attachment-bytes';
import { findBridge } from '../../api/bridge-types';
import { call } from '../../api/client';
import { errorText } from '../../i18n/error-text';
import { formatBytes, isImage } from './attachment-files';

/** Thumbnails are read for images up to this size; bigger ones show an icon until opened. */
const thumbnailMaxBytes = 8 * 1024 * 1024;

async function objectUrlOf(attachment: AttachmentRef): Promise<string> {
  const blob = await readAttachmentBlob(attachment.hash, attachment.mediaType, {
    desktop: findBridge(window) !== undefined,
    fetch: (url) => fetch(url),
    readBase64: async (hash) => (await call('attachments.read', { hash })).contentBase64,
  });
  return URL.createObjectURL(blob);
}

/** A Blob URL of a stored image while the component is shown; revoked afterwards. */
function useThumbnailUrl(attachment: AttachmentRef): string | null {
  const [url, setUrl] = useState<string | null>(null);
  const wanted = isImage(attachment.mediaType) && attachment.size <= thumbnailMaxBytes;
  useEffect(() => {
    if (!wanted) return undefined;
    let made: string | null = null;
    let cancelled = false;
    objectUrlOf(attachment).then(
      (objectUrl) => {
        if (cancelled) URL.revokeObjectURL(objectUrl);
        else setUrl((made = objectUrl));
      },
      () => setUrl(null),
    );
    return () => {
      cancelled = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [attachment, wanted]);
  return url;
}

export interface AttachmentThumbnailProps {
  attachment: AttachmentRef;
  invalid?: boolean;
}

export function AttachmentThumbnail({ attachment, invalid }: AttachmentThumbnailProps) {
  const { t, i18n } = useTranslation();
  const thumbnail = useThumbnailUrl(attachment);
  const [opening, setOpening] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  async function open() {
    setOpening(true);
    try {
      const url = await objectUrlOf(attachment);
      if (isImage(attachment.mediaType)) setPreview(url);
      else {
        downloadUrl(url, attachment.fileName);
        // The download has its own copy once started.
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('visitNotes.attachments.openFailed', { name: attachment.fileName }),
        message: errorText(t, error),
      });
    } finally {
      setOpening(false);
    }
  }

  const Icon = isImage(attachment.mediaType) ? IconPhoto : IconFile;
  return (
    <>
      <UnstyledButton
        onClick={() => void open()}
        aria-label={t('visitNotes.attachments.open', { name: attachment.fileName })}
        data-testid="attachment-chip"
      >
        <Paper
          withBorder
          radius="xl"
          px="sm"
          py={4}
          maw={260}
          style={invalid ? { borderColor: 'var(--mantine-color-error)' } : undefined}
        >
          <Group gap="xs" wrap="nowrap">
            {opening ? (
              <Loader size={16} />
            ) : thumbnail ? (
              <Image src={thumbnail} alt="" w={28} h={28} radius="sm" fit="cover" />
            ) : (
              <Icon size={16} aria-hidden />
            )}
            <Stack gap={0} miw={0}>
              <Text size="xs" fw={500} truncate="end">
                {attachment.fileName}
              </Text>
              <Text size="xs" c="dimmed">
                {formatBytes(attachment.size, i18n.language)}
              </Text>
            </Stack>
          </Group>
        </Paper>
      </UnstyledButton>
      <Modal
        opened={preview !== null}
        onClose={() => setPreview(null)}
        title={attachment.fileName}
        size="xl"
        centered
      >
        {preview ? (
          <Stack>
            <Image src={preview} alt={attachment.fileName} fit="contain" mah="70vh" />
            <Group justify="flex-end">
              <Button
                variant="light"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => downloadUrl(preview, attachment.fileName)}
              >
                {t('visitNotes.attachments.download')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
