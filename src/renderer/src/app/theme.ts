// The Mantine theme and where the chosen color scheme is kept. Built with the translator so
// icon-only buttons Mantine renders itself (close, clear, remove) have names in the user's language.
import {
  createTheme,
  darken,
  InputClearButton,
  localStorageColorSchemeManager,
  luminance,
  Modal,
  Notification,
  Pagination,
  Pill,
  type CSSVariablesResolver,
} from '@mantine/core';
import type { TFunction } from 'i18next';

/**
 * Text contrast of at least 4.5:1 (WCAG AA; axe checks it in tests/e2e/accessibility.spec.ts).
 * Mantine's dimmed grey (3.3:1), placeholders (2.1:1) and light-variant text (shade 9 on shade 1:
 * teal 4.3:1, yellow 2.6:1) fall short; light-variant text is shade 9 darkened by a third instead.
 * Outline-variant text is shade 9 on white, which is enough except for yellow (3:1) and orange
 * (4.3:1): those are darkened just enough to stay recognisable (a churn risk, a case's severity).
 * Links (teal 9: 5:1 on white) drop to 4.5:1 on a hovered table row and below on tinted rows (a
 * breached dispute), so they are a tenth darker (5.3:1 there). A hovered filled button would turn
 * a shade lighter (white on cyan 8 is 4.3:1): it turns a little darker instead, in both schemes.
 */
export const accessibleColors: CSSVariablesResolver = (theme) => {
  const filledHover = Object.fromEntries(
    Object.entries(theme.colors).map(([name, shades]) => [
      `--mantine-color-${name}-filled-hover`,
      darken(shades[9], 0.1),
    ]),
  );
  return {
    variables: {},
    light: {
      ...filledHover,
      '--mantine-color-dimmed': '#5f6870',
      '--mantine-color-placeholder': '#6c757d',
      '--mantine-color-anchor': darken(theme.colors[theme.primaryColor]![9], 0.1),
      ...Object.fromEntries(
        Object.entries(theme.colors).map(([name, shades]) => [
          `--mantine-color-${name}-light-color`,
          darken(shades[9], 0.33),
        ]),
      ),
      ...Object.fromEntries(
        Object.entries(theme.colors).map(([name, shades]) => [
          `--mantine-color-${name}-outline`,
          readableOnWhite(shades[9]),
        ]),
      ),
    },
    dark: {
      ...filledHover,
      '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
      '--mantine-color-placeholder': 'var(--mantine-color-dark-1)',
    },
  };
};

/** Contrast with white above 4.5:1, with a margin for the light tints badges sit on. */
const outlineContrast = 4.8;

/** The colour, darkened in small steps until text in it reads on white. */
export function readableOnWhite(color: string): string {
  let darker = color;
  for (let amount = 0.05; 1.05 / (luminance(darker) + 0.05) < outlineContrast && amount < 1; amount += 0.05)
    darker = darken(color, amount);
  return darker;
}

export function createAppTheme(t: TFunction) {
  return createTheme({
    primaryColor: 'teal',
    // White on teal.6 is 2.6:1; on teal.9 it is 5:1.
    primaryShade: { light: 9, dark: 9 },
    // Where black text starts to contrast more than white (WCAG luminance 0.179; Mantine's 0.3 puts
    // white on lime, orange and yellow at 3-4.3:1), for colours that pick their text (calendar events).
    luminanceThreshold: 0.179,
    defaultRadius: 'md',
    cursorType: 'pointer',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('actions.close') } } }),
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': t('actions.closeNotification') } },
      }),
      InputClearButton: InputClearButton.extend({ defaultProps: { 'aria-label': t('actions.clear') } }),
      Pill: Pill.extend({ defaultProps: { removeButtonProps: { 'aria-label': t('actions.remove') } } }),
      // The arrow buttons are icons only: they need names.
      Pagination: Pagination.extend({
        defaultProps: {
          getControlProps: (control: 'first' | 'previous' | 'last' | 'next') => ({
            'aria-label': t(`actions.pagination.${control}`),
          }),
          getItemProps: (page: number) => ({ 'aria-label': t('actions.pagination.page', { page }) }),
        },
      }),
    },
  });
}

export const colorSchemeManager = localStorageColorSchemeManager({ key: 'channelkeeper.color-scheme' });
