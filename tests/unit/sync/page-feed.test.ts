import { describe, expect, it } from 'vitest';
import { done, pageFeed, pullPages } from '../../../src/core/sync/client/page-feed';
import type { PullResponse } from '../../../src/shared/sync-protocol';

/** A page after `after` with `messages` changes in one batch; the log ends at `last`. */
function page(after: number, messages: number, last: number): PullResponse {
  const seq = after + 1;
  return {
    batches: [
      {
        id: `b${seq}`,
        hlc: '000001700000000-000000-r',
        actor: 'a',
        label: 'Edit',
        origin: 'local',
        undoes: null,
        permanent: false,
        seq,
        author: 'A',
        changes: Array.from({ length: messages }, (_, i) => ({
          table: 'partners' as const,
          rowId: `p${i}`,
          field: 'city',
          value: 'x',
        })),
      },
    ],
    cursor: seq,
    more: seq < last,
    serverTime: '',
  };
}

/** A fake server whose answers the test releases one by one. */
function slowServer(last: number, messages = 10) {
  const requests: number[] = [];
  const answers: (() => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchPage = (after: number) =>
    new Promise<PullResponse>((resolve, reject) => {
      requests.push(after);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      answers.push(() => {
        inFlight--;
        if (after === -1) reject(new Error('gone'));
        else resolve(page(after, messages, last));
      });
    });
  const answerNext = async () => {
    answers.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { fetchPage, requests, answerNext, maxInFlight: () => maxInFlight };
}

const cursors = (pages: PullResponse[]) => pages.map((p) => p.cursor);

describe('the pull page feed', () => {
  it('applies one page at a time while the network is the slower side', async () => {
    const server = slowServer(3);
    const feed = pageFeed(pullPages(server.fetchPage), 0, 40);
    const first = feed.take();
    await server.answerNext();
    expect(cursors(await first)).toEqual([1]);
    const second = feed.take();
    await server.answerNext();
    expect(cursors(await second)).toEqual([2]);
  });

  it('fetches ahead one request at a time and hands over what arrived, up to the budget', async () => {
    const server = slowServer(10);
    const feed = pageFeed(pullPages(server.fetchPage), 0, 30);
    const first = feed.take();
    await server.answerNext();
    expect(cursors(await first)).toEqual([1]);
    // While page 1 is applied, pages 2, 3 and 4 arrive (30 messages): the feed stops there.
    for (let i = 0; i < 5; i++) await server.answerNext();
    expect(server.requests).toEqual([0, 1, 2, 3]);
    expect(server.maxInFlight()).toBe(1);
    expect(cursors(await feed.take())).toEqual([2, 3, 4]);
    // Taking them starts the next fetch from the cursor of the last page.
    expect(server.requests).toEqual([0, 1, 2, 3, 4]);
  });

  it('always hands over at least one page, even one over the budget', async () => {
    const server = slowServer(2, 50);
    const feed = pageFeed(pullPages(server.fetchPage), 0, 30);
    const first = feed.take();
    await server.answerNext();
    expect(cursors(await first)).toEqual([1]);
    await server.answerNext();
    expect(cursors(await feed.take())).toEqual([2]);
    expect(await feed.take()).toEqual([]);
  });

  it('hands over the pages before a failed fetch, then the failure', async () => {
    const server = slowServer(10);
    const failing = (after: number) => server.fetchPage(after === 2 ? -1 : after);
    const feed = pageFeed(pullPages(failing), 0, 100);
    const first = feed.take();
    await server.answerNext();
    await first;
    await server.answerNext();
    await server.answerNext();
    expect(cursors(await feed.take())).toEqual([2]);
    await expect(feed.take()).rejects.toThrow('gone');
  });
});

describe('a page feed over keyed pages', () => {
  it('starts from the given key, follows each page’s next key and ends after the page that has none', async () => {
    // Snapshot-like pages: rows keyed by a page token, the first asked for with no token.
    const pages = new Map<string | null, { rows: string[]; nextPage: string | null }>([
      [null, { rows: ['a', 'b'], nextPage: 'k1' }],
      ['k1', { rows: ['c', 'd'], nextPage: 'k2' }],
      ['k2', { rows: ['e'], nextPage: null }],
    ]);
    const asked: (string | null)[] = [];
    const feed = pageFeed(
      {
        fetch: (after: string | null) => {
          asked.push(after);
          return Promise.resolve(pages.get(after)!);
        },
        next: (page) => page.nextPage ?? done,
        size: (page) => page.rows.length,
      },
      null,
      3,
    );
    const taken: string[][] = [];
    for (let unit = await feed.take(); unit.length > 0; unit = await feed.take())
      taken.push(unit.flatMap((page) => page.rows));
    expect(asked).toEqual([null, 'k1', 'k2']);
    expect(taken.flat()).toEqual(['a', 'b', 'c', 'd', 'e']);
    // No unit holds more than the budget of 3 rows, unless it is a single page.
    expect(taken.every((rows) => rows.length <= 3)).toBe(true);
  });
});
