// Enter or edit a claim: program (active ones), partner (enrolled in it), invoice number and date,
// lines, the invoice as a photo or PDF, and a note. Checked with the shared schema first, then by
// the core; every message lands at its field, a line's at that line. An invoice also claimed by
// another partner is saved but flagged, and the form says so before it closes.
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { claimInputSchema, type Claim, type ClaimInput } from '../../../../shared/claims';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import { fieldMessage, fieldMessagesFromZod } from '../../../../shared/validation';
import type { AttachmentRef } from '../../../../shared/visit-notes';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { requiredLabel } from '../../forms/required-label';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { decimalTextOfMinor, minorOfDecimalText } from '../sales/sales-money';
import { AttachmentField } from '../visit-notes/AttachmentField';
import { localToday } from '../visit-notes/local-day';
import { ClaimLinesEditor, emptyLine, type LineDraft } from './ClaimLinesEditor';

export interface ClaimFormModalProps {
  opened: boolean;
  /** The claim edited; absent to enter a new one. */
  claim?: Claim | undefined;
  /** Entering from a program's page: the program is preset. */
  programId?: string | undefined;
  onClose: () => void;
}

export function ClaimFormModal({ opened, claim, programId, onClose }: ClaimFormModalProps) {
  const { t } = useTranslation();
  const title = claim ? t('claims.form.editTitle') : t('claims.form.addTitle');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl" closeOnClickOutside={false}>
      {opened ? <ClaimForm claim={claim} programId={programId} title={title} onClose={onClose} /> : null}
    </Modal>
  );
}

