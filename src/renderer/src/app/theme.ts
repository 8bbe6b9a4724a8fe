// The Mantine theme and where the chosen color scheme is kept. Built with the translator so
// icon-only buttons Mantine renders itself (close, clear, remove) have names in the user's language.
import {
  createTheme,
  InputClearButton,
  localStorageColorSchemeManager,
  Modal,
  Notification,
  Pill,
} from '@mantine/core';
import type { TFunction } from 'i18next';

export function createAppTheme(t: TFunction) {
  return createTheme({
    primaryColor: 'teal',
    defaultRadius: 'md',
    cursorType: 'pointer',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('actions.close') } } }),
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': t('actions.closeNotification') } },
      }),
      InputClearButton: InputClearButton.extend({ defaultProps: { 'aria-label': t('actions.clear') } }),
      Pill: Pill.extend({ defaultProps: { removeButtonProps: { 'aria-label': t('actions.remove') } } }),
    },
  });
}

export const colorSchemeManager = localStorageColorSchemeManager({ key: 'channelkeeper.color-scheme' });
