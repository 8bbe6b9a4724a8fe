// "Mark at risk": opens a retention case for a partner (situation, reason, owner), or edits those
// facts of an open case. A partner already at risk gets the core's message with a link to the case
// that is open; an edit of a case someone else changed meanwhile gets the conflict message.
import { Alert, Anchor, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CoreError } from '../../../../shared/errors';
import {
  retentionCaseOpenInputSchema,
  retentionCaseUpdateInputSchema,
  retentionSituations,
  type RetentionSituation,
} from '../../../../shared/retention';
import { useCoreMutation } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from '../visit-notes/local-day';
import { useOwnerOptions } from './use-owner-options';

const formFields = ['situation', 'reason', 'ownerId'] as const;
type FormField = (typeof formFields)[number];

interface Values {
  situation: RetentionSituation;
  reason: string;
  ownerId: string | null;
  [key: string]: unknown;
}

export interface MarkAtRiskModalProps {
  opened: boolean;
  onClose: () => void;
  partner: { id: string; name: string; ownerId: string | null };
  /** The open case to edit; absent opens a new one. */
  editing?: {
    id: string;
    revision: number;
    situation: RetentionSituation;
    reason: string;
    ownerId: string | null;
  };
}

export function MarkAtRiskModal({ opened, onClose, partner, editing }: MarkAtRiskModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={titleOf(t, partner.name, editing !== undefined)}
      size="lg"
      closeOnClickOutside={false}
    >
      {opened ? (
        <MarkAtRiskForm partner={partner} onClose={onClose} {...(editing ? { editing } : {})} />
      ) : null}
    </Modal>
  );
}

function titleOf(t: TFunction, name: string, editing: boolean): string {
  return editing ? t('retention.editCase.title', { name }) : t('retention.markAtRisk.title', { name });
}

function MarkAtRiskForm({ partner, onClose, editing }: Omit<MarkAtRiskModalProps, 'opened'>) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const owners = useOwnerOptions();
  const open = useCoreMutation('retentionCases.open');
  const update = useCoreMutation('retentionCases.update');
  const form = useFormState<Values>(
    editing
      ? { situation: editing.situation, reason: editing.reason, ownerId: editing.ownerId }
      : { situation: 'falling-orders', reason: '', ownerId: partner.ownerId },
  );
  const { values, setField, errors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const [openCase, setOpenCase] = useState<{ id: string; message: string } | null>(null);
  const errorOf = (field: FormField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };

  /** Opens a case, or saves the edited facts of the open one: one flow, two procedures. */
  async function save() {
    setFailure(null);
    setOpenCase(null);
    const facts = { situation: values.situation, reason: values.reason, ownerId: values.ownerId };
    const invalid = editing
      ? validateWith(
          retentionCaseUpdateInputSchema,
          { id: editing.id, revision: editing.revision, ...facts },
          formFields,
        )
      : validateWith(
          retentionCaseOpenInputSchema,
          { partnerId: partner.id, today: localToday(), ...facts },
          formFields,
        );
    if (invalid) {
      form.showErrors(invalid);
      return;
    }
    form.clearErrors();
    try {
      if (editing) {
        const result = await update.mutateAsync({ id: editing.id, revision: editing.revision, ...facts });
        announce(t('retention.editCase.done', { name: partner.name }), result.batchId);
      } else {
        const result = await open.mutateAsync({ partnerId: partner.id, today: localToday(), ...facts });
        announce(t('retention.markAtRisk.done', { name: partner.name }), result.batchId);
      }
      onClose();
    } catch (error) {
      const caseId = error instanceof CoreError ? error.details?.['caseId'] : undefined;
      if (error instanceof CoreError && error.code === 'CONFLICT' && typeof caseId === 'string') {
        setOpenCase({ id: caseId, message: error.message });
      } else if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, formFields));
      } else setFailure(errorText(t, error));
    }
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={titleOf(t, partner.name, editing !== undefined)}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        <Select
          {...requiredLabel(t('retention.fields.situation'))}
          data={retentionSituations.map((situation) => ({
            value: situation,
            label: t(`retention.situation.${situation}`),
          }))}
          value={values.situation}
          onChange={(situation) => situation && setField('situation', situation as RetentionSituation)}
          allowDeselect={false}
          error={errorOf('situation')}
        />
        <Textarea
          {...requiredLabel(t('retention.fields.reason'))}
          placeholder={t('retention.markAtRisk.reasonPlaceholder')}
          data-autofocus
          autosize
          minRows={3}
          maxRows={8}
          value={values.reason}
          error={errorOf('reason')}
          onChange={(event) => setField('reason', event.currentTarget.value)}
        />
        <Select
          label={t('retention.fields.owner')}
          placeholder={t('retention.partnersOwner')}
          data={owners.options}
          value={values.ownerId}
          onChange={(ownerId) => setField('ownerId', ownerId)}
          error={errorOf('ownerId')}
          clearable
          searchable
        />
        {openCase ? (
          <Alert color="orange" role="alert" title={t('retention.markAtRisk.alreadyTitle')}>
            <Stack gap={4}>
              <Text size="sm">{openCase.message}</Text>
              <Anchor component={Link} to={`/retention/${openCase.id}`} size="sm" onClick={onClose}>
                {t('retention.markAtRisk.openCase')}
              </Anchor>
            </Stack>
          </Alert>
        ) : null}
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={open.isPending || update.isPending}
          onCancel={onClose}
          saveLabel={editing ? t('retention.editCase.save') : t('retention.markAtRisk.save')}
        />
      </Stack>
    </form>
  );
}
