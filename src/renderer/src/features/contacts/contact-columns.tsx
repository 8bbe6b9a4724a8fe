// The columns of the all-contacts list.
import type { TFunction } from 'i18next';
import type { Contact } from '../../../../shared/contacts';
import { TruncatedLink } from '../../components/TruncatedLink';
import { TruncatedText } from '../../components/TruncatedText';
import type { VirtualTableColumn } from '../../components/VirtualTable';
import { birthdayText } from '../../i18n/date-format';
import { languageName } from '../../i18n/display-names';

function orDash(text: string) {
  return text ? <TruncatedText>{text}</TruncatedText> : <TruncatedText dimmed>—</TruncatedText>;
}

export function contactColumns(t: TFunction, locale: string): VirtualTableColumn<Contact>[] {
  return [
    {
      id: 'name',
      header: t('fields.contact.name'),
      minWidth: 180,
      grow: 2,
      cell: (row) => <TruncatedText strong>{row.name}</TruncatedText>,
    },
    {
      id: 'role',
      header: t('fields.contact.role'),
      minWidth: 110,
      grow: 1.5,
      cell: (row) => orDash(row.role),
    },
    {
      id: 'partner',
      header: t('contacts.partnerColumn'),
      minWidth: 180,
      grow: 2,
      cell: (row) => <TruncatedLink to={`/partners/${row.partnerId}`}>{row.partnerName}</TruncatedLink>,
    },
    {
      id: 'phone',
      header: t('fields.contact.phone'),
      minWidth: 120,
      grow: 1,
      cell: (row) => orDash(row.phone),
    },
    {
      id: 'email',
      header: t('fields.contact.email'),
      minWidth: 150,
      grow: 1.5,
      cell: (row) => orDash(row.email),
    },
    {
      id: 'birthday',
      header: t('fields.contact.birthday'),
      minWidth: 110,
      grow: 1,
      cell: (row) => orDash(row.birthday ? birthdayText(row.birthday, locale) : ''),
    },
    {
      id: 'language',
      header: t('contacts.languageColumn'),
      minWidth: 110,
      grow: 1,
      cell: (row) => orDash(languageName(row.preferredLanguage, locale)),
    },
  ];
}
