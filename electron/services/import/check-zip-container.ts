import { inflateRawSync } from 'node:zlib';
import { MAX_DOCX_ENTRIES, MAX_DOCX_UNPACKED_BYTES } from './import-limits';
import { malformedFile } from './malformed-file';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARKER = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - END_RECORD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw malformedFile('it is not a DOCX file (no ZIP directory: not a document, or cut short)');
}

/**
 * Checks a DOCX's ZIP container before mammoth (through JSZip) unpacks it. JSZip inflates
 * each part in full, trusting the sizes the file declares, so a zip bomb (a few MB that
 * inflate to gigabytes) would exhaust memory first and be noticed after. Here every part is
 * inflated with a hard output limit and must be exactly as large as declared, the total
 * must stay under MAX_DOCX_UNPACKED_BYTES, and anything odd (ZIP64, encryption, unknown
 * compression, a directory pointing outside the file) refuses the file.
 */
export function checkZipContainer(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < END_RECORD_SIZE) throw malformedFile('it is not a DOCX file (too short to be a ZIP container)');
  const end = findEndRecord(view);
  const entries = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (entries === 0xffff || directoryStart === ZIP64_MARKER) throw malformedFile('the DOCX uses ZIP64, which no article needs');
  if (entries > MAX_DOCX_ENTRIES) throw malformedFile(`the DOCX holds ${entries} parts`);
  if (directoryStart + directorySize > end) throw malformedFile('the DOCX is damaged (its ZIP directory lies outside the file)');

  let total = 0;
  let at = directoryStart;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_FILE_HEADER) throw malformedFile('the DOCX is damaged (broken ZIP directory)');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    at += 46 + nameLength + extraLength + commentLength;

    if ((flags & 1) !== 0) throw malformedFile('the DOCX is encrypted');
    if (compressedSize === ZIP64_MARKER || size === ZIP64_MARKER || localHeader === ZIP64_MARKER) {
      throw malformedFile('the DOCX uses ZIP64, which no article needs');
    }
    total += size;
    if (total > MAX_DOCX_UNPACKED_BYTES) throw malformedFile(`the DOCX unpacks to more than ${MAX_DOCX_UNPACKED_BYTES / 1024 / 1024} MB`);
    if (localHeader + 30 > bytes.byteLength || view.getUint32(localHeader, true) !== LOCAL_FILE_HEADER) {
      throw malformedFile('the DOCX is damaged (a part is missing)');
    }
    const dataStart = localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
    if (dataStart + compressedSize > bytes.byteLength) throw malformedFile('the DOCX is cut short');
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method === STORED) {
      if (compressedSize !== size) throw malformedFile('the DOCX is damaged (a stored part has two sizes)');
    } else if (method === DEFLATED) {
      let inflated: Buffer;
      try {
        // One byte of room beyond the declared size: more output than declared is the lie that matters.
        inflated = inflateRawSync(data, { maxOutputLength: size + 1 });
      } catch {
        throw malformedFile('the DOCX is damaged or a part unpacks to more than it declares');
      }
      if (inflated.byteLength !== size) throw malformedFile('the DOCX is damaged (a part is not the size it declares)');
    } else {
      throw malformedFile(`the DOCX uses an unknown compression method (${method})`);
    }
  }
}
