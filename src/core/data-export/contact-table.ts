// The contact list with its search (and partner, when opened from one) as an export table, with
// the contact import's headers: each row names its partner by name, city and external id, so the
// file imports back to the same partners.
import type { ContactListInput } from '../../shared/contacts';
import { importFieldNames, importFields } from '../../shared/data-import';
import type { CoreContext } from '../context';
import { listContacts } from '../contacts/service';
import type { ExportCell, ExportTable } from './export-table';

const pageSize = 500;

export async function contactTable(
  ctx: CoreContext,
  filters: Required<Pick<ContactListInput, 'search'>> & Pick<ContactListInput, 'partnerId'>,
): Promise<ExportTable> {
  const fields = importFields.contacts.map((f) => f.key);
  const rows: ExportCell[][] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await listContacts(ctx, { ...filters, offset, limit: pageSize });
    const partnerIds = [...new Set(page.rows.map((row) => row.partnerId))];
    const partners = partnerIds.length
      ? await ctx.db
          .selectFrom('partners')
          .select(['id', 'city', 'externalId'])
          .where('id', 'in', partnerIds)
          .execute()
      : [];
    const partnerOf = new Map(partners.map((row) => [row.id, row]));
    for (const contact of page.rows) {
      const values: Record<string, ExportCell> = {
        ...contact,
        birthdayLunar: contact.birthdayLunar ? 'yes' : 'no',
        partner: contact.partnerName,
        partnerCity: partnerOf.get(contact.partnerId)?.city ?? '',
        partnerExternalId: partnerOf.get(contact.partnerId)?.externalId ?? '',
      };
      rows.push(fields.map((field) => values[field] ?? ''));
    }
    if (page.rows.length < pageSize) break;
  }
  return { name: 'contacts', headers: fields.map((f) => importFieldNames[f] ?? f), rows };
}
