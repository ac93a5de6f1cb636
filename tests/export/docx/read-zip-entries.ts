import { inflateRawSync } from 'node:zlib';

// A DOCX is a zip; the tests read its XML parts straight from the central directory so
// they check the file Word would open, not an object model of it.

/** Every file in a zip archive, by name, as text. Supports stored and deflated entries. */
export function readZipEntries(zip: Uint8Array): Map<string, string> {
  const data = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const endOfDirectory = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('not a zip file: no end of central directory');
  const count = data.readUInt16LE(endOfDirectory + 10);
  let offset = data.readUInt32LE(endOfDirectory + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = data.readUInt16LE(offset + 10);
    const compressedSize = data.readUInt32LE(offset + 20);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const localHeader = data.readUInt32LE(offset + 42);
    const name = data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    const localStart = localHeader + 30 + data.readUInt16LE(localHeader + 26) + data.readUInt16LE(localHeader + 28);
    const raw = data.subarray(localStart, localStart + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: unsupported compression ${method}`);
    entries.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
