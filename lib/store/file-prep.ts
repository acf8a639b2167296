import { AttachmentRefused } from "@/lib/media/refusal";

/**
 * The preparation code (image decoding and resizing, byte checks, the PDF client) loads with the
 * first file, not at page start: the first screen only shows the empty draft.
 */
type Prep = typeof import("./draft-documents") & Pick<typeof import("@/lib/media/prepare-attachment"), "prepareAttachment">;
export let prepModule: Prep | undefined;
export async function loadPrep(): Promise<Prep> {
  if (!prepModule) {
    const [docs, attach] = await Promise.all([import("./draft-documents"), import("@/lib/media/prepare-attachment")]);
    prepModule = { ...docs, prepareAttachment: attach.prepareAttachment };
  }
  return prepModule;
}

/** A file refused (or that could not be kept): the English sentence, and the code the UI words in other languages. */
export interface FileRefusal {
  file: string;
  code: string;
  message: string;
  params?: Record<string, string>;
}

export function refusalOf(error: unknown, file: { name: string }): FileRefusal {
  return error instanceof AttachmentRefused
    ? { file: file.name, code: error.code, message: error.message, params: error.params }
    : { file: file.name, code: "unreadable", message: `"${file.name}" could not be read.` };
}
