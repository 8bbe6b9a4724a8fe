// @vitest-environment happy-dom
// The "Connect to a team server" form as the user meets it: each wrong field says what is wrong
// next to it, the core's VALIDATION answer lands at the field it names, and the form shows that
// it is connecting.
import { MantineProvider } from '@mantine/core';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectForm } from '../../../src/renderer/src/features/sync/ConnectForm';
import { startI18n } from '../../../src/renderer/src/i18n/setup';
import { CoreError } from '../../../src/shared/errors';
import type { SyncConnectInput } from '../../../src/shared/sync';
import { fieldMessage } from '../../../src/shared/validation';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
startI18n();

let root: Root | null = null;

async function render(ui: ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<MantineProvider env="test">{ui}</MantineProvider>));
  return container;
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function field(container: HTMLElement, label: string): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
  if (!input) throw new Error(`No field ${label}`);
  return input;
}

/** The message shown at a field (what a screen reader announces with it), or null. */
function errorAt(container: HTMLElement, label: string): string | null {
  const input = field(container, label);
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const texts = ids.map((id) => container.querySelector(`[id="${id}"]`)?.textContent ?? '');
  return (
    texts.find(
      (text) => text.length > 0 && !text.startsWith('At least') && !text.startsWith('The one-time'),
    ) ?? ''
  );
}

async function type(container: HTMLElement, label: string, value: string) {
  const input = field(container, label);
  const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input) as object, 'value')!.set!;
  await act(async () => {
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(container: HTMLElement) {
  await act(async () => container.querySelector('form')!.requestSubmit());
}

async function chooseMode(container: HTMLElement, text: string) {
  const option = [...container.querySelectorAll('label')].find((label) => label.textContent === text);
  await act(async () => option!.click());
}

describe('the connect form', () => {
  it('shows what is missing at each field of an empty invitation and sends nothing', async () => {
    const onConnect = vi.fn(() => Promise.resolve());
    const form = await render(<ConnectForm onConnect={onConnect} />);
    await submit(form);
    expect(errorAt(form, 'Server address')).toBe('Enter the server address, e.g. https://sync.example.com');
    expect(errorAt(form, 'Invitation code')).toBe('Enter the invitation code you were given');
    expect(errorAt(form, 'Your name')).toBe('Enter your name');
    expect(errorAt(form, 'E-mail')).toBe('Enter an email address');
    expect(errorAt(form, 'Choose a password')).toBe('Use at least 10 characters');
    expect(onConnect).not.toHaveBeenCalled();
  });

  it('tells an address without a web scheme from no address at all', async () => {
    const form = await render(<ConnectForm onConnect={vi.fn()} />);
    await type(form, 'Server address', 'ftp://sync.example.com');
    await submit(form);
    expect(errorAt(form, 'Server address')).toBe(
      'The address starts with https:// (or http:// on a local network)',
    );
    await type(form, 'Server address', 'https://sync.example.com');
    expect(errorAt(form, 'Server address')).toBeNull();
  });

  it('asks only for e-mail and password with an account, and sends the login', async () => {
    const onConnect = vi.fn((_input: SyncConnectInput) => Promise.resolve());
    const form = await render(<ConnectForm onConnect={onConnect} />);
    await chooseMode(form, 'I have an account');
    expect(form.querySelector('input[aria-label="Invitation code"]')).toBeNull();
    await type(form, 'Server address', 'https://sync.example.com');
    await type(form, 'E-mail', 'Ana@Example.com');
    await submit(form);
    expect(errorAt(form, 'Password')).toBe('Enter your password');
    await type(form, 'Password', 'short');
    await submit(form);
    expect(onConnect).toHaveBeenCalledWith({
      mode: 'login',
      serverUrl: 'https://sync.example.com',
      email: 'Ana@Example.com',
      password: 'short',
    });
  });

  it('shows the core’s field messages at their fields, and any other failure above the button', async () => {
    const onConnect = vi
      .fn<(input: SyncConnectInput) => Promise<unknown>>()
      .mockRejectedValueOnce(
        new CoreError({
          code: 'VALIDATION',
          message: 'Check the highlighted fields.',
          fields: { code: fieldMessage('validation.syncInviteCode') },
        }),
      )
      .mockRejectedValueOnce(
        new CoreError({
          code: 'UNAVAILABLE',
          message: 'The server at https://sync.example.com does not answer.',
        }),
      );
    const form = await render(<ConnectForm onConnect={onConnect} />);
    await type(form, 'Server address', 'https://sync.example.com');
    await type(form, 'Invitation code', 'WRONG-CODE');
    await type(form, 'Your name', 'Ana');
    await type(form, 'E-mail', 'ana@example.com');
    await type(form, 'Choose a password', 'correct horse battery');
    await submit(form);
    expect(errorAt(form, 'Invitation code')).toBe(
      'This invitation code is not valid: it may have been used or have expired.',
    );
    expect(errorAt(form, 'Server address')).toBeNull();

    await submit(form);
    const alert = form.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Could not connect');
    expect(alert?.textContent).toContain('does not answer');
  });

  it('shows that it is connecting until the core answers', async () => {
    let finish: () => void = () => undefined;
    const onConnect = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const form = await render(<ConnectForm onConnect={onConnect} />);
    await chooseMode(form, 'I have an account');
    await type(form, 'Server address', 'http://192.168.1.20:4000');
    await type(form, 'E-mail', 'ana@example.com');
    await type(form, 'Password', 'secret');
    await submit(form);
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(form.querySelector('form')!.getAttribute('aria-busy')).toBe('true');
    expect(button.hasAttribute('data-loading')).toBe(true);
    await act(async () => finish());
    expect(form.querySelector('form')!.getAttribute('aria-busy')).toBe('false');
    expect(button.hasAttribute('data-loading')).toBe(false);
  });

  it('signs in again to the same server as the same person', async () => {
    const onConnect = vi.fn((_input: SyncConnectInput) => Promise.resolve());
    const form = await render(
      <ConnectForm
        onConnect={onConnect}
        signInAgain={{ serverUrl: 'https://sync.example.com', email: 'ana@example.com' }}
      />,
    );
    expect(form.textContent).not.toContain('I have an invitation code');
    expect(field(form, 'Server address').readOnly).toBe(true);
    await type(form, 'Password', 'my password');
    await submit(form);
    expect(onConnect).toHaveBeenCalledWith({
      mode: 'login',
      serverUrl: 'https://sync.example.com',
      email: 'ana@example.com',
      password: 'my password',
    });
  });
});
