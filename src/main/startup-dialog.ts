// Tells the person, before the window appears, why the database could not be opened and where the
// file is. The window still opens and shows the same message, so the app never looks blank.
import { dialog } from 'electron';

export const STARTUP_ERROR_TITLE = 'ChannelKeeper cannot open its database';

/** The core's message already names the file; add it when a message somehow does not. */
export function startupErrorText(message: string, filePath: string | null): string {
  return filePath && !message.includes(filePath) ? `${message}\n\nDatabase file: ${filePath}` : message;
}

export function showStartupError(message: string, filePath: string | null): void {
  dialog.showErrorBox(STARTUP_ERROR_TITLE, startupErrorText(message, filePath));
}
