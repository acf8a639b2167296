"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextArea, TextInput } from "@/components/ui/text-field";
import { useModelFacts } from "@/lib/chat/model-facts";
import { PARAM_FIELDS, paramInputs, paramLimits, parseParams, type ParamField, type ParamInputs } from "@/lib/chat/params";
import { useChatStore } from "@/lib/store/chat-store";

const STEP: Record<ParamField, string> = { temperature: "any", topP: "any", maxTokens: "1" };

interface Edits {
  systemPrompt: string;
  inputs: ParamInputs;
}

/**
 * Edits closed without Save (Escape, a click outside, the close button), per conversation, until
 * the page goes: a long system prompt is not lost to a stray Escape. Saving or Discard drops them.
 */
const unsaved = new Map<string, Edits>();

/** Edits a copy; Save checks every field against the model's limits and keeps the typed text when one is out of range. */
export function ChatParamsDialog({ onClose }: { onClose: () => void }) {
  const t = useTranslations("prefs");
  const id = useChatStore((s) => s.conversation.id);
  const settings = useChatStore((s) => s.conversation.settings);
  const setChatParams = useChatStore((s) => s.setChatParams);
  const model = useModelFacts(settings.model);
  const limits = paramLimits(model);
  const saved: Edits = { systemPrompt: settings.systemPrompt ?? "", inputs: paramInputs(settings) };
  const [restored] = useState(() => unsaved.has(id));
  const [systemPrompt, setSystemPrompt] = useState(() => unsaved.get(id)?.systemPrompt ?? saved.systemPrompt);
  const [inputs, setInputs] = useState<ParamInputs>(() => unsaved.get(id)?.inputs ?? saved.inputs);
  const [invalid, setInvalid] = useState<ParamField[]>([]);
  const changed = systemPrompt !== saved.systemPrompt || PARAM_FIELDS.some((f) => inputs[f] !== saved.inputs[f]);

  const close = () => {
    if (changed) unsaved.set(id, { systemPrompt, inputs });
    else unsaved.delete(id);
    onClose();
  };
  const save = () => {
    const parsed = parseParams(inputs, limits);
    if (!parsed.ok) return setInvalid(parsed.invalid);
    setChatParams({ ...parsed.value, systemPrompt });
    unsaved.delete(id);
    onClose();
  };
  const discard = () => {
    setSystemPrompt(saved.systemPrompt);
    setInputs(saved.inputs);
    setInvalid([]);
    unsaved.delete(id);
  };

  return (
    <Dialog testId="chat-params-panel" title={t("paramsTitle")} description={t("paramsIntro", { model: model?.name ?? settings.model })} onClose={close} className="space-y-4">
      {restored && changed && (
        <p data-testid="chat-params-unsaved" role="status" className="flex flex-wrap items-center gap-2 rounded-lg bg-info-soft px-3 py-1.5 text-sm">
          <span className="flex-1">{t("unsavedBack")}</span>
          <Button variant="inline-link" size="inline" data-testid="chat-params-discard" onClick={discard} className="font-normal">
            {t("discard")}
          </Button>
        </p>
      )}
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="block space-y-1">
          <span className="text-sm font-medium">{t("systemPrompt")}</span>
          <TextArea data-testid="chat-system-prompt" rows={3} value={systemPrompt} placeholder={t("systemPromptPlaceholder")} onChange={(e) => setSystemPrompt(e.target.value)} />
        </label>
        <div className="grid gap-3 sm:grid-cols-3">
          {PARAM_FIELDS.map((field) => {
            const bad = invalid.includes(field);
            const range = limits[field];
            return (
              <label key={field} className="block space-y-1">
                <span className="text-sm font-medium">{t(`field.${field}`)}</span>
                <TextInput
                  data-testid={`chat-param-${field}`}
                  type="number"
                  inputMode="decimal"
                  step={STEP[field]}
                  min={range.min}
                  max={range.max}
                  value={inputs[field]}
                  placeholder={t("modelDefault")}
                  aria-invalid={bad || undefined}
                  aria-describedby={`chat-param-${field}-hint`}
                  onChange={(e) => {
                    const value = e.target.value;
                    setInputs((i) => ({ ...i, [field]: value }));
                    setInvalid((list) => list.filter((f) => f !== field));
                  }}
                />
                <span id={`chat-param-${field}-hint`} data-testid={bad ? `chat-param-${field}-error` : undefined} className={bad ? "block text-xs text-danger-fg" : "block text-xs text-muted-fg"}>
                  {t(bad ? "outOfRange" : "range", { min: range.min, max: range.max })}
                </span>
              </label>
            );
          })}
        </div>
        <div className="flex flex-wrap items-center justify-end gap-2">
          <Button
            variant="ghost"
            data-testid="chat-params-reset"
            onClick={() => {
              setInputs(paramInputs({}));
              setInvalid([]);
            }}
          >
            {t("reset")}
          </Button>
          <Button type="submit" variant="primary" data-testid="chat-params-save">
            {t("save")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
