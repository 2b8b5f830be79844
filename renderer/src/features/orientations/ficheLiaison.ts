/** Saving a file the server renders (liaison sheet, data export): base64 → bytes → a download, no window opened. */

export function octetsBase64(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (caractere) => caractere.charCodeAt(0));
}

export function telechargerFichier(nomFichier: string, contenu: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([contenu], { type }));
  const lien = document.createElement('a');
  lien.href = url;
  lien.download = nomFichier;
  lien.click();
  // The download has started from the URL by the next task: it can go.
  setTimeout(() => URL.revokeObjectURL(url));
}

export function telechargerPdf(nomFichier: string, pdfBase64: string): void {
  telechargerFichier(nomFichier, octetsBase64(pdfBase64), 'application/pdf');
}
