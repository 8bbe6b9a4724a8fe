// Statements of one transaction run one after another, while JavaScript prepares the next: the
// sqlite3 driver runs a statement on a worker thread, so building the next statement's parameter
// (a JSON array of thousands of rows) overlaps the statement before it instead of waiting for it.
// Each statement starts only when the one before it has finished (the driver does not keep the
// order of statements started together), and a failure surfaces at the next `add` or at `done`.
import type { Transaction } from 'kysely';
import type { Database } from '../db/database';

interface Executable {
  execute(db: Transaction<Database>): Promise<unknown>;
}

export class StatementChain {
  #last: Promise<unknown> = Promise.resolve();

  constructor(private readonly trx: Transaction<Database>) {}

  /** Waits for the statement before, then starts this one and returns without waiting for it. */
  async add(statement: Executable): Promise<void> {
    await this.#last;
    const running = statement.execute(this.trx);
    // Awaited by the next add or by done(); until then a failure must not count as unhandled.
    running.catch(() => undefined);
    this.#last = running;
  }

  /** Resolves when every statement added has finished (rejects with the first failure). */
  async done(): Promise<void> {
    await this.#last;
  }
}
