import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTrustedFrame, isTrustedRendererUrl, rendererLocation } from '../../../src/main/trusted-renderer';

const html = '/opt/ChannelKeeper/resources/app.asar/out/renderer/index.html';
const packaged = rendererLocation(html, null);
const ownPage = pathToFileURL(html).href;

describe('isTrustedRendererUrl', () => {
  it('trusts the built index.html, with or without a route in the hash or query', () => {
    expect(isTrustedRendererUrl(ownPage, packaged)).toBe(true);
    expect(isTrustedRendererUrl(`${ownPage}#/partners/01HZX`, packaged)).toBe(true);
    expect(isTrustedRendererUrl(`${ownPage}?tab=contacts`, packaged)).toBe(true);
  });

  it('trusts the same file spelled with percent-encoding', () => {
    const spaced = rendererLocation('/home/a b/out/renderer/index.html', null);
    expect(isTrustedRendererUrl('file:///home/a%20b/out/renderer/index.html', spaced)).toBe(true);
  });

  it.each([
    ['another local file', 'file:///tmp/evil.html'],
    ['a sibling of our page', ownPage.replace('index.html', 'other.html')],
    ['a path that merely starts like ours', `${ownPage}.html`],
    ['a file on another host (UNC share)', ownPage.replace('file:///', 'file://attacker/')],
    ['a web page', 'https://example.com/'],
    ['the local browser-mode server', 'http://127.0.0.1:5173/'],
    ['about:blank', 'about:blank'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedRendererUrl(url, packaged)).toBe(false);
  });

  it('trusts the dev server origin only when one is configured', () => {
    const dev = rendererLocation(html, 'http://localhost:5173/');
    expect(isTrustedRendererUrl('http://localhost:5173/#/partners', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', packaged)).toBe(false);
  });

  it('compares Windows paths without regard to letter case', () => {
    const windows = {
      fileUrl: 'file:///C:/Program%20Files/ChannelKeeper/out/renderer/index.html',
      devServerUrl: null,
    };
    const sameFile = 'file:///c:/program%20files/channelkeeper/out/renderer/index.html';
    expect(isTrustedRendererUrl(sameFile, windows, 'win32')).toBe(true);
    expect(isTrustedRendererUrl(sameFile, windows, 'linux')).toBe(false);
  });
});

describe('isTrustedFrame', () => {
  it('trusts only the top frame of our page', () => {
    expect(isTrustedFrame({ url: ownPage, parent: null }, packaged)).toBe(true);
    expect(isTrustedFrame({ url: ownPage, parent: { url: ownPage } }, packaged)).toBe(false);
    expect(isTrustedFrame({ url: 'https://example.com/', parent: null }, packaged)).toBe(false);
  });

  it('refuses a frame that is gone (null after a navigation or crash)', () => {
    expect(isTrustedFrame(null, packaged)).toBe(false);
    expect(isTrustedFrame(undefined, packaged)).toBe(false);
  });
});
