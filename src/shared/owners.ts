// Owners: the local user's profile and the teammates partners can be assigned to.
import { z } from 'zod';
import { emailField, limits, optionalText, requiredText } from './validation';

export const ownerInputSchema = z.object({
  name: requiredText(limits.name),
  email: emailField,
  region: optionalText(limits.shortText),
});
export type OwnerInput = z.input<typeof ownerInputSchema>;
export type OwnerFields = z.output<typeof ownerInputSchema>;

export const ownerSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  region: z.string(),
  /** True for the profile of the person using this computer. */
  isMe: z.boolean(),
  partnerCount: z.number().int(),
});
export type Owner = z.infer<typeof ownerSchema>;
