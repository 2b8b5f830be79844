/** Saving the liaison sheet the server renders: base64 → bytes → a file downloaded, no window opened. */

export function octetsBase64(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (caractere) => caractere.charCodeAt(0));
}

export function telechargerPdf(nomFichier: string, pdfBase64: string): void {
  const url = URL.createObjectURL(new Blob([octetsBase64(pdfBase64)], { type: 'application/pdf' }));
  const lien = document.createElement('a');
  lien.href = url;
  lien.download = nomFichier;
  lien.click();
  // The download has started from the URL by the next task: it can go.
  setTimeout(() => URL.revokeObjectURL(url));
}
