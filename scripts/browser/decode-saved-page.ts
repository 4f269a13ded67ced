// Decodes a saved page in the charset it declares, as a browser would from its meta tag: some
// regional pages (Pikabu, 4PDA, VK) were saved in windows-1251.
export function decodeSavedPage(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /charset=["']?([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
