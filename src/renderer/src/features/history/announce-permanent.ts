// Tells the user a ledger write went through. Ledger entries are permanent (a correction is another
// entry), so unlike other saves the notice offers no Undo that would only be refused.
import { notifications } from '@mantine/notifications';

export function announcePermanent(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 6000 });
}
