// electron-builder.yml checked without packaging (which needs to download Electron): it passes
// electron-builder's own schema, builds the installers the issue asks for with real icons, ships
// the built app with sqlite3's native code outside app.asar, and points auto-update at the same
// generic feed the app shows as its default.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { DEFAULT_UPDATE_FEED_URL } from '../../../src/main/updates/default-feed';

const root = join(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder and electron-updater (electron-builder reads the file with it).
const yaml = require('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  main: string;
};

interface ElectronBuilderConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>;
}
interface BuilderUtil {
  DebugLogger: new (isEnabled: boolean) => unknown;
}

function targetNames(target: unknown): string[] {
  const list = Array.isArray(target) ? (target as unknown[]) : [target];
  return list.map((entry) => (typeof entry === 'string' ? entry : (entry as { target: string }).target));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function iconFile(path: string | null | undefined): Buffer {
  expect(path, 'icon path').toBeTruthy();
  const file = join(root, path!);
  expect(existsSync(file), `${path} exists`).toBe(true);
  return readFileSync(file);
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration schema", async () => {
    const builderConfig = require('app-builder-lib/out/util/config/config.js') as ElectronBuilderConfigModule;
    const { DebugLogger } = require('builder-util') as BuilderUtil;
    const loaded = await builderConfig.getConfig(root, null, null);
    await expect(
      builderConfig.validateConfiguration(loaded, new DebugLogger(false)),
    ).resolves.toBeUndefined();
    // And the check is real: a misspelled option is refused.
    await expect(
      builderConfig.validateConfiguration(
        { ...loaded, nsis: { ...loaded.nsis, oneClik: false } as Configuration['nsis'] },
        new DebugLogger(false),
      ),
    ).rejects.toThrow(/configuration\.nsis/);
  });

  it('has a reverse-DNS app id and the product name', () => {
    expect(config.appId).toBe('com.channelkeeper.app');
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/);
    expect(config.productName).toBe('ChannelKeeper');
  });

  it('builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    // Per-user install that lets the person choose the folder, like other desktop apps.
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
  });

  it('has icons in resources/, big enough for every platform', () => {
    expect(config.directories?.buildResources).toBe('resources');

    const png = iconFile(config.linux?.icon);
    const { width, height } = pngSize(png);
    expect(width).toBe(height);
    // electron-builder wants 512×512 at least (macOS and Linux take their largest sizes from it).
    expect(width).toBeGreaterThanOrEqual(512);

    const ico = iconFile(config.win?.icon);
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    // Windows needs 256 px for large icons and small ones for the taskbar and title bar.
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    for (let i = 0; i < count; i += 1) {
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      const length = ico.readUInt32LE(6 + 16 * i + 8);
      expect(pngSize(ico.subarray(offset, offset + length)).width).toBe(sizes[i]);
    }

    const icns = iconFile(config.mac?.icon);
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types = new Map<string, Buffer>();
    for (let offset = 8; offset < icns.length;) {
      const length = icns.readUInt32BE(offset + 4);
      types.set(
        icns.subarray(offset, offset + 4).toString('latin1'),
        icns.subarray(offset + 8, offset + length),
      );
      offset += length;
    }
    // ic10 is the 1024 px (512@2x) image macOS uses on Retina displays.
    expect(pngSize(types.get('ic10')!).width).toBe(1024);
    expect(pngSize(types.get('ic09')!).width).toBe(512);
  });

  it('publishes update metadata to a generic feed that is also the app default', () => {
    const publish = (Array.isArray(config.publish) ? config.publish[0] : config.publish) as {
      provider: string;
      url: string;
    };
    expect(publish.provider).toBe('generic');
    expect(publish.url).toBe(DEFAULT_UPDATE_FEED_URL);
    expect(new URL(publish.url).protocol).toBe('https:');
    // One folder for every platform and architecture: no macros electron-updater cannot expand.
    expect(publish.url).not.toContain('${');
  });

  it('packs the built app and keeps sqlite3 native code outside app.asar', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(packageJson.main.replace(/^\.\//, '')).toMatch(/^out\//);
    const unpacked = (Array.isArray(config.asarUnpack) ? config.asarUnpack : [config.asarUnpack]) as string[];
    expect(unpacked).toContain('**/node_modules/sqlite3/**/*.node');
    // The window icon main loads at run time is shipped inside the app, too.
    expect(config.files).toEqual(expect.arrayContaining(['resources/icon.png']));
  });
});
