// The application menu: the standard edit roles (Undo/Redo reach text fields), view and window
// items, and Help > Open data folder so a person can find their database and backups.
import { Menu, shell, type MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  dataDir: string;
  isMac: boolean;
  isPackaged: boolean;
}

export function appMenuTemplate(
  options: AppMenuOptions,
  openDataFolder: () => void,
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (!options.isPackaged)
    view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' });

  return [
    ...(options.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'Open data folder', click: openDataFolder }],
    },
  ];
}

export function installAppMenu(options: AppMenuOptions): void {
  const openDataFolder = (): void => {
    void shell.openPath(options.dataDir).then((error) => {
      if (error) console.error(`Could not open ${options.dataDir}: ${error}`);
    });
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options, openDataFolder)));
}
