// Vitest global setup: one PostgreSQL cluster for the whole run (tests make their own databases in
// it with createDatabase(inject('postgresUrl'))).
import type { TestProject } from 'vitest/node';
import { startPostgres, type TestPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

let cluster: TestPostgres | undefined;

export async function setup(project: TestProject): Promise<void> {
  cluster = await startPostgres();
  project.provide('postgresUrl', cluster.url);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}