function ClaimForm({
  claim,
  programId,
  title,
  onClose,
}: {
  claim: Claim | undefined;
  programId: string | undefined;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounceWrite();
  const programs = useCoreQuery('programs.list', { statuses: ['active'] });
  const [values, setValues] = useState({
    programId: claim?.programId ?? programId ?? null,
    partnerId: claim?.partnerId ?? null,
    invoiceNumber: claim?.invoiceNumber ?? '',
    invoiceDate: claim?.invoiceDate ?? '',
    note: claim?.note ?? '',
  });
  const [lines, setLines] = useState<LineDraft[]>(
    claim
      ? claim.lines.map((line) => ({
          ...emptyLine(),
          sku: line.sku,
          quantity: line.quantity,
          amount: decimalTextOfMinor(line.amountMinor, claim.currency),
          serials: line.serialNumbers.join('; '),
        }))
      : [emptyLine()],
  );
  const [attachments, setAttachments] = useState<AttachmentRef[]>(claim?.attachments ?? []);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<Record<string, FieldMessage>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [flagged, setFlagged] = useState<{ id: string; message: string } | null>(null);
  const participants = useCoreQuery(
    'programs.participants',
    { programId: values.programId ?? '', limit: 500 },
    { enabled: values.programId !== null },
  );
  const program = programs.data?.find((p) => p.id === values.programId);
  const currency = program?.currency ?? claim?.currency ?? '';
  const programChoices = (programs.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (claim && !programChoices.some((choice) => choice.value === claim.programId)) {
    programChoices.push({ value: claim.programId, label: claim.programName });
  }
  const partnerChoices = (participants.data?.rows ?? []).map((p) => ({
    value: p.partnerId,
    label: p.city ? `${p.partnerName} (${p.city})` : p.partnerName,
  }));
  if (claim && !partnerChoices.some((choice) => choice.value === claim.partnerId)) {
    partnerChoices.push({ value: claim.partnerId, label: claim.partnerName });
  }

  const clearError = useCallback((path: string) => {
    setErrors((current) => {
      if (!(path in current)) return current;
      const next = { ...current };
      delete next[path];
      return next;
    });
  }, []);
  const set = <K extends keyof typeof values>(field: K, value: (typeof values)[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    clearError(field);
  };
  const message = (field: string) => (errors[field] ? fieldMessageText(t, errors[field]) : undefined);

  async function submit() {
    setFailure(null);
    const problems: Record<string, FieldMessage> = {};
    const parsedLines = lines.map((line, index) => {
      const amountMinor = minorOfDecimalText(line.amount, currency || 'MYR');
      if (line.amount.trim() === '')
        problems[`lines.${index}.amountMinor`] = fieldMessage('validation.required');
      else if (amountMinor === null)
        problems[`lines.${index}.amountMinor`] = fieldMessage('validation.amount');
      return {
        sku: line.sku,
        quantity: typeof line.quantity === 'number' ? line.quantity : Number.NaN,
        amountMinor: amountMinor ?? 1,
        serialNumbers: line.serials
          .split(/[;,]/)
          .map((serial) => serial.trim())
          .filter((serial) => serial !== ''),
      };
    });
    const input: ClaimInput = {
      programId: values.programId ?? '',
      partnerId: values.partnerId ?? '',
      invoiceNumber: values.invoiceNumber,
      invoiceDate: values.invoiceDate,
      lines: parsedLines,
      attachments,
      note: values.note,
      today: localToday(),
    };
    const parsed = claimInputSchema.safeParse(input);
    if (!parsed.success) Object.assign(problems, fieldMessagesFromZod(parsed.error));
    if (values.programId === null) problems.programId = fieldMessage('validation.required');
    if (values.partnerId === null) problems.partnerId = fieldMessage('validation.required');
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      return;
    }
    setSaving(true);
    try {
      const result = claim
        ? await call('claims.update', { ...input, id: claim.id, revision: claim.revision })
        : await call('claims.create', input);
      const partnerName =
        participants.data?.rows.find((p) => p.partnerId === values.partnerId)?.partnerName ??
        claim?.partnerName ??
        '';
      announce(
        t('claims.form.saved', { invoice: values.invoiceNumber, partner: partnerName }),
        result.batchId,
      );
      const saved = await call('claims.get', { id: result.id });
      if (saved.duplicates.length > 0) {
        setFlagged({
          id: result.id,
          message: t('claims.form.duplicateWarning', {
            invoice: saved.invoiceNumber,
            partners: saved.duplicates.map((d) => d.partnerName).join(', '),
          }),
        });
      } else onClose();
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) setErrors(error.fields);
      else setFailure(errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

  if (flagged) {
    return (
      <Stack gap="md">
        <Alert color="orange" role="alert" title={t('claims.page.duplicatesTitle')}>
          {flagged.message}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.close')}
          </Button>
          <Button
            onClick={() => {
              onClose();
              void navigate(`/claims/${flagged.id}`);
            }}
          >
            {t('claims.form.openClaim')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const otherErrors = Object.entries(errors)
    .filter(([path]) => !/^(programId|partnerId|invoiceNumber|invoiceDate|note|lines|attachments)/.test(path))
    .map(([, m]) => m);
  return (
    <form
      noValidate
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        {programs.data && programs.data.length === 0 && !claim ? (
          <Alert color="yellow">{t('claims.form.noActivePrograms')}</Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            {...requiredLabel(t('claims.fields.program'))}
            description={t('claims.form.programHint')}
            data={programChoices}
            value={values.programId}
            error={message('programId')}
            searchable
            data-autofocus
            onChange={(value) => {
              set('programId', value);
              set('partnerId', null);
            }}
          />
          <Select
            {...requiredLabel(t('claims.fields.partner'))}
            description={t('claims.form.partnerHint')}
            placeholder={values.programId ? undefined : t('claims.form.choosePrograms')}
            data={partnerChoices}
            value={values.partnerId}
            error={message('partnerId')}
            disabled={values.programId === null}
            searchable
            onChange={(value) => set('partnerId', value)}
          />
          <TextInput
            {...requiredLabel(t('claims.fields.invoiceNumber'))}
            value={values.invoiceNumber}
            error={message('invoiceNumber')}
            onChange={(event) => set('invoiceNumber', event.currentTarget.value)}
          />
          <TextInput
            type="date"
            {...requiredLabel(t('claims.fields.invoiceDate'))}
            value={values.invoiceDate}
            max={localToday()}
            error={message('invoiceDate')}
            onChange={(event) => set('invoiceDate', event.currentTarget.value)}
          />
        </SimpleGrid>
        <ClaimLinesEditor
          lines={lines}
          currency={currency}
          errors={errors}
          onFieldEdited={clearError}
          onChange={(next) => {
            // Removing a line shifts the others: their messages no longer match their index.
            if (next.length !== lines.length)
              setErrors((current) =>
                Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith('lines'))),
              );
            setLines(next);
          }}
        />
        <AttachmentField
          value={attachments}
          onChange={(update) => setAttachments(update)}
          errors={errors}
          onBusyChange={setUploading}
        />
        <Textarea
          label={t('claims.fields.note')}
          value={values.note}
          error={message('note')}
          autosize
          minRows={2}
          onChange={(event) => set('note', event.currentTarget.value)}
        />
        <FormFooter
          otherErrors={otherErrors}
          failure={failure}
          saving={saving}
          saveDisabled={uploading}
          saveLabel={t('claims.form.save')}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
