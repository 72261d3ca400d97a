// A real cipher (AES-256-GCM, node:crypto, a random key per box) standing in for Electron's
// safeStorage in Node tests: what it returns is true ciphertext, so "no password in plain text"
// assertions can fail, and another box cannot decrypt it (like another OS keychain).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretBox } from '../../electron/team-db';

export function aesBox(available: () => boolean = () => true): SecretBox & { calls: number } {
  const key = randomBytes(32);
  return {
    calls: 0,
    isEncryptionAvailable: available,
    encryptString(plain) {
      this.calls++;
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(cipher) {
      const d = createDecipheriv('aes-256-gcm', key, cipher.subarray(0, 12));
      d.setAuthTag(cipher.subarray(12, 28));
      return Buffer.concat([d.update(cipher.subarray(28)), d.final()]).toString('utf8');
    },
  };
}
