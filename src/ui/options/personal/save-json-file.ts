// Offers a value as a JSON file download from an extension page: a Blob URL and a temporary
// link, so no "downloads" permission is needed.
export function saveJsonFile(doc: Document, name: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
