// "Invite teammate": who (a teammate record, so partners they own stay theirs), role, regions and a
// note; then the one-time code, shown once, with a copy button and when it stops working.
import { Alert, Button, Code, CopyButton, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import type { Owner } from '../../../../shared/owners';
import type { Role, TeamUser } from '../../../../shared/sync-protocol';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { dateTime } from '../../i18n/date-format';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { RoleRegionsFields } from './RoleRegionsFields';
import { useRegionChoices } from './use-region-choices';

interface Issued {
  name: string;
  code: string;
  expiresAt: string;
}

export interface InviteModalProps {
  opened: boolean;
  users: TeamUser[];
  onClose: () => void;
  onInvited: () => void;
}

export function InviteModal({ opened, users, onClose, onInvited }: InviteModalProps) {
  const { t } = useTranslation();
  const [issued, setIssued] = useState<Issued | null>(null);
  const close = () => {
    setIssued(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={issued ? t('team.invite.codeTitle', { name: issued.name }) : t('team.invite.title')}
      centered
      size="lg"
      closeOnClickOutside={!issued}
    >
      {issued ? (
        <IssuedCode issued={issued} onDone={close} />
      ) : (
        <InviteForm
          users={users}
          onCancel={close}
          onIssued={(next) => {
            setIssued(next);
            onInvited();
          }}
        />
      )}
    </Modal>
  );
}

interface InviteFormProps {
  users: TeamUser[];
  onCancel: () => void;
  onIssued: (issued: Issued) => void;
}

function InviteForm({ users, onCancel, onIssued }: InviteFormProps) {
  const { t } = useTranslation();
  const owners = useCoreQuery('owners.list', {});
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [role, setRole] = useState<Role>('account_owner');
  const [regions, setRegions] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ owner?: string; regions?: string; note?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const choices = useRegionChoices();
  const taken = new Set(users.filter((user) => !user.revoked).map((user) => user.ownerId));
  const candidates = (owners.data ?? []).filter((owner) => !owner.isMe);

  function pickOwner(id: string | null) {
    setOwnerId(id);
    setErrors((current) => ({ ...current, owner: undefined }));
    const owner = candidates.find((candidate) => candidate.id === id);
    // A teammate's region is the likely answer; the admin can still change it.
    if (owner?.region && regions.length === 0) {
      setRegions([owner.region]);
      setErrors((current) => ({ ...current, regions: undefined }));
    }
    if (owner && note === '') setNote(owner.name);
  }

  async function invite() {
    setFailure(null);
    const found: typeof errors = {};
    if (!ownerId) found.owner = t('team.invite.errors.owner');
    if (role !== 'admin' && regions.length === 0) found.regions = t('team.invite.errors.regions');
    setErrors(found);
    if (found.owner || found.regions || !ownerId) return;
    setSaving(true);
    try {
      const result = await call('team.invite', {
        ownerId,
        role,
        regions: role === 'admin' ? [] : regions,
        note,
      });
      const owner = candidates.find((candidate) => candidate.id === ownerId);
      onIssued({ name: owner?.name ?? note, ...result });
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        const text = (path: string) => {
          const message = Object.entries(error.fields ?? {}).find(([key]) => key.startsWith(path))?.[1];
          return message ? fieldMessageText(t, message) : undefined;
        };
        setErrors({ owner: text('ownerId'), regions: text('regions'), note: text('note') });
        if (!text('ownerId') && !text('regions') && !text('note')) setFailure(error.message);
      } else setFailure(errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      noValidate
      aria-label={t('team.invite.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void invite();
      }}
    >
      <Stack gap="sm">
        <Select
          label={t('team.invite.owner')}
          aria-label={t('team.invite.owner')}
          withAsterisk
          description={
            candidates.length === 0 && owners.data ? t('team.invite.noOwners') : t('team.invite.ownerHint')
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          placeholder={t('team.invite.ownerPlaceholder')}
          data={candidates.map((owner: Owner) => ({
            value: owner.id,
            label: owner.email ? `${owner.name} (${owner.email})` : owner.name,
            disabled: taken.has(owner.id),
          }))}
          value={ownerId}
          onChange={pickOwner}
          error={errors.owner}
          searchable
          comboboxProps={{ withinPortal: true }}
        />
        <RoleRegionsFields
          role={role}
          regions={regions}
          choices={choices}
          onRole={(next) => {
            setRole(next);
            setErrors((current) => ({ ...current, regions: undefined }));
          }}
          onRegions={(next) => {
            setRegions(next);
            setErrors((current) => ({ ...current, regions: undefined }));
          }}
          regionsError={errors.regions}
        />
        <TextInput
          label={t('team.invite.note')}
          description={t('team.invite.noteHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={note}
          maxLength={200}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.note}
        />
        {failure ? (
          <Alert color="red" role="alert" title={t('team.invite.failed')}>
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('team.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function IssuedCode({ issued, onDone }: { issued: Issued; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm">{t('team.invite.codeOnce', { name: issued.name })}</Text>
      <Group gap="sm" wrap="nowrap" justify="center">
        <Code
          fz="xl"
          fw={700}
          px="md"
          py="xs"
          data-testid="invitation-code"
          style={{ letterSpacing: '0.08em', overflowWrap: 'anywhere' }}
        >
          {issued.code}
        </Code>
        <CopyButton value={issued.code}>
          {({ copied, copy }) => (
            <Button
              variant="light"
              onClick={copy}
              leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            >
              {copied ? t('team.invite.copied') : t('team.invite.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="dimmed" ta="center">
        {t('team.invite.codeExpires', { when: dateTime(issued.expiresAt, i18n.language) })}
      </Text>
      <Group justify="flex-end">
        <Button onClick={onDone} data-autofocus>
          {t('team.invite.done')}
        </Button>
      </Group>
    </Stack>
  );
}
