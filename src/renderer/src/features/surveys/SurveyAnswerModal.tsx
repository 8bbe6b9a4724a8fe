// Record or edit a survey answer: partner, which of its contacts answered, the day, NPS 0-10
// (its category shown as you type), satisfaction 1-5 and the comment. Checked here with the
// shared schema, then by the core; messages at the field.
import {
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import {
  surveyResponseInputSchema,
  type SurveyResponse,
  type SurveyResponseInput,
} from '../../../../shared/surveys';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { formErrorsFrom, validateWith } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { PartnerSelect } from '../calendar/PartnerSelect';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from '../visit-notes/local-day';
import { NpsCategoryBadge } from './NpsCategoryBadge';

const formFields = ['partnerId', 'contactId', 'answeredOn', 'nps', 'satisfaction', 'comment'] as const;
type FormField = (typeof formFields)[number];

export interface SurveyAnswerDraft {
  partnerId: string | null;
  /** Opened on the partner's own page: the partner is not a choice. */
  partnerFixed?: boolean;
  /** The answer being edited. */
  existing?: SurveyResponse;
}

interface Values {
  partnerId: string | null;
  contactId: string | null;
  answeredOn: string;
  nps: number | string;
  satisfaction: string | null;
  comment: string;
  [key: string]: unknown;
}

export function SurveyAnswerModal({
  draft,
  onClose,
}: {
  draft: SurveyAnswerDraft | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const title = draft?.existing ? t('surveys.form.editTitle') : t('surveys.form.addTitle');
  return (
    <Modal opened={draft !== null} onClose={onClose} title={title} size="lg" closeOnClickOutside={false}>
      {draft ? <SurveyAnswerForm draft={draft} title={title} onClose={onClose} /> : null}
    </Modal>
  );
}

function SurveyAnswerForm({
  draft,
  title,
  onClose,
}: {
  draft: SurveyAnswerDraft;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const create = useCoreMutation('surveys.create');
  const update = useCoreMutation('surveys.update');
  const existing = draft.existing;
  const form = useFormState<Values>({
    partnerId: existing?.partnerId ?? draft.partnerId,
    contactId: existing?.contactId ?? null,
    answeredOn: existing?.answeredOn ?? localToday(),
    nps: existing?.nps ?? '',
    satisfaction: existing?.satisfaction != null ? String(existing.satisfaction) : null,
    comment: existing?.comment ?? '',
  });
  const { values, setField, errors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const contacts = useCoreQuery(
    'contacts.list',
    { partnerId: values.partnerId ?? '', limit: 500 },
    { enabled: values.partnerId !== null },
  );
  const partner = useCoreQuery(
    'partners.get',
    { id: values.partnerId ?? '' },
    { enabled: values.partnerId !== null },
  );
  const contactOptions = useMemo(
    () =>
      (contacts.data?.rows ?? []).map((contact) => ({
        value: contact.id,
        label: contact.role ? `${contact.name} (${contact.role})` : contact.name,
      })),
    [contacts.data],
  );
  const satisfactionOptions = [1, 2, 3, 4, 5].map((score) => ({
    value: String(score),
    label: `${score} — ${t(`surveys.satisfaction.${score}`)}`,
  }));
  const errorOf = (field: FormField) => {
    const message = errors.byField[field];
    return message ? fieldMessageText(t, message) : undefined;
  };
  const npsValue = typeof values.nps === 'number' && Number.isInteger(values.nps) ? values.nps : null;

  async function submit() {
    setFailure(null);
    const input: SurveyResponseInput = {
      partnerId: values.partnerId ?? '',
      contactId: values.contactId,
      answeredOn: values.answeredOn,
      nps: values.nps === '' ? null : typeof values.nps === 'number' ? values.nps : Number.NaN,
      satisfaction: values.satisfaction === null ? null : Number(values.satisfaction),
      comment: values.comment,
      today: localToday(),
    };
    const invalid = validateWith(surveyResponseInputSchema, input, formFields);
    if (invalid) {
      form.showErrors(invalid);
      return;
    }
    form.clearErrors();
    try {
      const result = existing
        ? await update.mutateAsync({ id: existing.id, response: input })
        : await create.mutateAsync(input);
      announce(
        t(existing ? 'surveys.form.updated' : 'surveys.form.saved', { partner: partner.data?.name ?? '' }),
        result.batchId,
      );
      onClose();
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, formFields));
      } else setFailure(errorText(t, error));
    }
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <PartnerSelect
            {...requiredLabel(t('surveys.fields.partner'))}
            value={values.partnerId}
            onChange={(partnerId) => {
              setField('partnerId', partnerId);
              setField('contactId', null);
            }}
            error={errorOf('partnerId')}
            disabled={draft.partnerFixed === true}
            data-autofocus={draft.partnerId === null ? true : undefined}
          />
          <Select
            label={t('surveys.fields.contact')}
            placeholder={
              values.partnerId === null
                ? t('surveys.form.choosePartnerFirst')
                : contactOptions.length
                  ? t('surveys.form.anyContact')
                  : t('surveys.form.noContacts')
            }
            data={contactOptions}
            value={values.contactId}
            onChange={(contactId) => setField('contactId', contactId)}
            error={errorOf('contactId')}
            disabled={values.partnerId === null}
            clearable
            searchable
          />
        </SimpleGrid>
        <TextInput
          type="date"
          {...requiredLabel(t('surveys.fields.answeredOn'))}
          value={values.answeredOn}
          error={errorOf('answeredOn')}
          onChange={(event) => setField('answeredOn', event.currentTarget.value)}
          maw={240}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap={4}>
            <NumberInput
              label={t('surveys.fields.nps')}
              description={t('surveys.form.npsHint')}
              value={values.nps}
              onChange={(value) => setField('nps', value)}
              error={errorOf('nps')}
              min={0}
              max={10}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              data-autofocus={draft.partnerId !== null ? true : undefined}
            />
            <Group gap="xs" mih={22} aria-live="polite">
              {npsValue !== null && npsValue >= 0 && npsValue <= 10 ? (
                <NpsCategoryBadge nps={npsValue} />
              ) : null}
            </Group>
          </Stack>
          <Select
            label={t('surveys.fields.satisfaction')}
            description={t('surveys.form.satisfactionHint')}
            placeholder={t('surveys.form.notAsked')}
            data={satisfactionOptions}
            value={values.satisfaction}
            onChange={(value) => setField('satisfaction', value)}
            error={errorOf('satisfaction')}
            clearable
          />
        </SimpleGrid>
        <Textarea
          label={t('surveys.fields.comment')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.comment}
          error={errorOf('comment')}
          onChange={(event) => setField('comment', event.currentTarget.value)}
        />
        <Text size="xs" c="dimmed">
          {t('surveys.form.eitherOrBoth')}
        </Text>
        <FormFooter
          otherErrors={errors.other}
          failure={failure}
          saving={create.isPending || update.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
