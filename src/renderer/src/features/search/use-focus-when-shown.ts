// After the palette opens a page, brings the chosen element (a visit note, a section) into view
// and focuses it once the page has loaded it. Gives up after a while: the element may be gone.
import { useCallback, useEffect, useRef } from 'react';

const giveUpAfterMs = 8000;
/** The palette hands focus back to where it was opened from just after closing: go after that. */
const afterPaletteClosedMs = 60;

export function useFocusWhenShown(): (elementId: string | null) => void {
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  return useCallback((elementId: string | null) => {
    stop.current?.();
    if (!elementId) return;
    const bringIntoView = (): boolean => {
      const element = document.getElementById(elementId);
      if (!element) return false;
      element.scrollIntoView({ block: 'center' });
      if (element.hasAttribute('tabindex')) element.focus({ preventScroll: true });
      return true;
    };
    // The page changes after navigation: look again on every DOM change until it is there.
    const observer = new MutationObserver(() => {
      if (bringIntoView()) stop.current?.();
    });
    const start = window.setTimeout(() => {
      if (bringIntoView()) stop.current?.();
      else observer.observe(document.body, { childList: true, subtree: true });
    }, afterPaletteClosedMs);
    const giveUp = window.setTimeout(() => stop.current?.(), giveUpAfterMs);
    stop.current = () => {
      observer.disconnect();
      window.clearTimeout(start);
      window.clearTimeout(giveUp);
      stop.current = null;
    };
  }, []);
}
