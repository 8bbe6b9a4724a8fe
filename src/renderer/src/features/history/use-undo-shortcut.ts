// Ctrl+Z (Cmd+Z on macOS) undoes the last change, except while typing in a field, where it
// must keep undoing the typing.
import { useHotkeys } from '@mantine/hooks';
import { useUndo } from './use-undo';

export function useUndoShortcut(): void {
  const undo = useUndo();
  useHotkeys([['mod+Z', () => void undo()]], ['INPUT', 'TEXTAREA', 'SELECT']);
}
