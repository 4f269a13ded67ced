// Saves the dossier zip the way a page can without the "downloads" permission: a Blob URL on a
// temporary <a download>, released after a minute so a slow save dialog still finds it.
export function downloadZip(fileName: string, base64: string, doc: Document = document): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
