// Outline badges (a churn risk, a case's severity) write their text in the colour's shade 9 on
// white: every colour of the theme must read at 4.5:1 or better, and colours that already do keep
// their shade. A hovered filled button darkens, never lightens below its white text.
import { DEFAULT_THEME, luminance } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { accessibleColors, readableOnWhite } from '../../../src/renderer/src/app/theme';

const contrastWithWhite = (color: string) => 1.05 / (luminance(color) + 0.05);

describe('the theme colours', () => {
  it('give outline text that reads on white at 4.5:1 or better for every colour of the theme', () => {
    for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
      expect(contrastWithWhite(readableOnWhite(shades[9])), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('darken yellow and orange outlines, and leave colours that already read as they are', () => {
    const { yellow, orange, teal, red } = DEFAULT_THEME.colors;
    expect(contrastWithWhite(yellow[9])).toBeLessThan(4.5);
    expect(readableOnWhite(yellow[9])).not.toBe(yellow[9]);
    expect(readableOnWhite(orange[9])).not.toBe(orange[9]);
    expect(readableOnWhite(teal[9])).toBe(teal[9]);
    expect(readableOnWhite(red[9])).toBe(red[9]);
  });

  it('make a hovered filled button darker than at rest, in both schemes', () => {
    const resolved = accessibleColors(DEFAULT_THEME);
    for (const scheme of [resolved.light, resolved.dark]) {
      for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
        const hover = scheme[`--mantine-color-${name}-filled-hover`]!;
        expect(luminance(hover), name).toBeLessThan(luminance(shades[9]));
      }
    }
    expect(contrastWithWhite(resolved.light['--mantine-color-cyan-filled-hover']!)).toBeGreaterThanOrEqual(
      4.5,
    );
  });
});
