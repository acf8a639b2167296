/**
 * Answer versions: a conversation is a tree of messages. Each message names its parent
 * (`parentId`, null for a first message); Regenerate and Edit & resend add a sibling instead of
 * replacing, and the conversation remembers which child is shown at each fork (`branches`, keyed
 * by the parent's id, "" for the first messages). The shown branch is the path from the root
 * following those choices (the newest child where none was made). Pure functions; the store
 * (lib/store/conversation-slice.ts) keeps every message and derives the shown branch from them.
 */
import type { ChatMessage } from "./message";

/** Parent id → id of the child shown there; "" is the key of the first messages. */
export type Branches = Record<string, string>;

type Linked = Pick<ChatMessage, "id" | "createdAt" | "parentId">;

export const ROOT_KEY = "";

export function parentKey(message: Pick<ChatMessage, "parentId">): string {
  return message.parentId ?? ROOT_KEY;
}

/**
 * Messages written before versions existed have no `parentId` (undefined, unlike a first
 * message's null): they form one line in the order given, each the child of the one before.
 */
export function linkParents<M extends Linked>(messages: readonly M[]): M[] {
  if (messages.every((m) => m.parentId !== undefined)) return messages as M[];
  return messages.map((m, i) => (m.parentId !== undefined ? m : { ...m, parentId: i === 0 ? null : messages[i - 1].id }));
}

/** Children per parent key, oldest first (version 1 is the first answer given). */
export function childrenByParent<M extends Linked>(messages: readonly M[]): Map<string, M[]> {
  const out = new Map<string, M[]>();
  for (const m of messages) {
    const key = parentKey(m);
    const list = out.get(key);
    if (list) list.push(m);
    else out.set(key, [m]);
  }
  for (const list of out.values()) list.sort((a, b) => a.createdAt - b.createdAt);
  return out;
}

/** The shown branch, first message to last. A cycle (damaged data) ends the walk. */
export function shownPath<M extends Linked>(messages: readonly M[], branches: Branches = {}): M[] {
  const children = childrenByParent(messages);
  const path: M[] = [];
  const seen = new Set<string>();
  let key = ROOT_KEY;
  for (;;) {
    const options = children.get(key);
    if (!options?.length) return path;
    const chosen = options.find((m) => m.id === branches[key]) ?? options[options.length - 1];
    if (seen.has(chosen.id)) return path;
    seen.add(chosen.id);
    path.push(chosen);
    key = chosen.id;
  }
}

export interface VersionInfo {
  /** 1-based position among its siblings. */
  index: number;
  count: number;
  prevId?: string;
  nextId?: string;
}

/** Where each message stands among its versions (only messages with siblings are listed). */
export function versionsOf<M extends Linked>(messages: readonly M[]): Map<string, VersionInfo> {
  const out = new Map<string, VersionInfo>();
  for (const siblings of childrenByParent(messages).values()) {
    if (siblings.length < 2) continue;
    siblings.forEach((m, i) => out.set(m.id, { index: i + 1, count: siblings.length, prevId: siblings[i - 1]?.id, nextId: siblings[i + 1]?.id }));
  }
  return out;
}

/** Show this message (and, below it, whatever was last shown in its branch). */
export function showMessage(branches: Branches, message: Pick<ChatMessage, "id" | "parentId">): Branches {
  return { ...branches, [parentKey(message)]: message.id };
}

/**
 * The choices that show this message wherever it is in the tree: at each fork on its way up to the
 * first message, the version leading to it (a search hit in an earlier version, opened). Only forks
 * that would show another version are changed; already shown, or unknown, it returns `branches` itself.
 */
export function branchesShowing<M extends Linked>(messages: readonly M[], branches: Branches, id: string): Branches {
  const byId = new Map(messages.map((m) => [m.id, m]));
  const children = childrenByParent(messages);
  let next = branches;
  const seen = new Set<string>();
  for (let m = byId.get(id); m && !seen.has(m.id); m = m.parentId ? byId.get(m.parentId) : undefined) {
    seen.add(m.id);
    const key = parentKey(m);
    const options = children.get(key) ?? [];
    const chosen = options.find((o) => o.id === next[key]) ?? options[options.length - 1];
    if (chosen?.id !== m.id) next = { ...next, [key]: m.id };
  }
  return next;
}

