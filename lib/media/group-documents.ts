import type { Attachment } from "@/lib/chat/message";

/** Groups image attachments by document, keeping other attachments apart. */
export function groupDocuments(attachments: readonly Attachment[]): { documents: Attachment[][]; others: Attachment[] } {
  const byDoc = new Map<string, Attachment[]>();
  const others: Attachment[] = [];
  for (const a of attachments) {
    if (!a.doc) others.push(a);
    else byDoc.set(a.doc.docId, [...(byDoc.get(a.doc.docId) ?? []), a]);
  }
  return { documents: [...byDoc.values()], others };
}
