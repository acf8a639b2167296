"use client";

import { useSyncExternalStore } from "react";
import { findModel, type ModelInfo } from "@/lib/glm/models";
import { servedModel, subscribeServedModels } from "./served-models";

const shown = new Map<string, ModelInfo | undefined>();
const FACTS: ReadonlyArray<keyof ModelInfo> = ["name", "images", "video", "maxImages", "contextTokens", "maxOutputTokens", "canDisableThinking", "free", "templateThink"];
const sameFacts = (a: ModelInfo | undefined, b: ModelInfo | undefined) => a === b || (!!a && !!b && FACTS.every((k) => a[k] === b[k]));

/** The same object while the facts are the same: useSyncExternalStore re-renders on a new one. */
export function factsOf(id: string): ModelInfo | undefined {
  const now = servedModel(id);
  const before = shown.get(id);
  if (shown.has(id) && sameFacts(before, now)) return before;
  shown.set(id, now);
  return now;
}

/**
 * One model's facts for a control that shows them (the composer's attachment rules, the thinking
 * switch, the agent's warning): the served list's (./served-models.ts), then the catalogue's. A
 * control re-renders only when its own model's facts change, so on Z.ai, where the list that
 * arrives after the first screen is the catalogue, none does (the start's renders are counted:
 * docs/decisions/startup-reads.md).
 */
export function useModelFacts(id: string): ModelInfo | undefined {
  return useSyncExternalStore(subscribeServedModels, () => factsOf(id), () => findModel(id));
}
