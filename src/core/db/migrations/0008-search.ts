// Migration 8: one full-text index for searching everywhere (Ctrl+K): partners, contacts, cases,
// retention cases, greetings and visit notes, kept current by triggers on their tables, so local
// writes, undo, synced changes and the purge before a workspace download all keep it in step.
// Frozen in time: never import application code here.
//
// Tokenizer: unicode61 with remove_diacritics 2 (Latin accents fold: "kafé" finds "kafe"), and
// every CJK character made a token of its own by a space written after it in the indexed text.
// A Chinese query is then a phrase of single characters ("合同" = "合 同"), which finds any
// substring of one, two or more characters. The trigram tokenizer was measured and rejected: it
// cannot match query terms under three characters (most Chinese words are two: 合同, 付款) and its
// substring matching of Latin text ("art" in "party") blurs ranking. Intl.Segmenter or a bigram
// column would need JavaScript at write time, which triggers cannot call (the sqlite3 package has
// no user functions), so synced and undone rows could go stale.
//
// The index is contentless (content='', contentless_delete=1): the texts live in their tables, so
// the index does not store a second copy of every note; snippets are cut from the rows themselves.
// A row's index rowid is its kind's code times 2^40 plus its table rowid: the kind is read back
// from the rowid, and walking rowids downwards meets partners, contacts and cases before notes.
import { sql, type Kysely } from 'kysely';

const kindShift = 2 ** 40;

/** Each CJK character (radicals, kana, ideographs, compatibility and extension ideographs). */
const cjkRanges: readonly [number, number][] = [
  [0x2e80, 0x2fdf],
  [0x3040, 0x30ff],
  [0x3100, 0x312f],
  [0x31a0, 0x31ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x3134f],
];

/** JSON array [0, 0, ...] of n elements: json_each over it numbers positions (no CTE in triggers). */
const positions = (n: string) =>
  `json_each('[' || substr(replace(hex(zeroblob(${n})), '00', ',0'), 2) || ']')`;

/**
 * The text with a space after every CJK character. The text is computed once (a FROM-less
 * subquery is never flattened into its reader, so `s.t` is a stored value, not the expression
 * again), and the walk runs only for text that holds a CJK character: text whose byte length is
 * its character length is ASCII and is returned as it is without looking further; other text
 * (accents, emoji) is tested with the GLOB over the CJK ranges. The walk goes in chunks of 64
 * characters, because substr() on UTF-8 counts from the start and a walk over the whole text
 * would be quadratic (a 10,000-character note).
 */
export function spaced(text: string): string {
  const char = 'substr(c.chunk, k.key + 1, 1)';
  const isCjk = cjkRanges.map(([from, to]) => `unicode(${char}) between ${from} and ${to}`).join(' or ');
  const glob = cjkRanges
    .map(([from, to]) => `${String.fromCodePoint(from)}-${String.fromCodePoint(to)}`)
    .join('');
  return `(select case
    when octet_length(s.t) = length(s.t) then s.t
    when s.t glob '*[${glob}]*' then (
      select group_concat(${char} || case when ${isCjk} then ' ' else '' end, '' order by c.key, k.key)
      from (select key, substr(s.t, key * 64 + 1, 64) as chunk
            from ${positions('(length(s.t) + 63) / 64')} limit -1) as c,
        ${positions('length(c.chunk)')} as k)
    else s.t end
  from (select coalesce(${text}, '') as t) as s)`;
}

interface IndexedKind {
  table: string;
  code: number;
  /** Columns whose change changes the document. */
  columns: readonly string[];
  /** The title and body of row `r` as SQL. */
  title: (r: string) => string;
  body: (r: string) => string;
}

/** The values of a JSON array joined by spaces, NULL when empty (skipped by concat_ws). */
export const words = (json: string) =>
  `(case when ${json} <> '[]' then (select group_concat(value, ' ') from json_each(${json})) end)`;

