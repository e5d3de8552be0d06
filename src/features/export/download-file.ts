/** Saves text as a file through a temporary `<a download>` pointing at an object URL. */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
