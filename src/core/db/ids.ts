// Ids are ULIDs made where the record is created, so replicas never need a server to allocate one.
import { monotonicFactory } from 'ulid';

export const newId: () => string = monotonicFactory();