const kinds: readonly IndexedKind[] = [
  {
    table: 'partners',
    code: 6,
    columns: ['name', 'legal_name', 'city', 'address', 'email', 'website', 'notes', 'tags'],
    title: (r) => `${r}.name`,
    body: (r) =>
      `concat_ws(' ', ${r}.legal_name, ${r}.city, ${r}.address, ${r}.email, ${r}.website, ${r}.notes, ${words(`${r}.tags`)})`,
  },
  {
    table: 'contacts',
    code: 5,
    columns: ['name', 'role', 'email', 'phone', 'whatsapp', 'family_notes', 'interests'],
    title: (r) => `${r}.name`,
    body: (r) =>
      `concat_ws(' ', ${r}.role, ${r}.email, ${r}.phone, ${r}.whatsapp, ${r}.family_notes, ${r}.interests)`,
  },
  {
    table: 'disputes',
    code: 4,
    columns: ['title', 'description', 'resolution', 'lessons_learned'],
    title: (r) => `${r}.title`,
    // What was said on the case (notes, calls, meetings) is searched with it.
    body: (r) =>
      `concat_ws(' ', ${r}.description, ${r}.resolution, ${r}.lessons_learned,
        (select group_concat(e.text, ' ') from dispute_entries e where e.dispute_id = ${r}.id))`,
  },
  {
    table: 'retention_cases',
    code: 3,
    columns: ['reason', 'outcome_note'],
    title: () => `''`,
    body: (r) =>
      `concat_ws(' ', ${r}.reason, ${r}.outcome_note,
        (select group_concat(concat_ws(' ', a.title, a.notes, a.outcome), ' ') from retention_actions a
          where a.case_id = ${r}.id and a.deleted_at is null))`,
  },
  {
    table: 'greetings',
    code: 2,
    columns: ['text'],
    title: () => `''`,
    body: (r) => `${r}.text`,
  },
  {
    table: 'visit_notes',
    code: 1,
    columns: ['purpose', 'notes', 'issues'],
    title: (r) => `${r}.purpose`,
    body: (r) => `concat_ws(' ', ${r}.notes, ${words(`${r}.issues`)})`,
  },
];

const indexRowid = (kind: IndexedKind, rowid: string) => `(${kind.code * kindShift} + ${rowid})`;

/** insert ... select of the live rows of `kind` matching `where` (alias r). */
function insertDocuments(kind: IndexedKind, where: string): string {
  return `insert into search_index(rowid, title, body)
    select ${indexRowid(kind, 'r.rowid')}, ${spaced(kind.title('r'))}, ${spaced(kind.body('r'))}
    from ${kind.table} r where r.deleted_at is null and ${where}`;
}

/** Re-indexes the row of `kind` whose id is `id` (an SQL expression). */
function reindex(kind: IndexedKind, id: string): string {
  return `delete from search_index where rowid = ${indexRowid(kind, `(select rowid from ${kind.table} where id = ${id})`)};
    ${insertDocuments(kind, `r.id = ${id}`)};`;
}

/**
 * Indexes the row a trigger just wrote from `new` itself: no trigger on these tables changes an
 * indexed column after the write, so `new` is what a read of the row would give, without the read.
 */
function insertNewRow(kind: IndexedKind): string {
  return `insert into search_index(rowid, title, body)
    select ${indexRowid(kind, 'new.rowid')}, ${spaced(kind.title('new'))}, ${spaced(kind.body('new'))}
    where new.deleted_at is null`;
}

function kindTriggers(kind: IndexedKind): string[] {
  const t = kind.table;
  const watched = [...kind.columns, 'deleted_at'];
  // An update that leaves every indexed column as it was (a sync pull rewriting a whole row, a
  // status change) would write the same document again: skip it.
  const changed = watched.map((column) => `old.${column} is not new.${column}`).join(' or ');
  return [
    `create trigger ${t}_search_insert after insert on ${t} begin
      ${insertNewRow(kind)};
    end`,
    `create trigger ${t}_search_update after update of ${watched.join(', ')} on ${t}
      when ${changed} begin
      delete from search_index where rowid = ${indexRowid(kind, 'old.rowid')};
      ${insertNewRow(kind)};
    end`,
    `create trigger ${t}_search_delete after delete on ${t} begin
      delete from search_index where rowid = ${indexRowid(kind, 'old.rowid')};
    end`,
  ];
}

const kindNamed = (table: string) => kinds.find((kind) => kind.table === table)!;

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // Prefix indexes of 2 and 3 characters: a word being typed ("pe", "pem") is one doclist read
    // instead of a merge of every word it starts.
    `create virtual table search_index using fts5(
      title, body, content='', contentless_delete=1,
      tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )`,
    ...kinds.flatMap(kindTriggers),
    // A case's entries (append-only) and a retention case's actions are part of its document.
    `create trigger dispute_entries_search after insert on dispute_entries begin
      ${reindex(kindNamed('disputes'), 'new.dispute_id')}
    end`,
    `create trigger retention_actions_search_insert after insert on retention_actions begin
      ${reindex(kindNamed('retention_cases'), 'new.case_id')}
    end`,
    `create trigger retention_actions_search_update
      after update of title, notes, outcome, deleted_at, case_id on retention_actions begin
      ${reindex(kindNamed('retention_cases'), 'old.case_id')}
      ${reindex(kindNamed('retention_cases'), 'new.case_id')}
    end`,
    // Fill the index with what the file already holds.
    ...kinds.map((kind) => insertDocuments(kind, '1')),
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
