"use client";

import { useRef, useState } from "react";
import { DOCUMENT_ACCEPT } from "@/lib/media/documents";
import { ATTACH_ACCEPT } from "@/lib/media/limits";
import { captureScreen } from "@/lib/media/capture-screen";
import { PROMPT_PRESETS } from "@/lib/glm/presets";

interface Props {
  /** Why attaching is impossible (text-only model), or undefined when allowed. */
  disabledReason?: string;
  onFiles: (files: File[]) => void;
  onPreset: (prompt: string) => void;
  onError: (message: string) => void;
}

export function AttachControls({ disabledReason, onFiles, onPreset, onError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [menu, setMenu] = useState(false);
  const disabled = !!disabledReason;
  return (
    <div className="flex items-center gap-1">
      <span title={disabledReason ?? "Attach images, a video, PDFs or text files (or paste / drop them)"}>
        <button
          type="button"
          data-testid="attach-button"
          disabled={disabled}
          aria-label={disabledReason ?? "Attach images or a video"}
          onClick={() => input.current?.click()}
          className="flex size-9 items-center justify-center rounded-lg text-lg hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-40 dark:hover:bg-zinc-800"
        >
          <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
            <path d="M21.4 11.1l-8.5 8.5a5.5 5.5 0 01-7.8-7.8l8.5-8.5a3.7 3.7 0 015.2 5.2l-8.5 8.5a1.8 1.8 0 01-2.6-2.6l7.8-7.8" />
          </svg>
        </button>
      </span>
      <input
        ref={input}
        data-testid="attach-input"
        type="file"
        multiple
        accept={`${ATTACH_ACCEPT},${DOCUMENT_ACCEPT}`}
        disabled={disabled}
        className="hidden"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
      <div className="relative">
        <button
          type="button"
          data-testid="composer-tools"
          aria-expanded={menu}
          onClick={() => setMenu(!menu)}
          className="flex h-9 items-center rounded-lg px-2 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
        >
          Tools ▾
        </button>
        {menu && (
          <div role="menu" className="absolute bottom-11 left-0 z-30 w-60 rounded-xl border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
            <button
              type="button"
              role="menuitem"
              data-testid="capture-screen-button"
              disabled={disabled}
              className="w-full rounded-lg px-3 py-2 text-left text-sm hover:bg-zinc-100 disabled:opacity-40 dark:hover:bg-zinc-800"
              onClick={async () => {
                setMenu(false);
                try {
                  onFiles([await captureScreen()]);
                } catch (error) {
                  if ((error as DOMException).name !== "NotAllowedError") onError(`Screen capture failed: ${(error as Error).message}`);
                }
              }}
            >
              Capture screen
            </button>
            <div className="my-1 border-t border-zinc-200 dark:border-zinc-700" />
            {PROMPT_PRESETS.map((p) => (
              <button
                key={p.id}
                type="button"
                role="menuitem"
                data-testid={`preset-${p.id}`}
                className="w-full rounded-lg px-3 py-2 text-left text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
                onClick={() => {
                  setMenu(false);
                  onPreset(p.prompt);
                }}
              >
                {p.label}
              </button>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
