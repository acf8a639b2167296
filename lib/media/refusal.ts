/**
 * A file the draft cannot take, with a sentence for English readers and a code (a validation
 * refusal, a PrepareImageError or PdfError code, "empty") the UI words in other languages.
 * Its own module so the draft store can tell a refusal apart without loading the preparation code.
 */
export class AttachmentRefused extends Error {
  constructor(
    message: string,
    readonly code = "unreadable",
    /** The numbers the sentence names (sizes, limits), for the other languages' sentences. */
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}
