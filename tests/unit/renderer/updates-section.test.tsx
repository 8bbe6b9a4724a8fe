// @vitest-environment happy-dom
// Settings → Updates as the person meets it: browser mode says updates come with the desktop app;
// the desktop app shows its version and last check, offers a found version with its notes as
// text, asks the main process to download or install only on a click, and checks the feed URL at
// the field before sending it.
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdatesSection } from '../../../src/renderer/src/features/updates/UpdatesSection';
import { startI18n } from '../../../src/renderer/src/i18n/setup';
import type { ChannelKeeperBridge } from '../../../src/shared/bridge';
import type { UpdateAnswer, UpdateRequest, UpdatesStatus } from '../../../src/shared/updates';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
startI18n();

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  delete (window as { channelKeeper?: ChannelKeeperBridge }).channelKeeper;
});

const baseStatus: UpdatesStatus = {
  supported: true,
  currentVersion: '1.2.0',
  feedUrl: 'https://updates.example.com/desktop/',
  defaultFeedUrl: 'https://updates.example.com/desktop/',
  phase: { kind: 'idle' },
  lastCheck: { at: '2026-03-02T09:30:00.000Z', outcome: 'offline', detail: 'net::ERR_INTERNET_DISCONNECTED' },
  postponedVersion: null,
};

/** A stand-in for the preload's bridge: records requests, answers with the status a test sets. */
function installBridge(status: UpdatesStatus) {
  const requests: UpdateRequest[] = [];
  let push: (status: UpdatesStatus) => void = () => undefined;
  const state = { status };
  const bridge: ChannelKeeperBridge = {
    call: () => Promise.resolve({ ok: true, value: null }),
    onChange: () => () => undefined,
    updates: {
      request: (request) => {
        requests.push(request);
        if (request.action === 'set-feed' && request.url !== null) {
          state.status = { ...state.status, feedUrl: request.url };
        }
        return Promise.resolve<UpdateAnswer>({ ok: true, status: state.status });
      },
      onStatus: (listener) => {
        push = listener;
        return () => undefined;
      },
    },
  };
  (window as { channelKeeper?: ChannelKeeperBridge }).channelKeeper = bridge;
  return {
    requests,
    push: async (next: UpdatesStatus) => {
      state.status = next;
      await act(async () => push(next));
    },
  };
}

async function render(): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root!.render(
      <MantineProvider env="test">
        <UpdatesSection />
      </MantineProvider>,
    ),
  );
  return container;
}

function button(container: HTMLElement, name: string): HTMLButtonElement | null {
  return [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null;
}

async function click(element: HTMLElement | null) {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
}

function feedInput(container: HTMLElement): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === 'Update feed');
  const input = label && container.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`);
  if (!input) throw new Error('no feed field');
  return input;
}

async function type(input: HTMLInputElement, value: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function fieldError(container: HTMLElement, input: HTMLInputElement): string | null {
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  // Mantine names the message element after the input; the other described-by is the description.
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => container.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' ');
}

describe('Settings → Updates', () => {
  it('in browser mode says updates come with the desktop app, and offers nothing', async () => {
    const section = await render();
    expect(section.textContent).toContain('Updates come with the desktop app');
    expect(button(section, 'Check now')).toBeNull();
    expect(section.querySelector('input')).toBeNull();
  });

  it('shows the installed version and that the last check failed offline', async () => {
    installBridge(baseStatus);
    const section = await render();
    expect(section.querySelector('[data-testid="current-version"]')?.textContent).toBe('1.2.0');
    expect(section.querySelector('[data-testid="last-check"]')?.textContent).toMatch(
      /failed, offline \(the update feed could not be reached\)$/,
    );
    expect(section.textContent).not.toContain('is available');
  });

  it('checks on Check now, and offers a found version with its notes as text', async () => {
    const bridge = installBridge(baseStatus);
    const section = await render();
    await click(button(section, 'Check now'));
    expect(bridge.requests).toContainEqual({ action: 'check' });

    await bridge.push({
      ...baseStatus,
      phase: {
        kind: 'available',
        update: {
          version: '1.3.0',
          releaseNotes: 'Faster search\n<img src=x onerror=alert(1)>',
          releaseDate: '2026-03-01T00:00:00.000Z',
        },
        downloadFailed: null,
      },
    });
    expect(section.textContent).toContain('ChannelKeeper 1.3.0 is available');
    const notes = section.querySelector('[data-testid="release-notes"]')!;
    expect(notes.textContent).toBe('Faster search\n<img src=x onerror=alert(1)>');
    expect(notes.querySelector('img')).toBeNull();
    // Found is not fetched: only the person's click asks for the download.
    expect(bridge.requests.some((r) => r.action === 'download' || r.action === 'install')).toBe(false);

    await click(button(section, 'Download'));
    expect(bridge.requests.at(-1)).toEqual({ action: 'download' });
    expect(bridge.requests.some((r) => r.action === 'install')).toBe(false);

    await bridge.push({
      ...baseStatus,
      phase: { kind: 'downloaded', update: { version: '1.3.0', releaseNotes: '', releaseDate: null } },
    });
    expect(section.textContent).toContain('ChannelKeeper 1.3.0 is ready to install');
    expect(section.textContent).toContain('This release comes without release notes.');
    expect(bridge.requests.some((r) => r.action === 'install')).toBe(false);
    await click(button(section, 'Restart and install'));
    expect(bridge.requests.at(-1)).toEqual({ action: 'install' });
  });

  it('says why a download stopped', async () => {
    installBridge({
      ...baseStatus,
      phase: {
        kind: 'available',
        update: { version: '1.3.0', releaseNotes: 'x', releaseDate: null },
        downloadFailed: 'offline',
      },
    });
    const section = await render();
    expect(section.querySelector('[role="alert"]')?.textContent).toContain('could not be reached');
  });

  it('checks the feed address at the field and sends only a valid one', async () => {
    const bridge = installBridge(baseStatus);
    const section = await render();
    const input = feedInput(section);
    expect(input.value).toBe('https://updates.example.com/desktop/');

    await type(input, 'ftp://files.example.com/');
    await act(async () => section.querySelector('form')!.requestSubmit());
    expect(fieldError(section, input)).toBe('The update feed must be an http:// or https:// address.');

    await type(input, 'updates.example.com');
    await act(async () => section.querySelector('form')!.requestSubmit());
    expect(fieldError(section, input)).toMatch(/^This is not a web address/);
    expect(bridge.requests.some((r) => r.action === 'set-feed')).toBe(false);

    await type(input, 'http://10.0.0.11:8787/updates/');
    expect(fieldError(section, input)).toBeNull();
    await act(async () => section.querySelector('form')!.requestSubmit());
    expect(bridge.requests.at(-1)).toEqual({ action: 'set-feed', url: 'http://10.0.0.11:8787/updates/' });
    // Now a custom feed: the default can be restored.
    await click(button(section, 'Use the default feed'));
    expect(bridge.requests.at(-1)).toEqual({ action: 'set-feed', url: null });
  });

  it('in a development build says only the installed app checks', async () => {
    installBridge({ ...baseStatus, supported: false, lastCheck: null });
    const section = await render();
    expect(section.textContent).toContain('only the installed app checks for updates');
    expect(button(section, 'Check now')).toBeNull();
  });
});
