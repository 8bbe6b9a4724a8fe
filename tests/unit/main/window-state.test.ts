import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  fitWindowState,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect,
} from '../../../src/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('fitWindowState', () => {
  it('centres a default-sized window on the primary display when nothing was saved', () => {
    expect(fitWindowState(null, [laptop], laptop)).toEqual({
      bounds: { x: 320, y: 120, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
      isMaximized: false,
    });
  });

  it('keeps a saved window that is fully on a display where it was', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, isMaximized: true };
    expect(fitWindowState(saved, [laptop, rightMonitor], laptop)).toEqual({
      bounds: { x: 2000, y: 100, width: 1400, height: 900 },
      isMaximized: true,
    });
  });

  it('moves a window back to the primary display when its display was unplugged', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, isMaximized: false };
    const fitted = fitWindowState(saved, [laptop], laptop);
    expect(fitted.bounds).toEqual({ x: 260, y: 70, width: 1400, height: 900 });
  });

  it('pulls a window that hangs off the edge fully inside the display it mostly covers', () => {
    const saved = { x: 1500, y: -200, width: 1000, height: 800, isMaximized: false };
    expect(fitWindowState(saved, [laptop], laptop).bounds).toEqual({
      x: 920,
      y: 0,
      width: 1000,
      height: 800,
    });
  });

  it('counts a sliver of overlap as not visible', () => {
    const saved = { x: 1900, y: 100, width: 1000, height: 800, isMaximized: false };
    // 20 px on the laptop only: centred on the primary display instead.
    expect(fitWindowState(saved, [laptop], laptop).bounds.x).toBe(460);
  });

  it('picks the display that shows most of a window spanning two', () => {
    const saved = { x: 1500, y: 0, width: 1200, height: 900, isMaximized: false };
    const fitted = fitWindowState(saved, [laptop, rightMonitor], laptop);
    expect(fitted.bounds).toEqual({ x: 1920, y: 0, width: 1200, height: 900 });
  });

  it('shrinks a window bigger than the display and never below the minimum size', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    const huge = { x: 0, y: 0, width: 5000, height: 4000, isMaximized: false };
    expect(fitWindowState(huge, [small], small).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
    const tiny = { x: 10, y: 10, width: 100, height: 100, isMaximized: false };
    const fitted = fitWindowState(tiny, [laptop], laptop).bounds;
    expect([fitted.width, fitted.height]).toEqual([MIN_SIZE.width, MIN_SIZE.height]);
  });

  it('respects a work area that does not start at 0,0 (taskbar on the left or top)', () => {
    const area: Rect = { x: 80, y: 40, width: 1840, height: 1000 };
    const saved = { x: 0, y: 0, width: 1000, height: 700, isMaximized: false };
    expect(fitWindowState(saved, [area], area).bounds).toEqual({ x: 80, y: 40, width: 1000, height: 700 });
  });
});

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    const state = { x: 10, y: 20, width: 1200, height: 800, isMaximized: false };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it('accepts a state without a position', () => {
    expect(parseWindowState('{"width":1200,"height":800,"isMaximized":true}')).toEqual({
      width: 1200,
      height: 800,
      isMaximized: true,
    });
  });

  it.each([
    ['not JSON', '{width: 1'],
    ['an empty file', ''],
    ['an array', '[]'],
    ['a missing field', '{"width":1200,"height":800}'],
    ['a string for a number', '{"width":"1200","height":800,"isMaximized":false}'],
    ['a negative size', '{"width":-5,"height":800,"isMaximized":false}'],
    ['a fractional pixel', '{"width":1200.5,"height":800,"isMaximized":false}'],
    ['an absurd position', '{"x":1e12,"y":0,"width":1200,"height":800,"isMaximized":false}'],
  ])('rejects %s', (_label, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('loadWindowState / saveWindowState', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips through a file, creating the folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'ck-window-'));
    const file = join(dir, 'nested', 'window-state.json');
    const state = { x: -1200, y: 30, width: 1100, height: 750, isMaximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });

  it('treats a missing or corrupt file as no saved state', () => {
    dir = mkdtempSync(join(tmpdir(), 'ck-window-'));
    expect(loadWindowState(join(dir, 'absent.json'))).toBeNull();
    writeFileSync(join(dir, 'bad.json'), '\u0000garbage');
    expect(loadWindowState(join(dir, 'bad.json'))).toBeNull();
  });
});
