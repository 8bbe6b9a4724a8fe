import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { searchHitView } from '../../../src/renderer/src/features/search/search-hit-view';
import { startI18n } from '../../../src/renderer/src/i18n/setup';

describe('what the palette shows for each kind of hit, and where it goes', () => {
  startI18n();
  const view = (hit: Parameters<typeof searchHitView>[0]) => searchHitView(hit, i18next.t, 'en');
  const snippet = [{ text: 'x', match: true }];

  it('opens partners, cases and retention cases on their own pages', () => {
    expect(
      view({
        kind: 'partner',
        id: 'P',
        partnerId: 'P',
        name: 'Maju Jaya',
        city: 'Penang',
        country: 'MY',
        snippet,
      }),
    ).toEqual({
      title: 'Maju Jaya',
      context: 'Penang, Malaysia',
      path: '/partners/P',
      focusId: null,
    });
    expect(
      view({
        kind: 'dispute',
        id: 'D',
        partnerId: 'P',
        title: 'Price undercut',
        status: 'investigating',
        partnerName: 'Maju Jaya',
        openedAt: '2026-03-10T08:00:00.000Z',
        snippet,
      }),
    ).toMatchObject({
      title: 'Price undercut',
      context: 'Investigating · Maju Jaya · opened Mar 10, 2026',
      path: '/disputes/D',
    });
    expect(
      view({
        kind: 'retentionCase',
        id: 'R',
        partnerId: 'P',
        situation: 'falling-orders',
        outcome: 'open',
        partnerName: 'Maju Jaya',
        openedOn: '2026-03-10',
        snippet,
      }),
    ).toMatchObject({ title: 'At risk: falling orders', path: '/retention/R' });
  });

  it('opens a visit note, a contact or a greeting on the partner page at the right place', () => {
    expect(
      view({
        kind: 'visitNote',
        id: 'N',
        partnerId: 'P',
        purpose: '',
        partnerName: 'Maju Jaya',
        date: '2026-03-10',
        snippet,
      }),
    ).toEqual({
      title: 'Visit to Maju Jaya',
      context: 'Mar 10, 2026',
      path: '/partners/P',
      focusId: 'visit-note-N',
    });
    expect(
      view({
        kind: 'visitNote',
        id: 'N',
        partnerId: 'P',
        purpose: 'Quarterly review',
        partnerName: 'Maju Jaya',
        date: '2026-03-10',
        snippet,
      }),
    ).toMatchObject({
      title: 'Quarterly review',
      context: 'Maju Jaya · Mar 10, 2026',
    });
    expect(
      view({
        kind: 'contact',
        id: 'C',
        partnerId: 'P',
        name: 'Tan Mei Ling',
        role: '',
        partnerName: 'Maju Jaya',
        snippet,
      }),
    ).toMatchObject({
      context: 'Maju Jaya',
      focusId: 'partner-contacts-title',
    });
    expect(
      view({
        kind: 'greeting',
        id: 'G',
        partnerId: 'P',
        occasion: 'chinese-new-year',
        contactName: 'Tan Mei Ling',
        partnerName: 'Maju Jaya',
        sentOn: '2026-02-17',
        snippet,
      }),
    ).toEqual({
      title: 'Chinese New Year greeting to Tan Mei Ling',
      context: 'Maju Jaya · sent Feb 17, 2026',
      path: '/partners/P',
      focusId: 'partner-timeline-title',
    });
  });
});
