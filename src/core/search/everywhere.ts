// search.everywhere: one ranked list over the search index (migration 0008-search), each hit read
// back from its own table with what the palette shows and the snippet that matched.
//
// Ranking is bm25 with a title worth ten times the body (a partner named "Maju" outranks a note
// that mentions Maju), ties going to the newer row. bm25 is computed over a window of the matching
// rows met first when walking index rowids downwards: partners, then contacts, cases, retention
// cases, greetings and the newest notes. A specific query has fewer matches than the window and
// is ranked whole; a word found in a hundred thousand notes ranks among the newest of them instead
// of scoring every one (which takes most of a second on a million notes).
import { sql } from 'kysely';
import type { SearchEverywhereInput, SearchHit, SearchKind } from '../../shared/search';
import type { CoreContext } from '../context';
import { parseSearchQuery, type SearchQuery } from './search-query';
import { firstSnippet } from './snippet';

/** The index rowid is the kind's code times 2^40 plus the row's own rowid (see the migration). */
const kindShift = 2 ** 40;
const kindCodes: Record<SearchKind, number> = {
  partner: 6,
  contact: 5,
  dispute: 4,
  retentionCase: 3,
  greeting: 2,
  visitNote: 1,
};
const kindsByCode = new Map(Object.entries(kindCodes).map(([kind, code]) => [code, kind as SearchKind]));

/** Matching rows ranked per query; see the header. */
export const rankingWindow = 2000;
/** Hits whose row turns out to be gone (a note of a deleted partner) are replaced from these. */
const overFetch = 3;
const titleWeight = 10;
const bodyWeight = 1;

interface Candidate {
  rowid: number;
  score: number;
}

export async function searchEverywhere(
  ctx: CoreContext,
  input: Required<SearchEverywhereInput>,
): Promise<SearchHit[]> {
  const query = parseSearchQuery(input.query);
  if (!query) return [];
  const { rows } = await sql<Candidate>`
    select rowid, score from (
      select rowid, bm25(search_index, ${titleWeight}, ${bodyWeight}) as score from search_index
      where search_index match ${query.match} order by rowid desc limit ${rankingWindow}
    ) order by score, rowid desc limit ${input.limit * overFetch}`.execute(ctx.db);

  const byKind = new Map<SearchKind, number[]>();
  for (const { rowid } of rows) {
    const kind = kindsByCode.get(Math.floor(rowid / kindShift));
    if (!kind) continue;
    const list = byKind.get(kind) ?? [];
    list.push(rowid % kindShift);
    byKind.set(kind, list);
  }
  const hits = new Map<number, SearchHit>();
  await Promise.all(
    [...byKind].map(async ([kind, rowids]) => {
      for (const [rowid, hit] of await readers[kind](ctx, rowids, query)) {
        hits.set(kindCodes[kind] * kindShift + rowid, hit);
      }
    }),
  );
  return rows.flatMap(({ rowid }) => hits.get(rowid) ?? []).slice(0, input.limit);
}

type Reader = (
  ctx: CoreContext,
  rowids: readonly number[],
  query: SearchQuery,
) => Promise<Map<number, SearchHit>>;

const rowidOf = (alias: string) => sql<number>`${sql.ref(alias)}.rowid`;
const inRowids = (alias: string, rowids: readonly number[]) =>
  sql<boolean>`${sql.ref(alias)}.rowid in (${sql.join(rowids)})`;

/** A JSON array of strings as words; the index holds them joined by spaces. */
function jsonWords(json: string): string {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string').join(' ') : '';
  } catch {
    return '';
  }
}

