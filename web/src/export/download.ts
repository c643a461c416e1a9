/** Offers `content` as a file download, made in the browser: nothing is sent anywhere. */
export function downloadFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from an entity id and a day, with nothing a file system could trip on. */
export function exportFileName(id: string, day: string, extension: string): string {
  return `rolegraph-${id.replace(/[^\p{L}\p{N}._-]+/gu, '-')}-${day}.${extension}`;
}
