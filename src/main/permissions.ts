// Browser permissions (camera, location, notifications…): refused unless our own page asks for one
// of the few the app uses.
import type { Session } from 'electron';
import { isTrustedRendererUrl, type RendererLocation } from './trusted-renderer';

/** Reminders use notifications; "copy phone number" writes to the clipboard. */
const GRANTED = new Set(['notifications', 'clipboard-sanitized-write']);

export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  renderer: RendererLocation,
): boolean {
  return GRANTED.has(permission) && !!requestingUrl && isTrustedRendererUrl(requestingUrl, renderer);
}

export function installPermissionHandlers(session: Session, renderer: RendererLocation): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl || contents?.getURL(), renderer));
  });
  // A file:// page's origin is just "file://", so the check uses the page's full URL instead.
  session.setPermissionCheckHandler((contents, permission, _origin, details) =>
    isPermissionGranted(permission, details.requestingUrl || contents?.getURL(), renderer),
  );
  // USB, serial and HID devices are never offered to the page.
  session.setDevicePermissionHandler(() => false);
}
