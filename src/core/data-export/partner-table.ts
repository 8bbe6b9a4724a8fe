// The partner list with its filters and sort as an export table: the columns the partner import
// reads (same headers, so exporting and importing again gives the same partners), then the
// list's derived figures (score, tier, risk, contacts) and the record's id.
import { importFieldNames, importFields } from '../../shared/data-import';
import type { PartnerListQuery } from '../../shared/partners';
import type { CoreContext } from '../context';
import { listPartners } from '../partners/service';
import type { ExportCell, ExportTable } from './export-table';

const pageSize = 500;

const extraHeaders = ['Score', 'Tier', 'Risk level', 'Contacts', 'ChannelKeeper ID'];

export async function partnerTable(ctx: CoreContext, filters: PartnerListQuery): Promise<ExportTable> {
  const fields = importFields.partners.map((f) => f.key);
  const rows: ExportCell[][] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await listPartners(ctx, { ...filters, offset, limit: pageSize });
    const ids = page.rows.map((row) => row.id);
    // The list leaves out long fields (address, notes) and the external id: read them for the page.
    const full = ids.length
      ? await ctx.db
          .selectFrom('partners')
          .select(['id', 'address', 'notes', 'externalId'])
          .where('id', 'in', ids)
          .execute()
      : [];
    const more = new Map(full.map((row) => [row.id, row]));
    for (const partner of page.rows) {
      const extra = more.get(partner.id);
      const values: Record<string, ExportCell> = {
        ...partner,
        externalId: extra?.externalId ?? '',
        address: extra?.address ?? '',
        notes: extra?.notes ?? '',
        owner: partner.ownerName ?? '',
        tags: partner.tags.join('; '),
        partnershipStart: partner.partnershipStart ?? '',
        visitCadenceDays: partner.visitCadenceDays,
      };
      rows.push([
        ...fields.map((field) => values[field] ?? ''),
        partner.score,
        partner.tier ?? '',
        partner.riskLevel ?? '',
        partner.contactCount,
        partner.id,
      ]);
    }
    if (page.rows.length < pageSize) break;
  }
  return {
    name: 'partners',
    headers: [...fields.map((f) => importFieldNames[f] ?? f), ...extraHeaders],
    rows,
  };
}
