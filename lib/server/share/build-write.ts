/** Turns a validated share request into what the store keeps: assets re-checked, reasoning dropped unless chosen. */
import type { ShareRequestBody } from "@/lib/chat/share";
import { AppError } from "@/lib/errors";
import { httpUrl } from "@/lib/glm/web-search";
import { base64ToBytes } from "@/lib/media/base64";
import { validateAttachmentBytes } from "@/lib/media/validate";
import type { ShareAssetInput, SharedAttachment, SharedMessage, ShareWrite } from "./types";

const DAY_MS = 86_400_000;

export interface BuildOptions {
  now: number;
  /** Server-wide expiry (SHARE_TTL_DAYS); undefined means links do not expire. */
  ttlDays?: number;
  maxVideoBytes: number;
}

/** The earlier of the server's and the sharer's expiry, or null when neither is set. */
export function expiryFor(now: number, serverDays?: number, requestedDays?: number): number | null {
  const days = [serverDays, requestedDays].filter((d): d is number => d !== undefined);
  return days.length ? now + Math.round(Math.min(...days) * DAY_MS) : null;
}

export function checkAssets(assets: ShareRequestBody["assets"], maxVideoBytes: number): ShareAssetInput[] {
  return assets.map((asset, n) => {
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(asset.data);
    } catch {
      throw new AppError("bad_request", `Attachment ${n + 1} is not valid base64.`, 400);
    }
    // The same magic-byte check as the chat route: SVG, HTML or a type that lies is refused.
    const check = validateAttachmentBytes(bytes, { stage: "prepared", claimedType: asset.mimeType, maxVideoBytes });
    if (!check.ok) {
      const code = check.status === 413 ? "payload_too_large" : "unsupported_media";
      throw new AppError(code, `Attachment ${n + 1}: ${check.reason}`, check.status);
    }
    return { kind: check.kind, mimeType: check.mimeType, bytes, width: check.width, height: check.height };
  });
}

export function buildShareWrite(body: ShareRequestBody, options: BuildOptions): ShareWrite {
  const assets = checkAssets(body.assets, options.maxVideoBytes);
  const messages = body.messages.map((m): SharedMessage => {
    const out: SharedMessage = { role: m.role, content: m.content, createdAt: m.createdAt };
    if (m.textFiles !== undefined) out.textFiles = m.textFiles;
    if (m.model) out.model = m.model;
    if (m.finishReason && m.finishReason !== "stop") out.finishReason = m.finishReason;
    if (m.error) out.error = { code: m.error.code };
    if (m.toolCalls?.length) out.toolCalls = m.toolCalls.map(({ id, name, arguments: args }) => ({ id, name, arguments: args }));
    // Untrusted (model output relayed by any client): only http(s) links are kept.
    const sources = m.sources?.filter((s) => httpUrl(s.link));
    if (sources?.length) out.sources = sources;
    if (body.includeReasoning && m.reasoning) {
      out.reasoning = m.reasoning;
      if (m.reasoningMs !== undefined) out.reasoningMs = m.reasoningMs;
    }
    if (m.attachments?.length) {
      out.attachments = m.attachments.map((ref): SharedAttachment => {
        const a = assets[ref.asset];
        const meta: SharedAttachment = { asset: ref.asset, kind: a.kind, mimeType: a.mimeType, size: a.bytes.byteLength };
        if (ref.name) meta.name = ref.name;
        // Page numbers are only meaningful on an image the server accepted as one.
        if (ref.doc && a.kind === "image" && ref.doc.page <= ref.doc.pageCount) meta.doc = ref.doc;
        if (a.width !== undefined) meta.width = a.width;
        if (a.height !== undefined) meta.height = a.height;
        return meta;
      });
    }
    return out;
  });
  return {
    snapshot: {
      title: body.title,
      createdAt: body.createdAt ?? body.messages[0].createdAt,
      messages,
      ...(body.agent ? { agent: body.agent } : {}),
      ...(body.continues ? { continues: body.continues } : {}),
    },
    assets,
    expiresAt: expiryFor(options.now, options.ttlDays, body.expiresInDays),
    now: options.now,
  };
}
