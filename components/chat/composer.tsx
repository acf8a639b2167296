"use client";

import { useTranslations } from "next-intl";
import { glyph, glyphs } from "@/components/ui/glyphs";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useShallow } from "zustand/react/shallow";
import { useLatestServerInfo } from "@/lib/chat/use-server-info";
import { useModelFacts } from "@/lib/chat/model-facts";
import { validateAttachmentSet } from "@/lib/media/attachment-set";
import { useChatStore } from "@/lib/store/chat-store";
import { useAgentBlock } from "@/components/agent/use-agent-block";
import { textFilePartText } from "@/lib/media/documents";
import { draftMedia, useDraftStore } from "@/lib/store/draft-store";
import { AttachControls } from "./attachments/attach-controls";
import { DraftTray } from "./attachments/draft-tray";
import { focusComposerIfLost, isTouchOnly } from "./a11y/focus";
import { usePresetPlaceholders } from "./use-preset-placeholders";
import { useComposerPlaceholder } from "./use-composer-placeholder";
import { preloadMessageView } from "./message-view";
import { loadRequestPath } from "@/lib/chat/turn-runner";
import { takeEarlyInput } from "./early-enter";
import { useConversationDraft } from "./use-conversation-draft";
import { useSendWhenReady } from "./use-send-when-ready";
import { useBudgetSpent } from "./use-budget-spent";
import { isImeKey } from "@/lib/ui/ime";
import { EarlierMediaNote } from "./earlier-media-note";
import { RequestSizeNote } from "./request-size-note";

/** Someone is writing: the message view and the request path (kept out of page start) load meanwhile. */
function preloadForWriting(): void {
  preloadMessageView();
  void loadRequestPath().catch(() => undefined);
}

const stopIcon = glyph("square", "fill-current");

/**
 * Enter sends, Shift+Enter is a newline. Nothing typed or attached is lost: the draft is only
 * cleared once it has been handed to the store, and refusals leave the rest in place. The typed
 * text and the attached files are each conversation's own (use-conversation-draft.ts): switching
 * chats shows that chat's, and coming back finds them again.
 */
