// Pages fetched ahead of the apply (pull pages, snapshot pages). While this computer applies what
// it has, the next pages are requested one after another (never two at once: the server holds one
// page at a time for this client), until a budget of items (messages, rows) waits unapplied. The
// apply then takes every page that has arrived, up to the budget, as one unit: when applying is the
// slower side (a joining computer), units grow to several pages, so the rows that every page
// touches (a partner edited again and again) are read, merged and re-indexed once per unit instead
// of once per page, and there are fewer commits. When the network is the slower side, units are
// single pages.
import type { PullResponse } from '../../../shared/sync-protocol';

/** What `next` answers after the last page. */
export const done: unique symbol = Symbol('no more pages');

/** How to read one kind of paged answer. */
export interface PageSource<Page, Key> {
  fetch(after: Key): Promise<Page>;
  /** Where the page after this one starts; `done` when this one was the last. */
  next(page: Page): Key | typeof done;
  /** The items a page holds, counted against the budget. */
  size(page: Page): number;
}

export interface PageFeed<Page> {
  /**
   * Waits for at least one page and takes the pages that have arrived, in order, up to the
   * budget (always at least one); none once the last page is taken. A failed fetch is thrown once
   * the pages before it are taken.
   */
  take(): Promise<Page[]>;
}

export function messagesIn(page: PullResponse): number {
  let messages = 0;
  for (const batch of page.batches) messages += batch.changes.length;
  return messages;
}

/** The log's pages after a cursor, counted in messages. */
export function pullPages(fetch: (after: number) => Promise<PullResponse>): PageSource<PullResponse, number> {
  return { fetch, next: (page) => (page.more ? page.cursor : done), size: messagesIn };
}

export function pageFeed<Page, Key>(
  source: PageSource<Page, Key>,
  after: Key,
  budget: number,
): PageFeed<Page> {
  const arrived: { page: Page; size: number }[] = [];
  let waiting = 0;
  let next: Key | typeof done = after;
  let failure: { error: unknown } | null = null;
  let inFlight = false;
  let wake: (() => void) | null = null;

  function pump(): void {
    if (inFlight || next === done || failure || waiting >= budget) return;
    inFlight = true;
    const from = next;
    source.fetch(from).then(
      (page) => {
        const size = source.size(page);
        arrived.push({ page, size });
        waiting += size;
        next = source.next(page);
        settle();
      },
      (error: unknown) => {
        failure = { error };
        settle();
      },
    );
  }

  function settle(): void {
    inFlight = false;
    pump();
    wake?.();
  }

  return {
    async take() {
      pump();
      while (arrived.length === 0) {
        if (failure) throw failure.error;
        if (next === done && !inFlight) return [];
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      const taken: Page[] = [];
      let size = 0;
      while (arrived.length > 0 && (taken.length === 0 || size + arrived[0]!.size <= budget)) {
        const item = arrived.shift()!;
        taken.push(item.page);
        size += item.size;
        waiting -= item.size;
      }
      pump();
      return taken;
    },
  };
}
