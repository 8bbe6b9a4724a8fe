// Pull pages fetched ahead of the apply. While this computer applies what it has, the next pages
// are requested one after another (never two at once: the server holds one page at a time for
// this client), until a budget of messages waits unapplied. The apply then takes every page that
// has arrived, up to the budget, as one unit: when applying is the slower side (a joining
// computer), units grow to several pages, so the rows that every page touches (a partner edited
// again and again) are read, merged and re-indexed once per unit instead of once per page, and
// there are fewer commits. When the network is the slower side, units are single pages.
import type { PullResponse } from '../../../shared/sync-protocol';

export interface PageFeed {
  /**
   * Waits for at least one page and takes the pages that have arrived, in order, up to the
   * budget (always at least one). A failed fetch is thrown once the pages before it are taken.
   */
  take(): Promise<PullResponse[]>;
}

export function messagesIn(page: PullResponse): number {
  let messages = 0;
  for (const batch of page.batches) messages += batch.changes.length;
  return messages;
}

export function pageFeed(
  fetchPage: (after: number) => Promise<PullResponse>,
  after: number,
  budget: number,
): PageFeed {
  const arrived: { page: PullResponse; messages: number }[] = [];
  let waiting = 0;
  let next = after;
  let more = true;
  let failure: { error: unknown } | null = null;
  let inFlight = false;
  let wake: (() => void) | null = null;

  function pump(): void {
    if (inFlight || !more || failure || waiting >= budget) return;
    inFlight = true;
    fetchPage(next).then(
      (page) => {
        const messages = messagesIn(page);
        arrived.push({ page, messages });
        waiting += messages;
        next = page.cursor;
        more = page.more;
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
        if (!more && !inFlight) return [];
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      const taken: PullResponse[] = [];
      let messages = 0;
      while (arrived.length > 0 && (taken.length === 0 || messages + arrived[0]!.messages <= budget)) {
        const { page, messages: count } = arrived.shift()!;
        taken.push(page);
        messages += count;
        waiting -= count;
      }
      pump();
      return taken;
    },
  };
}
