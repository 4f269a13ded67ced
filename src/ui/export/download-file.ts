// Saves text as a file the way a page can without the "downloads" permission: a Blob URL on a
// temporary <a download>. The URL is released after a minute, long after the browser has
// started the download, so a slow save dialog still finds it.
export function downloadFile(file: { filename: string; mime: string; text: string }, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
