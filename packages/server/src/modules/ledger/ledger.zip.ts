// An .xlsx file is a zip archive. Before a workbook is parsed its central directory is read and held to limits
// (entry count, total uncompressed size, compression ratio per entry), and each entry is then inflated with its
// declared size as a hard ceiling, so a decompression bomb (a few hundred kilobytes that inflate to gigabytes) is
// refused instead of parsed — whatever its headers claim.
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../platform/errors.ts';

export const ZIP_LIMITS = {
  /** An .xlsx holds a few dozen entries; thousands are a crafted archive. */
  maxEntries: 1000,
  /** 100,000 ledger rows of 20 columns are about 100 MB of sheet XML. */
  maxTotalBytes: 150 * 1024 * 1024,
  /** Sheet XML compresses about 10:1; 100:1 is the usual bomb threshold (Apache POI's too). */
  maxRatio: 100,
  /** Small entries may compress better than that without harm. */
  ratioFloorBytes: 1024 * 1024,
} as const;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

const MB = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function tooLarge(zh: string, en: string, details: Record<string, unknown> = {}): AppError {
  return AppError.rule('IMPORT_TOO_LARGE', zh, en, { field: 'file', ...details });
}

function damaged(): AppError {
  return AppError.rule('IMPORT_FORMAT', 'Excel 文件已损坏或无法读取', 'The Excel file is damaged or cannot be read', {
    field: 'file',
  });
}

function u16(bytes: Buffer, at: number): number {
  if (at < 0 || at + 2 > bytes.length) throw damaged();
  return bytes.readUInt16LE(at);
}

function u32(bytes: Buffer, at: number): number {
  if (at < 0 || at + 4 > bytes.length) throw damaged();
  return bytes.readUInt32LE(at);
}

function u64(bytes: Buffer, at: number): number {
  if (at < 0 || at + 8 > bytes.length) throw damaged();
  const value = bytes.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged();
  return Number(value);
}

/** The end-of-central-directory record: within the last 64 KiB (its comment is at most that long). */
function findEnd(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw damaged();
}

function directory(bytes: Buffer): { count: number; offset: number } {
  const end = findEnd(bytes);
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === MAX32) {
    // ZIP64: the real numbers are in the ZIP64 record the locator just before points at.
    const locator = end - 20;
    if (u32(bytes, locator) !== ZIP64_LOCATOR) throw damaged();
    const record = u64(bytes, locator + 8);
    if (u32(bytes, record) !== ZIP64_EOCD) throw damaged();
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  return { count, offset };
}

/** Sizes and offset an entry keeps in its ZIP64 extra field when the 32-bit ones overflow. */
function zip64Sizes(bytes: Buffer, extraStart: number, extraLength: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraStart + extraLength;) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (entry[key] !== MAX32) continue;
        entry[key] = u64(bytes, field);
        field += 8;
      }
      return;
    }
    at += 4 + size;
  }
}

/**
 * Reads the central directory and refuses an archive over the limits, before anything is inflated. The declared
 * sizes are checked again against the real ones by {@link verifyEntries}.
 */
export function inspectZip(bytes: Buffer, limits = ZIP_LIMITS): ZipEntry[] {
  const { count, offset } = directory(bytes);
  if (count > limits.maxEntries) {
    throw tooLarge(
      `Excel 文件包含 ${count} 个内部文件，超过上限 ${limits.maxEntries}，不是正常的台账文件`,
      `The Excel file holds ${count} parts, more than ${limits.maxEntries}: not a ledger`,
      { entries: count, limit: limits.maxEntries },
    );
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== CENTRAL) throw damaged();
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) throw damaged();
    const entry: ZipEntry = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    };
    zip64Sizes(bytes, at + 46 + nameLength, extraLength, entry);
    at += 46 + nameLength + extraLength + commentLength;
    if (entry.flags & 0x1) {
      throw AppError.rule(
        'IMPORT_FORMAT',
        'Excel 文件已加密，请取消密码后再导入',
        'The Excel file is encrypted; remove the password first',
        { field: 'file' },
      );
    }
    if (entry.method !== 0 && entry.method !== 8) throw damaged();
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) {
      throw tooLarge(
        `Excel 文件解压后超过 ${MB(limits.maxTotalBytes)} MB，请拆分为多个文件后导入`,
        `The Excel file inflates to more than ${MB(limits.maxTotalBytes)} MB; split it into smaller files`,
        { limitBytes: limits.maxTotalBytes },
      );
    }
    if (
      entry.uncompressedSize > limits.ratioFloorBytes &&
      entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)
    ) {
      throw tooLarge(
        `Excel 文件中的“${entry.name}”压缩比异常（超过 ${limits.maxRatio} 倍），疑似压缩炸弹，已拒绝`,
        `The part "${entry.name}" is compressed more than ${limits.maxRatio} to 1: refused as a decompression bomb`,
        { entry: entry.name, limitRatio: limits.maxRatio },
      );
    }
    entries.push(entry);
  }
  return entries;
}

/** The bytes of one entry as stored (compressed), located through its local header. */
function storedBytes(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (u32(bytes, at) !== LOCAL) throw damaged();
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) throw damaged();
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates every entry with its declared size as the ceiling: an entry that holds more than its header says is a
 * bomb in disguise and is refused the moment it passes that size.
 */
export function verifyEntries(bytes: Buffer, entries: readonly ZipEntry[]): void {
  for (const entry of entries) {
    const stored = storedBytes(bytes, entry);
    if (entry.method === 0) {
      if (stored.length !== entry.uncompressedSize) throw damaged();
      continue;
    }
    let inflated: Buffer;
    try {
      inflated = inflateRawSync(stored, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw tooLarge(
          `Excel 文件中的“${entry.name}”解压后比声明的大小更大，疑似压缩炸弹，已拒绝`,
          `The part "${entry.name}" inflates beyond its declared size: refused as a decompression bomb`,
          { entry: entry.name },
        );
      }
      throw damaged();
    }
    if (inflated.length !== entry.uncompressedSize) throw damaged();
  }
}
