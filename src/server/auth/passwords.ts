// Passwords: argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane), kept as the PHC string.
// The library hashes on its own thread pool, so a sign-in never blocks the event loop.
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum, which isolated modules cannot read: 2 is Argon2id.
const argon2id = 2 as Algorithm;

export const passwordHashOptions: Options = {
  algorithm: argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordHashOptions);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash opens nothing.
    return false;
  }
}

let decoyHash: Promise<string> | null = null;

/**
 * Checks a password against a throwaway hash, so a sign-in with an unknown email takes as long as
 * one with a known email and a wrong password (the timing tells nothing about who has an account).
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that no account has');
  await verifyPassword(await decoyHash, password);
  return false;
}
