// Commercial cryptography (GB/T 39786): SM4 for sensitive fields, keyed SM3 for blind indexes and
// integrity tags. Passwords use scrypt. All from Node's built-in crypto.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  randomInt,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** Encryption of sensitive data at rest: database fields, their blind indexes, and stored files. */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Deterministic keyed digest for exact lookup of an encrypted value. */
  blindIndex(value: string): string;
  /** Seals a file's bytes (uploaded documents): SM4-CTR under its own key, with an HMAC-SM3 tag. */
  sealFile(plain: Buffer): Buffer;
  /** Opens a sealed file; bytes stored before files were sealed are returned as they are. */
  openFile(stored: Buffer): Buffer;
}

/** The first bytes of a sealed file: a format marker and version. */
const FILE_MAGIC = Buffer.from('HEHUSF1\n', 'latin1');

function derive(master: Buffer, label: string, length: number): Buffer {
  return Buffer.from(hkdfSync('sm3', master, Buffer.alloc(0), `hehu:${label}`, length));
}

/** Encrypt-then-MAC: SM4-CBC with a random IV, then an HMAC-SM3 tag over version, IV and ciphertext. */
export function createFieldCipher(masterKey: Buffer): FieldCipher {
  if (masterKey.length !== 32) throw new Error('master key must be 32 bytes');
  const encKey = derive(masterKey, 'field-enc', 16);
  const macKey = derive(masterKey, 'field-mac', 32);
  const indexKey = derive(masterKey, 'blind-index', 32);
  const fileEncKey = derive(masterKey, 'file-enc', 16);
  const fileMacKey = derive(masterKey, 'file-mac', 32);
  const tag = (iv: Buffer, ct: Buffer) => createHmac('sm3', macKey).update('v1').update(iv).update(ct).digest();
  // IVs are cut from a pool of CSPRNG output: one randomBytes call per field cost more than the SM4 itself
  // when a ledger import encrypts thousands of fields.
  let ivPool = Buffer.alloc(0);
  const nextIv = () => {
    if (ivPool.length < 16) ivPool = randomBytes(16 * 1024);
    const iv = Buffer.from(ivPool.subarray(0, 16));
    ivPool = ivPool.subarray(16);
    return iv;
  };
  return {
    encrypt(plain) {
      const iv = nextIv();
      const cipher = createCipheriv('sm4-cbc', encKey, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${Buffer.concat([iv, ct, tag(iv, ct)]).toString('base64')}`;
    },
    decrypt(stored) {
      if (!stored.startsWith('v1.')) throw new Error('unknown ciphertext version');
      const raw = Buffer.from(stored.slice(3), 'base64');
      const iv = raw.subarray(0, 16);
      const ct = raw.subarray(16, raw.length - 32);
      const mac = raw.subarray(raw.length - 32);
      if (!timingSafeEqual(mac, tag(iv, ct))) throw new Error('ciphertext integrity check failed');
      const decipher = createDecipheriv('sm4-cbc', encKey, iv);
      return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
    },
    blindIndex(value) {
      return createHmac('sm3', indexKey).update(value).digest('hex');
    },
    sealFile(plain) {
      const iv = randomBytes(16);
      // CTR keeps the size and works chunk by chunk; the tag covers marker, IV and ciphertext (encrypt-then-MAC).
      const cipher = createCipheriv('sm4-ctr', fileEncKey, iv);
      const mac = createHmac('sm3', fileMacKey).update(FILE_MAGIC).update(iv);
      const chunks: Buffer[] = [FILE_MAGIC, iv];
      for (let at = 0; at < plain.length; at += FILE_CHUNK) {
        const ct = cipher.update(plain.subarray(at, at + FILE_CHUNK));
        mac.update(ct);
        chunks.push(ct);
      }
      const last = cipher.final();
      mac.update(last);
      chunks.push(last, mac.digest());
      return Buffer.concat(chunks);
    },
    openFile(stored) {
      if (!stored.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC)) return stored;
      const iv = stored.subarray(FILE_MAGIC.length, FILE_MAGIC.length + 16);
      const ct = stored.subarray(FILE_MAGIC.length + 16, stored.length - 32);
      const tag = stored.subarray(stored.length - 32);
      const expected = createHmac('sm3', fileMacKey).update(FILE_MAGIC).update(iv).update(ct).digest();
      if (tag.length !== 32 || !timingSafeEqual(tag, expected)) throw new Error('sealed file integrity check failed');
      const decipher = createDecipheriv('sm4-ctr', fileEncKey, iv);
      return Buffer.concat([decipher.update(ct), decipher.final()]);
    },
  };
}

const FILE_CHUNK = 1024 * 1024;

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, SCRYPT.keylen, {
    N: SCRYPT.N,
    r: SCRYPT.r,
    p: SCRYPT.p,
    maxmem: 64 * 1024 * 1024,
  });
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltB64, hashB64] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hashB64, 'base64');
  const actual = await scryptAsync(password, Buffer.from(saltB64, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** A one-time password an administrator hands over: meets the policy (4 character kinds, 12 long). */
export function generateInitialPassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#%+=@'];
  const all = sets.join('');
  // randomInt is uniform (no modulo bias).
  const pick = (s: string) => s.charAt(randomInt(s.length));
  const chars = sets.map(pick);
  while (chars.length < 12) chars.push(pick(all));
  // Fisher-Yates, so the character kinds are not in a fixed order.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    const tmp = chars[i] ?? '';
    chars[i] = chars[j] ?? '';
    chars[j] = tmp;
  }
  return chars.join('');
}
