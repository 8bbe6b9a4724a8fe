// What the partner form edits, and its conversion to and from the contract's partner input.
// Everything is a string in the form (an empty date is ""), the contract uses null for "none".
import type { Partner, PartnerInput, PartnerStatus, PartnerType } from '../../../../shared/partners';
import {
  careStatusInputFrom,
  careStatusValuesFrom,
  noCareStatus,
  type CareStatusValues,
} from '../care-settings/care-status-values';

// A type alias (not an interface) so it fits the form state's Record<string, unknown>.
export type PartnerFormValues = {
  name: string;
  legalName: string;
  externalId: string;
  type: PartnerType | null;
  status: PartnerStatus;
  region: string;
  country: string;
  city: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  ownerId: string | null;
  partnershipStart: string;
  tags: string[];
  notes: string;
  /** Days between visits as typed; '' uses the default for the partner's type. */
  visitCadenceDays: string;
} & CareStatusValues;

export const partnerFormFields = [
  'name',
  'legalName',
  'externalId',
  'type',
  'status',
  'region',
  'country',
  'city',
  'address',
  'phone',
  'email',
  'website',
  'ownerId',
  'partnershipStart',
  'tags',
  'notes',
  'visitCadenceDays',
  'careStatus',
  'careStatusUntil',
  'careStatusNote',
] as const;
export type PartnerFormField = (typeof partnerFormFields)[number];

export function emptyPartnerValues(defaults: Partial<PartnerFormValues> = {}): PartnerFormValues {
  return {
    name: '',
    legalName: '',
    externalId: '',
    type: null,
    status: 'active',
    region: '',
    country: '',
    city: '',
    address: '',
    phone: '',
    email: '',
    website: '',
    ownerId: null,
    partnershipStart: '',
    tags: [],
    notes: '',
    visitCadenceDays: '',
    ...noCareStatus,
    ...defaults,
  };
}

export function partnerValuesFrom(partner: Partner): PartnerFormValues {
  return {
    name: partner.name,
    legalName: partner.legalName,
    externalId: partner.externalId,
    type: partner.type,
    status: partner.status,
    region: partner.region,
    country: partner.country,
    city: partner.city,
    address: partner.address,
    phone: partner.phone,
    email: partner.email,
    website: partner.website,
    ownerId: partner.ownerId,
    partnershipStart: partner.partnershipStart ?? '',
    tags: partner.tags,
    notes: partner.notes,
    visitCadenceDays: partner.visitCadenceDays === null ? '' : String(partner.visitCadenceDays),
    ...careStatusValuesFrom(partner),
  };
}

export function partnerInputFrom(values: PartnerFormValues): PartnerInput {
  return {
    name: values.name,
    legalName: values.legalName,
    externalId: values.externalId,
    // A missing type is left for the schema to report at the field.
    type: values.type as PartnerType,
    status: values.status,
    region: values.region,
    country: values.country,
    city: values.city,
    address: values.address,
    phone: values.phone,
    email: values.email,
    website: values.website,
    ownerId: values.ownerId,
    partnershipStart: values.partnershipStart.trim() === '' ? null : values.partnershipStart,
    tags: values.tags,
    notes: values.notes,
    // Anything that is not a number reaches the schema as NaN and is reported at the field.
    visitCadenceDays: values.visitCadenceDays.trim() === '' ? null : Number(values.visitCadenceDays),
    ...careStatusInputFrom(values),
  };
}

export interface DuplicatePartner {
  id: string;
  name: string;
  city: string;
}

/** The partners a CONFLICT answer names as same name, same city; [] when it names none. */
export function duplicatesFrom(details: Record<string, unknown> | undefined): DuplicatePartner[] {
  const list = details?.['duplicates'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { id, name, city } = item as Record<string, unknown>;
    return typeof id === 'string' && typeof name === 'string'
      ? [{ id, name, city: typeof city === 'string' ? city : '' }]
      : [];
  });
}
