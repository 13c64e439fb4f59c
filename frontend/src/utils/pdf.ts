// PDFs arrive from the backend as base64; the preview shows them through a blob: URL
// (data: URLs of large letters are slow or refused by some webviews).

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/** A blob: URL for the PDF; revoke it with URL.revokeObjectURL when done. */
export function pdfObjectUrl(b64: string): string {
  return URL.createObjectURL(new Blob([base64ToBytes(b64)], { type: 'application/pdf' }))
}
