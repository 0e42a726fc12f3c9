// A letter's identity: the SHA-256 of its bytes, as hex. The page uses it to refuse a letter it already
// has; the parse worker stamps it on the record. One function, so the two always agree.
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