const readers: Record<SearchKind, Reader> = {
  async partner(ctx, rowids, query) {
    const rows = await ctx.db
      .selectFrom('partners as p')
      .select([
        rowidOf('p').as('rowid'),
        'p.id',
        'p.name',
        'p.legalName',
        'p.city',
        'p.country',
        'p.address',
        'p.email',
        'p.website',
        'p.notes',
        'p.tags',
      ])
      .where(inRowids('p', rowids))
      .where('p.deletedAt', 'is', null)
      .execute();
    return new Map(
      rows.map((p) => [
        p.rowid,
        {
          kind: 'partner',
          id: p.id,
          partnerId: p.id,
          name: p.name,
          city: p.city,
          country: p.country,
          snippet: firstSnippet(
            [p.legalName, p.city, p.address, p.email, p.website, p.notes, jsonWords(p.tags)],
            query.terms,
          ),
        },
      ]),
    );
  },

  async contact(ctx, rowids, query) {
    const rows = await ctx.db
      .selectFrom('contacts as c')
      .innerJoin('partners as p', 'p.id', 'c.partnerId')
      .select([
        rowidOf('c').as('rowid'),
        'c.id',
        'c.partnerId',
        'c.name',
        'c.role',
        'c.email',
        'c.phone',
        'c.whatsapp',
        'c.familyNotes',
        'c.interests',
        'p.name as partnerName',
      ])
      .where(inRowids('c', rowids))
      .where('c.deletedAt', 'is', null)
      .where('p.deletedAt', 'is', null)
      .execute();
    return new Map(
      rows.map((c) => [
        c.rowid,
        {
          kind: 'contact',
          id: c.id,
          partnerId: c.partnerId,
          name: c.name,
          role: c.role,
          partnerName: c.partnerName,
          snippet: firstSnippet(
            [c.role, c.email, c.phone, c.whatsapp, c.familyNotes, c.interests],
            query.terms,
          ),
        },
      ]),
    );
  },

  async dispute(ctx, rowids, query) {
    const rows = await ctx.db
      .selectFrom('disputes as d')
      .leftJoin('partners as p', (join) =>
        join.onRef('p.id', '=', 'd.leadPartnerId').on('p.deletedAt', 'is', null),
      )
      .select([
        rowidOf('d').as('rowid'),
        'd.id',
        'd.title',
        'd.status',
        'd.openedAt',
        'd.description',
        'd.resolution',
        'd.lessonsLearned',
        'p.id as partnerId',
        'p.name as partnerName',
      ])
      .where(inRowids('d', rowids))
      .where('d.deletedAt', 'is', null)
      .execute();
    const entries = rows.length
      ? await ctx.db
          .selectFrom('disputeEntries')
          .select(['disputeId', 'text'])
          .where(
            'disputeId',
            'in',
            rows.map((row) => row.id),
          )
          .where('text', '!=', '')
          .orderBy('at', 'desc')
          .execute()
      : [];
    const entryTexts = new Map<string, string[]>();
    for (const entry of entries) {
      const texts = entryTexts.get(entry.disputeId) ?? [];
      texts.push(entry.text);
      entryTexts.set(entry.disputeId, texts);
    }
    return new Map(
      rows.map((d) => [
        d.rowid,
        {
          kind: 'dispute',
          id: d.id,
          partnerId: d.partnerId ?? null,
          title: d.title,
          status: d.status,
          partnerName: d.partnerName ?? '',
          openedAt: d.openedAt,
          snippet: firstSnippet(
            [d.description, d.resolution, d.lessonsLearned, ...(entryTexts.get(d.id) ?? [])],
            query.terms,
          ),
        },
      ]),
    );
  },

  async retentionCase(ctx, rowids, query) {
    const rows = await ctx.db
      .selectFrom('retentionCases as r')
      .innerJoin('partners as p', 'p.id', 'r.partnerId')
      .select([
        rowidOf('r').as('rowid'),
        'r.id',
        'r.partnerId',
        'r.situation',
        'r.outcome',
        'r.openedOn',
        'r.reason',
        'r.outcomeNote',
        'p.name as partnerName',
      ])
      .where(inRowids('r', rowids))
      .where('r.deletedAt', 'is', null)
      .where('p.deletedAt', 'is', null)
      .execute();
    const actions = rows.length
      ? await ctx.db
          .selectFrom('retentionActions')
          .select(['caseId', 'title', 'notes', 'outcome'])
          .where(
            'caseId',
            'in',
            rows.map((row) => row.id),
          )
          .where('deletedAt', 'is', null)
          .orderBy('dueDate')
          .execute()
      : [];
    const actionTexts = new Map<string, string[]>();
    for (const action of actions) {
      const texts = actionTexts.get(action.caseId) ?? [];
      texts.push(action.title, action.notes, action.outcome);
      actionTexts.set(action.caseId, texts);
    }
    return new Map(
      rows.map((r) => [
        r.rowid,
        {
          kind: 'retentionCase',
          id: r.id,
          partnerId: r.partnerId,
          situation: r.situation,
          outcome: r.outcome,
          partnerName: r.partnerName,
          openedOn: r.openedOn,
          snippet: firstSnippet([r.reason, r.outcomeNote, ...(actionTexts.get(r.id) ?? [])], query.terms),
        },
      ]),
    );
  },

  async greeting(ctx, rowids, query) {
    const rows = await ctx.db
      .selectFrom('greetings as g')
      .innerJoin('partners as p', 'p.id', 'g.partnerId')
      .leftJoin('contacts as c', 'c.id', 'g.contactId')
      .select([
        rowidOf('g').as('rowid'),
        'g.id',
        'g.partnerId',
        'g.occasion',
        'g.sentOn',
        'g.text',
        'c.name as contactName',
        'p.name as partnerName',
      ])
      .where(inRowids('g', rowids))
      .where('g.deletedAt', 'is', null)
      .where('p.deletedAt', 'is', null)
      .execute();
    return new Map(
      rows.map((g) => [
        g.rowid,
        {
          kind: 'greeting',
          id: g.id,
          partnerId: g.partnerId,
          occasion: g.occasion,
          contactName: g.contactName ?? '',
          partnerName: g.partnerName,
          sentOn: g.sentOn,
          snippet: firstSnippet([g.text], query.terms),
        },
      ]),
    );
  },

  async visitNote(ctx, rowids, query) {
    const rows = await ctx.db
      .selectFrom('visitNotes as n')
      .innerJoin('partners as p', 'p.id', 'n.partnerId')
      .select([
        rowidOf('n').as('rowid'),
        'n.id',
        'n.partnerId',
        'n.date',
        'n.purpose',
        'n.notes',
        'n.issues',
        'p.name as partnerName',
      ])
      .where(inRowids('n', rowids))
      .where('n.deletedAt', 'is', null)
      .where('p.deletedAt', 'is', null)
      .execute();
    return new Map(
      rows.map((n) => [
        n.rowid,
        {
          kind: 'visitNote',
          id: n.id,
          partnerId: n.partnerId,
          purpose: n.purpose,
          partnerName: n.partnerName,
          date: n.date,
          snippet: firstSnippet([n.notes, jsonWords(n.issues)], query.terms),
        },
      ]),
    );
  },
};
