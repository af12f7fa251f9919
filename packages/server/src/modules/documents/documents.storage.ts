// Where document bytes live. Routes only see this interface, so an object store can replace the disk later.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { FieldCipher } from '../../platform/crypto.ts';

export interface DocumentStorage {
  /** Stores the bytes under a new key and returns it; the key is what the database keeps. */
  put(bytes: Buffer): Promise<string>;
  get(key: string): Promise<Buffer>;
  /** Removing a key that is already gone is not an error (cleanup after a failed insert). */
  remove(key: string): Promise<void>;
}

/** yyyy/mm/uuid: the only key shape the disk backend writes, and so the only one it reads. */
const KEY = /^\d{4}\/\d{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Files under `<root>/<yyyy>/<mm>/<uuid>`, written to a temporary name and renamed when complete, sealed with SM4
 * (ID scans and certificates are as sensitive as the fields that describe them), readable by the owner only.
 */
export function diskDocumentStorage(root: string, cipher: Pick<FieldCipher, 'sealFile' | 'openFile'>): DocumentStorage {
  const fileOf = (key: string): string => {
    // Keys come from the database, but a path is only ever built from the shape we wrote.
    if (!KEY.test(key)) throw new Error(`invalid document storage key: ${key}`);
    return path.join(root, ...key.split('/'));
  };
  return {
    async put(bytes) {
      const now = new Date();
      const key = [String(now.getUTCFullYear()), String(now.getUTCMonth() + 1).padStart(2, '0'), randomUUID()].join(
        '/',
      );
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      // Same folder as the final name, so the rename is atomic: a crash leaves only a temp file behind.
      const temp = `${file}.${randomUUID()}.part`;
      try {
        const handle = await open(temp, 'wx', 0o600);
        try {
          await handle.writeFile(cipher.sealFile(bytes));
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, file);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
      return key;
    },
    async get(key) {
      return cipher.openFile(await readFile(fileOf(key)));
    },
    async remove(key) {
      try {
        await unlink(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    },
  };
}
