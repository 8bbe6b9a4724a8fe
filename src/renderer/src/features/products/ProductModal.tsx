// Add or edit a product: SKU, name, category, the other codes partners write for it (aliases, as
// tags) and whether it is active. A code already used by another product is refused at its field.
import { Modal, Stack, Switch, TagsInput, TextInput, Autocomplete } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import { productInputSchema, type Product } from '../../../../shared/products';
import { fieldMessagesFromZod } from '../../../../shared/validation';
import { call } from '../../api/client';
import { FormFooter } from '../../components/FormFooter/FormFooter';
import { requiredLabel } from '../../forms/required-label';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';

export interface ProductModalProps {
  /** The product edited, `'new'` to add one, null when closed. */
  product: Product | 'new' | null;
  categories: string[];
  onClose: () => void;
}

export function ProductModal({ product, categories, onClose }: ProductModalProps) {
  const { t } = useTranslation();
  const title =
    product === 'new' || product === null
      ? t('claims.products.addTitle')
      : t('claims.products.editTitle', { sku: product.sku });
  return (
    <Modal opened={product !== null} onClose={onClose} title={title} closeOnClickOutside={false}>
      {product ? (
        <ProductForm
          product={product === 'new' ? null : product}
          categories={categories}
          title={title}
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}

function ProductForm({
  product,
  categories,
  title,
  onClose,
}: {
  product: Product | null;
  categories: string[];
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const [values, setValues] = useState({
    sku: product?.sku ?? '',
    name: product?.name ?? '',
    category: product?.category ?? '',
    aliases: product?.aliases ?? [],
    active: product?.active ?? true,
  });
  const [errors, setErrors] = useState<Record<string, FieldMessage>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof typeof values>(field: K, value: (typeof values)[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith(field))),
    );
  };
  const message = (field: string) => {
    const found = errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];
    return found ? fieldMessageText(t, found) : undefined;
  };

  async function submit() {
    setFailure(null);
    const parsed = productInputSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldMessagesFromZod(parsed.error));
      return;
    }
    setSaving(true);
    try {
      const result = product
        ? await call('products.update', { ...values, id: product.id })
        : await call('products.create', values);
      announce(t('claims.products.saved', { sku: values.sku }), result.batchId);
      onClose();
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) setErrors(error.fields);
      else setFailure(errorText(t, error));
    } finally {
      setSaving(false);
    }
  }

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
        <TextInput
          {...requiredLabel(t('claims.products.sku'))}
          value={values.sku}
          error={message('sku')}
          data-autofocus
          onChange={(event) => set('sku', event.currentTarget.value)}
        />
        <TextInput
          {...requiredLabel(t('claims.products.name'))}
          value={values.name}
          error={message('name')}
          onChange={(event) => set('name', event.currentTarget.value)}
        />
        <Autocomplete
          label={t('claims.products.category')}
          data={categories}
          value={values.category}
          error={message('category')}
          onChange={(category) => set('category', category)}
        />
        <TagsInput
          label={t('claims.products.aliases')}
          description={t('claims.products.aliasesHint')}
          value={values.aliases}
          error={message('aliases')}
          onChange={(aliases) => set('aliases', aliases)}
          clearable
        />
        <Switch
          label={t('claims.products.active')}
          description={t('claims.products.activeHint')}
          checked={values.active}
          onChange={(event) => set('active', event.currentTarget.checked)}
        />
        <FormFooter otherErrors={[]} failure={failure} saving={saving} onCancel={onClose} />
      </Stack>
    </form>
  );
}
