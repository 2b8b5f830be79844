/** Saving a file the server renders (liaison sheet, Region package, data export): a download, no window. */

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

export function telechargerBase64(nomFichier: string, base64: string, type: string): void {
  telechargerFichier(nomFichier, octetsBase64(base64), type);
}

export function telechargerPdf(nomFichier: string, pdfBase64: string): void {
  telechargerBase64(nomFichier, pdfBase64, 'application/pdf');
}
