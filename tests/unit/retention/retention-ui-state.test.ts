import { describe, expect, it } from 'vitest';
import {
  draftOf,
  fieldsOf,
  moveStep,
  newStep,
  removeStep,
  renameKey,
} from '../../../src/renderer/src/features/retention/playbook-draft';
import {
  filtersFromParams,
  listInputOf,
  paramsFromFilters,
} from '../../../src/renderer/src/features/retention/retention-filters';

describe('retention list filters in the address', () => {
  it('reads the names the reports page links with, and writes them back the same', () => {
    const query =
      'outcomes=retained,churned&ownerId=01HZZZZZZZZZZZZZZZZZZZZZZZ&region=Penang&withoutPlaybook=1&outcomeFrom=2026-01-01&outcomeTo=2026-03-31&page=2';
    const filters = filtersFromParams(new URLSearchParams(query));
    expect(filters).toMatchObject({
      outcomes: ['retained', 'churned'],
      ownerId: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
      region: 'Penang',
      withoutPlaybook: true,
      outcomeFrom: '2026-01-01',
      outcomeTo: '2026-03-31',
      page: 2,
    });
    expect(decodeURIComponent(paramsFromFilters(filters).toString())).toBe(query);
    expect(listInputOf(filters)).toMatchObject({ offset: 50, limit: 50, withoutPlaybook: true });
  });

  it('drops what a hand-edited address gets wrong instead of failing the list', () => {
    const filters = filtersFromParams(
      new URLSearchParams('outcomes=won,open&ownerId=me&outcomeFrom=March&page=-3'),
    );
    expect(filters).toMatchObject({ outcomes: ['open'], ownerId: null, outcomeFrom: null, page: 1 });
  });
});

describe('the playbook draft', () => {
  it('renaming a step renames the waits on it; removing one frees its waiters; moving swaps', () => {
    const first = newStep([]);
    const second = { ...newStep([first]), after: first.key };
    let steps = renameKey([first, second], first.uid, 'call');
    expect(steps.map((s) => [s.key, s.after])).toEqual([
      ['call', null],
      ['step-2', 'call'],
    ]);
    steps = moveStep(steps, 0, 1);
    expect(steps.map((s) => s.key)).toEqual(['step-2', 'call']);
    expect(moveStep(steps, 0, -1)).toEqual(steps);
    steps = removeStep(steps, first.uid);
    expect(steps).toEqual([expect.objectContaining({ key: 'step-2', after: null })]);
  });

  it('sends an empty offset as missing and an empty after as none', () => {
    const draft = draftOf(null);
    draft.steps[0] = { ...draft.steps[0]!, offsetDays: '', after: '' };
    const [step] = fieldsOf(draft).steps;
    expect(step?.offsetDays).toBeUndefined();
    expect(step?.after).toBeNull();
  });
});
