import { z } from "zod";

const base64 = z.string().min(1, "asset data is empty").regex(/^[A-Za-z0-9+/]*={0,2}$/, "asset data must be base64");

const attachmentRefSchema = z.object({
  /** Index into `assets`. */
  asset: z.number().int().min(0),
  name: z.string().max(300).optional(),
});

const messageSchema = z.object({
  role: z.enum(["system", "user", "assistant"]),
  content: z.string().max(2_000_000),
  reasoning: z.string().max(2_000_000).optional(),
  reasoningMs: z.number().nonnegative().optional(),
  model: z.string().max(100).optional(),
  createdAt: z.number().int().nonnegative(),
  attachments: z.array(attachmentRefSchema).max(50).optional(),
});

/** The body of POST /api/share and PUT /api/share/<id>. */
export const shareRequestSchema = z
  .object({
    title: z.string().trim().min(1, "title is empty").max(300),
    /** When the conversation started; defaults to the first message's time. */
    createdAt: z.number().int().nonnegative().optional(),
    /** Reasoning traces are dropped on the server unless this is true. */
    includeReasoning: z.boolean().default(false),
    /** The sharer's own expiry; the server's SHARE_TTL_DAYS still caps it. */
    expiresInDays: z.number().positive().max(36_500).optional(),
    messages: z.array(messageSchema).min(1).max(2000),
    /** Images and videos as base64; the claimed type is checked against the bytes. */
    assets: z.array(z.object({ mimeType: z.string().max(100), data: base64 })).max(100).default([]),
    /** PUT only, when the token is not sent as `Authorization: Bearer`. */
    token: z.string().max(200).optional(),
  })
  .superRefine((body, ctx) => {
    const used = new Set<number>();
    body.messages.forEach((m, i) =>
      m.attachments?.forEach((a, j) => {
        used.add(a.asset);
        if (a.asset >= body.assets.length) {
          ctx.addIssue({ code: "custom", path: ["messages", i, "attachments", j, "asset"], message: "refers to a missing asset" });
        }
      }),
    );
    body.assets.forEach((_, n) => {
      if (!used.has(n)) ctx.addIssue({ code: "custom", path: ["assets", n], message: "is not attached to any message" });
    });
  });

export type ShareRequestBody = z.infer<typeof shareRequestSchema>;

/** DELETE may carry the token in a JSON body instead of the Authorization header. */
export const tokenBodySchema = z.object({ token: z.string().max(200) });
