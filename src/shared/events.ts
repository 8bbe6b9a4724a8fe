// The change event the core emits after every committed write; hosts forward it and the renderer
// refreshes what it shows.
import { z } from 'zod';

export const changeEventSchema = z.object({
  /** Tables written by the batch, e.g. ["partners", "contacts"]. */
  tables: z.array(z.string()),
  batchId: z.string().nullable(),
});
export type ChangeEvent = z.infer<typeof changeEventSchema>;
