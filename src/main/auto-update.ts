// Checks for a newer release on start and lets electron-updater notify the person. Only in a
// packaged app: in development there is nothing to update and no feed to ask.
export async function checkForUpdates(isPackaged: boolean): Promise<void> {
  if (!isPackaged) return;
  try {
    // Loaded only when packaged; electron-updater is CommonJS, so its API sits on the default export.
    const { default: electronUpdater } = await import('electron-updater');
    await electronUpdater.autoUpdater.checkForUpdatesAndNotify();
  } catch (error) {
    // Offline is normal for this app's users: note it and carry on.
    console.warn(`Update check failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
