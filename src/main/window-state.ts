// Remembers the window's size, position and maximized state in userData/window-state.json, and
// puts a remembered window back where a person can see it (displays come and go).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserWindow } from 'electron';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** How much of a window must overlap a display to count as "on" it. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

const pixels = z.number().int().min(-100_000).max(100_000);
export const windowStateSchema = z.object({
  x: pixels.optional(),
  y: pixels.optional(),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** Reads the saved state; anything unreadable or malformed means "no saved state". */
export function parseWindowState(text: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Write then rename, so a crash mid-write never leaves half a file behind. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Bounds for a new window from the saved state and the displays' work areas: on the display it
 * overlaps most, shrunk to fit and moved fully inside it; centred on the primary display when it
 * was saved on a display that is gone or nothing was saved.
 */
export function fitWindowState(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
): { bounds: Rect; isMaximized: boolean } {
  const width = Math.max(saved?.width ?? DEFAULT_SIZE.width, MIN_SIZE.width);
  const height = Math.max(saved?.height ?? DEFAULT_SIZE.height, MIN_SIZE.height);

  let area: Rect | undefined;
  if (saved?.x !== undefined && saved.y !== undefined) {
    const window = { x: saved.x, y: saved.y, width, height };
    let best = 0;
    for (const candidate of workAreas) {
      const shared = overlap(window, candidate);
      const visible = shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
      if (visible && shared.width * shared.height > best) {
        best = shared.width * shared.height;
        area = candidate;
      }
    }
  }

  const target = area ?? primary;
  const fitted = { width: Math.min(width, target.width), height: Math.min(height, target.height) };
  const x = area
    ? clamp(saved!.x!, target.x, target.x + target.width - fitted.width)
    : target.x + Math.round((target.width - fitted.width) / 2);
  const y = area
    ? clamp(saved!.y!, target.y, target.y + target.height - fitted.height)
    : target.y + Math.round((target.height - fitted.height) / 2);
  return { bounds: { x, y, ...fitted }, isMaximized: saved?.isMaximized ?? false };
}

/** The state to save: the normal (un-maximized) bounds, so restoring after maximize works. */
export function captureWindowState(window: BrowserWindow): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    isMaximized: window.isMaximized(),
  };
}

/** Saves on close, and shortly after each move or resize in case the app is killed. */
export function trackWindowState(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isFullScreen() || window.isMinimized()) return;
    try {
      saveWindowState(file, captureWindowState(window));
    } catch (error) {
      console.error(
        `Could not save the window state: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}