/**
 * Add a message (a new answer or question) and show it when it makes a fork. Where it is the
 * only child no choice is stored: the newest child is shown anyway, and the record stays small.
 */
export function addMessage<M extends Linked>(messages: readonly M[], branches: Branches | undefined, message: M): { messages: M[]; branches: Branches | undefined } {
  const next = [...messages, message];
  const fork = messages.some((m) => parentKey(m) === parentKey(message));
  return { messages: next, branches: fork ? showMessage(branches ?? {}, message) : branches };
}

/** Ids of a message and everything below it. */
export function subtreeIds<M extends Linked>(messages: readonly M[], id: string): string[] {
  const children = childrenByParent(messages);
  const out: string[] = [];
  const stack = [id];
  while (stack.length) {
    const next = stack.pop()!;
    if (out.includes(next)) continue;
    out.push(next);
    for (const child of children.get(next) ?? []) stack.push(child.id);
  }
  return out;
}

export interface Removal<M> {
  messages: M[];
  branches: Branches;
  /** Ids taken out of the conversation. */
  removed: string[];
  /** Messages whose parent changed (to be saved again). */
  relinked: M[];
}

/**
 * Delete a message. One of several versions goes with its whole branch (what followed it belongs
 * to it); a message without siblings is cut out of the line, its children taking its place, so a
 * conversation without versions behaves as a plain list.
 */
export function removeMessage<M extends Linked>(messages: readonly M[], branches: Branches, id: string): Removal<M> {
  const target = messages.find((m) => m.id === id);
  if (!target) return { messages: [...messages], branches, removed: [], relinked: [] };
  const key = parentKey(target);
  const siblings = messages.filter((m) => parentKey(m) === key);
  const removed = siblings.length > 1 ? subtreeIds(messages, id) : [id];
  const gone = new Set(removed);
  const relinked: M[] = [];
  const kept = messages
    .filter((m) => !gone.has(m.id))
    .map((m) => {
      if (m.parentId !== id) return m;
      const moved = { ...m, parentId: target.parentId ?? null };
      relinked.push(moved);
      return moved;
    });
  const next: Branches = {};
  for (const [k, v] of Object.entries(branches)) if (!gone.has(k) && !gone.has(v)) next[k] = v;
  // The cut-out message was the only one at its place: its shown child now stands there.
  if (siblings.length === 1 && branches[id]) next[key] = branches[id];
  // Unchanged choices keep their identity, so the conversation record is not rewritten for nothing.
  const same = Object.keys(next).length === Object.keys(branches).length && Object.entries(next).every(([k, v]) => branches[k] === v);
  return { messages: kept, branches: same ? branches : next, removed, relinked };
}

/**
 * Delete a question with its answers: an answer left behind would stand under the answer before
 * it, two in a row, and be sent as the reply to the question before. Answer versions not shown go
 * with what followed them; what followed the shown one takes the question's place. A question with
 * versions of its own goes with its branch, as any version does.
 */
export function removeQuestion<M extends Linked & Pick<ChatMessage, "role">>(messages: readonly M[], branches: Branches, id: string): Removal<M> {
  const target = messages.find((m) => m.id === id);
  if (!target || messages.filter((m) => parentKey(m) === parentKey(target)).length > 1) return removeMessage(messages, branches, id);
  const answers = (childrenByParent(messages).get(id) ?? []).filter((m) => m.role === "assistant");
  const shown = answers.find((m) => m.id === branches[id]) ?? answers[answers.length - 1];
  let state = { messages: [...messages], branches };
  const removed: string[] = [];
  for (const next of [...answers.filter((a) => a !== shown), ...(shown ? [shown] : []), target]) {
    const step = removeMessage(state.messages, state.branches, next.id);
    state = { messages: step.messages, branches: step.branches };
    removed.push(...step.removed);
  }
  const parentBefore = new Map(messages.map((m) => [m.id, m.parentId]));
  const relinked = state.messages.filter((m) => m.parentId !== parentBefore.get(m.id));
  return { messages: state.messages, branches: state.branches, removed, relinked };
}
