"use client";

import { useTranslations } from "next-intl";
import { MonitorUp } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { captureScreen } from "@/lib/media/capture-screen";
import { useDraftStore } from "@/lib/store/draft-store";

/**
 * The step's own "Capture screen" (the same capture as the Tools menu, one click away): the
 * frame lands in the draft as the step's screenshot, ready for Send. Shown while the session
 * waits for a screenshot and none is attached yet.
 */
export function AgentCaptureButton({ step }: { step: number }) {
  const t = useTranslations("agent");
  const attached = useDraftStore((s) => s.attachments.some((a) => a.kind === "image") || s.pending > 0);
  const [busy, setBusy] = useState(false);
  if (attached) return null;
  const capture = async () => {
    setBusy(true);
    try {
      await useDraftStore.getState().add([await captureScreen()], 0, undefined, true);
    } catch (error) {
      // Cancelling the browser's picker is not an error worth a message.
      if ((error as DOMException).name !== "NotAllowedError") {
        useDraftStore.setState((s) => ({ errors: [...s.errors, t("captureFailed", { reason: (error as Error).message })] }));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button data-testid="agent-capture-button" variant="secondary" size="sm" disabled={busy} onClick={() => void capture()} className="self-start">
      <MonitorUp aria-hidden />
      {t("capture", { n: step })}
    </Button>
  );
}