export function Composer() {
  const t = useTranslations("chat");
  const send = useChatStore((s) => s.send);
  const stop = useChatStore((s) => s.stop);
  const streaming = useChatStore((s) => s.streamingId !== null);
  // Another tab is answering in this chat: a question sent here would carry its half answer.
  const elsewhereId = useChatStore((s) => s.answeringElsewhere);
  const elsewhere = elsewhereId !== null;
  // Stop pressed here for that tab's answer: it is stopped there, and read here once that tab lets
  // go of it, so until then the button says it was heard.
  const [stopAsked, setStopAsked] = useState<string | null>(null);
  const stopping = !streaming && elsewhere && stopAsked === elsewhereId;
  // Taking the address (use-conversation-route.ts) resets a new chat: a message sent before it
  // (Enter pressed before hydration, on a slow machine) was wiped with the text it cleared.
  const routeTaken = useChatStore((s) => s.routeTaken);
  const modelId = useChatStore((s) => s.conversation.settings.model);
  const { pending, add, clear, texts } = useDraftStore(useShallow((s) => ({ pending: s.pending, add: s.add, clear: s.clear, texts: s.texts })));
  const attachments = useDraftStore(useShallow(draftMedia));
  // Read when a file is added: the server's answer arriving does not re-render the composer.
  const serverInfo = useLatestServerInfo();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useConversationDraft(ref);
  const form = useRef<HTMLFormElement>(null);
  const placeholder = useComposerPlaceholder(ref);
  const blanks = usePresetPlaceholders(ref, draft, setDraft);
  // The daily budget is spent (here or in another chat or tab): a send would only be refused.
  const budget = useBudgetSpent();

  // Text typed (and Enter pressed) before hydration, held by the inline script (./early-enter.ts),
  // until it is this chat's draft and, if Enter asked, sent.
  const adopted = useRef<{ text: string; send: boolean } | null>(null);
  useEffect(() => {
    // It lives only in the DOM (or, if the field was rendered afresh, in what the inline script
    // kept): adopt it rather than lose it.
    const early = takeEarlyInput(ref.current);
    if (early.text) {
      adopted.current = early;
      setDraft(early.text);
      preloadForWriting();
    }
    // Hydrated: written to the DOM, not state, so hydration is one render (the e2e tests and
    // benches wait for it). React never sets this attribute, so later renders keep it.
    form.current?.setAttribute("data-hydrated", "true");
    // Ready to type on arrival, except on touch screens, where focus would pop up the keyboard.
    if (!isTouchOnly() && (document.activeElement === document.body || !document.activeElement)) ref.current?.focus();
    // setDraft is stable: this runs once, at hydration.
  }, [setDraft]);

  const model = useModelFacts(modelId);
  // A text-only model still reads text files: only those are taken (lib/store/draft-store.ts).
  const textOnlyModel = model && !model.images ? model.name : undefined;
  const setCheck = validateAttachmentSet(attachments, {
    maxImages: model?.maxImages ?? 50,
    allowVideo: model?.video ?? true,
    modelName: model?.name ?? modelId,
  });
  const warning =
    attachments.length && !setCheck.ok
      ? t("nothingSent", { reason: t(`attachSet.${setCheck.rule}`, { model: model?.name ?? modelId, max: setCheck.maxImages, count: setCheck.images }) })
      : undefined;
  // An agent step is one screenshot; the request is built from the official template.
  const agentBlock = useAgentBlock(attachments.filter((a) => a.kind === "image").length);
  // A file still being prepared counts: Send then waits for it (use-send-when-ready.ts).
  const hasContent = draft.trim().length > 0 || attachments.length > 0 || texts.length > 0 || pending > 0;
  const sendable = hasContent && !streaming && !elsewhere && setCheck.ok && agentBlock === undefined && !budget.reason;
  const waiting = pending > 0 || !routeTaken;
  const canSend = sendable && !waiting;
  const addFiles = (files: File[]) => {
    preloadForWriting();
    void add(files, serverInfo().limits.videoMb * 1024 * 1024, textOnlyModel, !!useChatStore.getState().conversation.settings.agent);
  };

  const submit = () => {
    if (!canSend || blanks.refuseSend(draft)) return;
    // Text files travel as named blocks before the message (lib/media/documents.ts).
    const content = [...texts.map((t) => textFilePartText(t.part)), draft].filter((t) => t.trim()).join("\n\n");
    if (!send(content, attachments.length ? attachments : undefined, texts.length)) return;
    setDraft("");
    blanks.sent();
    clear();
    ref.current?.focus();
  };

  const whenReady = useSendWhenReady(submit, waiting);
  const submitOrWait = () => {
    whenReady.forgetLeft();
    if (sendable && waiting) whenReady.queue();
    else submit();
  };

  useEffect(() => {
    const early = adopted.current;
    if (!early) return;
    // On a loaded machine the typing replayed by React after hydration, or the chat's draft read
    // when the page took its address, emptied the field again: the text was lost, unsent.
    if (!draft) return setDraft(early.text);
    if (!routeTaken) return;
    adopted.current = null;
    // In the draft and the page's chat known: send it as Enter asked.
    if (early.send) submit();
  });

  // The text field draws no outline (it fills the box): the box shows where typing goes, in the
  // kit's ring colour, while the field has focus. Not on its buttons' focus: they draw their own.
  return (
    <form
      ref={form}
      className="mx-auto w-full max-w-3xl rounded-2xl border border-line-strong bg-surface p-2 shadow-sm short:p-1 has-[#composer:focus]:border-ring has-[#composer:focus]:ring-1 has-[#composer:focus]:ring-ring"
      onSubmit={(e) => {
        e.preventDefault();
        submitOrWait();
      }}
    >
      <DraftTray warning={warning} />
      {whenReady.queued && pending > 0 && (
        <p id="send-queued" data-testid="send-queued" role="status" className="flex items-center gap-2 px-2 pb-1 text-xs text-muted-fg">
          {t("sendQueued")}
          <Button variant="link" size="inline" data-testid="send-queued-cancel" onClick={whenReady.cancel} className="text-xs font-normal underline">
            {t("cancel")}
          </Button>
        </p>
      )}
      {whenReady.leftUnsent && !whenReady.queued && hasContent && (
        <p data-testid="send-left-unsent" role="status" className="flex flex-wrap items-center gap-x-2 px-2 pb-1 text-xs text-muted-fg">
          {t("sendLeftUnsent")}
          <Button variant="link" size="inline" data-testid="send-left-unsent-send" disabled={!sendable} onClick={submitOrWait} className="text-xs font-normal underline">
            {t("sendNow")}
          </Button>
        </p>
      )}
      <EarlierMediaNote />
      <RequestSizeNote attachments={attachments} />
      {elsewhere && (
        <p data-testid="answering-elsewhere" role="status" className="px-2 pb-1 text-xs text-muted-fg">
          {t("answeringElsewhere")}
        </p>
      )}
      {budget.reason && (
        <p id="budget-spent" data-testid="budget-spent" role="status" className="px-2 pb-1 text-xs text-muted-fg">
          {budget.reason}
        </p>
      )}
      {agentBlock && (
        <p data-testid="agent-hint" role="status" className="px-2 pb-1 text-xs text-muted-fg">
          {agentBlock}
        </p>
      )}
      {blanks.refusal && (
        <p data-testid="placeholder-warning" role="alert" className="px-2 pb-1 text-xs text-danger-fg">
          {blanks.refusal}
        </p>
      )}
      <label className="sr-only" htmlFor="composer">
        {t("message")}
      </label>
      {/* On a short landscape screen (`short`, app/globals.css) the field and its buttons share one
          line (the field, attach and tools, Send): the second row cost a quarter of the height
          left to the messages. The field still grows as lines are typed. In the order of the DOM,
          so Tab moves left to right (attach and tools once sat left of the field, reached after it). */}
      <div className="short:flex short:items-end short:gap-1">
        <textarea
          id="composer"
          dir="auto"
          ref={ref}
          data-testid="composer"
          value={draft}
          // A queued send takes the text as it was at Enter: typed on meanwhile, later words went
          // out unseen with it. Cancel opens the box again (use-send-when-ready.ts).
          readOnly={whenReady.queued}
          aria-describedby={whenReady.queued && pending > 0 ? "send-queued" : undefined}
          rows={1}
          placeholder={placeholder}
          onChange={(e) => {
            // Writing the first message: its view (and the Markdown parser) load meanwhile.
            preloadForWriting();
            setDraft(e.target.value);
            blanks.changed(e.target.value);
          }}
          onPaste={(e) => {
            const files = [...e.clipboardData.files];
            if (!files.length) return;
            e.preventDefault();
            addFiles(files);
          }}
          onKeyDown={(e) => {
            if (blanks.onKeyDown(e)) return;
            if (e.key === "Enter" && !e.shiftKey && !isImeKey(e.nativeEvent)) {
              e.preventDefault();
              submitOrWait();
            }
          }}
          className="field-sizing-content max-h-60 min-h-10 w-full resize-none bg-transparent px-2 py-2 text-base outline-none placeholder:truncate placeholder:text-muted-fg short:max-h-[40dvh] short:min-h-9 short:min-w-0 short:flex-1 short:py-1.5"
        />
        <div className="flex items-center gap-2 short:contents">
          <AttachControls
            textOnly={textOnlyModel && t("textOnlyAttach", { model: textOnlyModel })}
            onFiles={addFiles}
            onPreset={(prompt) => {
              if (whenReady.queued) return;
              preloadForWriting();
              blanks.insert(prompt);
            }}
            onError={(message) => useDraftStore.setState({ errors: [message] })}
          />
          <span className="flex-1 short:hidden" />
          {/* Answering in another tab too: Stop asks that tab to stop it (the store's stop). */}
          {streaming || elsewhere ? (
            <Button
              variant="contrast"
              data-testid="stop-button"
              aria-busy={stopping || undefined}
              onClick={() => {
                if (!streaming) setStopAsked(elsewhereId);
                stop();
                focusComposerIfLost();
              }}
              className="rounded-xl px-4"
            >
              {stopIcon} {stopping ? t("stopping") : t("stop")}
            </Button>
          ) : (
            <Button
              type="submit"
              variant="primary"
              data-testid="send-button"
              disabled={!sendable || whenReady.queued}
              title={budget.reason}
              aria-describedby={budget.reason ? "budget-spent" : undefined}
              className="rounded-xl px-4"
            >
              {glyphs.send} {t("send")}
            </Button>
          )}
        </div>
      </div>
    </form>
  );
}
