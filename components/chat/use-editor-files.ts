"use client";

import { useState } from "react";
import type { Attachment, ChatMessage } from "@/lib/chat/message";
import { useModelFacts } from "@/lib/chat/model-facts";
import { validateAttachmentSet } from "@/lib/media/attachment-set";
import { textFilePartText } from "@/lib/media/documents";
import { splitFileBlocks, type QuotedFile } from "@/lib/media/text-file-blocks";
import { useChatStore } from "@/lib/store/chat-store";
import { loadPrep, refusalOf, type FileRefusal } from "@/lib/store/file-prep";
import { useServerInfo } from "@/lib/chat/use-server-info";

/** Images and video go before a question's PDF pages, as the composer sends them; pages after. */
function withAdded(media: readonly Attachment[], added: readonly Attachment[]): Attachment[] {
  const pages = added.filter((a) => a.doc);
  const others = added.filter((a) => !a.doc);
  const firstPage = media.findIndex((a) => a.doc);
  const at = firstPage < 0 ? media.length : firstPage;
  return [...media.slice(0, at), ...others, ...media.slice(at), ...pages];
}

/**
 * The files of a question being edited: those it was sent with (any can be taken out) and those
 * added here, prepared and checked as the composer prepares and checks them (a PDF sends its
 * first pages up to the model's image limit). `check` is the set's verdict for the chosen model.
 */
export function useEditorFiles(message: ChatMessage, sentFiles: QuotedFile[]) {
  const [sentMedia] = useState(() => message.attachments ?? []);
  const [media, setMedia] = useState(sentMedia);
  const [files, setFiles] = useState(sentFiles);
  const [pending, setPending] = useState(0);
  const [refusals, setRefusals] = useState<FileRefusal[]>([]);
  const modelId = useChatStore((s) => s.conversation.settings.model);
  const { limits } = useServerInfo();
  const model = useModelFacts(modelId);
  const textOnly = model && !model.images ? model.name : undefined;
  const maxImages = model?.maxImages ?? 50;

  const add = async (picked: File[]) => {
    setRefusals([]);
    setPending((n) => n + picked.length);
    const prep = await loadPrep();
    await Promise.all(
      picked.map(async (file) => {
        try {
          const kind = await prep.intakeClass(file, textOnly);
          if (kind === "text") {
            const { part } = await prep.readTextFile(file);
            const [quoted] = splitFileBlocks(textFilePartText(part), 1).files;
            setFiles((all) => [...all, quoted]);
          } else if (kind === "pdf") {
            const doc = await prep.openDocument(file, maxImages);
            try {
              const pages = await prep.renderDocument(doc);
              setMedia((all) => withAdded(all, pages));
            } finally {
              prep.releaseDocument(doc);
            }
          } else {
            const attachment = await prep.prepareAttachment(file, limits.videoMb * 1024 * 1024);
            setMedia((all) => withAdded(all, [attachment]));
          }
        } catch (error) {
          setRefusals((all) => [...all, refusalOf(error, file)]);
        } finally {
          setPending((n) => n - 1);
        }
      }),
    );
  };

  const check = validateAttachmentSet(media, { maxImages, allowVideo: model?.video ?? true, modelName: model?.name ?? modelId });
  // Untouched, the question's files go as they are (its blocks byte for byte, lib/media/text-file-blocks.ts).
  const changed = media !== sentMedia || files !== sentFiles;
  return {
    media,
    files,
    pending,
    refusals,
    check,
    modelName: model?.name ?? modelId,
    textOnly,
    changed,
    add: (picked: File[]) => void add(picked),
    removeMedia: (ids: string[]) => setMedia((all) => all.filter((a) => !ids.includes(a.id))),
    removeFile: (index: number) => setFiles((all) => all.filter((_, i) => i !== index)),
  };
}
