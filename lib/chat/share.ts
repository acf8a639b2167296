/**
 * The share contract, shared by the browser (lib/share-client) and the server (app/api/share,
 * lib/server/share): the request body, the snapshot a share keeps and its public form. Every
 * message shape here is a pick of the one message model (./message.ts).
 */
import { z } from "zod/mini";
import { ATTACHMENT_KINDS, agentSessionSchema, attachmentMetaSchema, documentPageSchema, messageErrorSchema, messageFieldsSchema, sourceSchema } from "./message";

export const continuesSchema = z.object({ included: z.int().check(z.nonnegative()), total: z.int().check(z.nonnegative()) });
export type ShareContinues = z.infer<typeof continuesSchema>;

const base64 = z.string().check(z.minLength(1, "asset data is empty"), z.regex(/^[A-Za-z0-9+/]*={0,2}$/, "asset data must be base64"));
const MAX_TEXT = 2_000_000;

/**
 * The fields of a message a share publishes (reasoning only when the sharer chose it). How an
 * answer ended travels too, so the page can say an answer was cut, stopped or failed; of an error
 * only its code: the message may quote the provider's words, which are not the reader's business.
 * Tool calls travel as part of the answer: an answer that is only a call would otherwise be blank.
 */
const sharedFieldsSchema = z.extend(
  z.pick(messageFieldsSchema, {
    role: true,
    content: true,
    textFiles: true,
    reasoning: true,
    reasoningMs: true,
    model: true,
    createdAt: true,
    sources: true,
    finishReason: true,
    toolCalls: true,
  }),
  { error: z.optional(z.pick(messageErrorSchema, { code: true })) },
);

/** A message in the request: the picked fields with the server's size bounds, attachments by asset index. */
const requestMessageSchema = z.extend(sharedFieldsSchema, {
  content: z.string().check(z.maxLength(MAX_TEXT)),
  reasoning: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
  reasoningMs: z.optional(z.number().check(z.nonnegative())),
  model: z.optional(z.string().check(z.maxLength(100))),
  createdAt: z.int().check(z.nonnegative()),
  sources: z.optional(z.array(sourceSchema).check(z.maxLength(50))),
  error: z.optional(z.object({ code: z.string().check(z.maxLength(60)) })),
  toolCalls: z.optional(
    z
      .array(
        z.object({
          id: z.string().check(z.maxLength(200)),
          name: z.string().check(z.maxLength(200)),
          arguments: z.string().check(z.maxLength(100_000)),
        }),
      )
      .check(z.maxLength(20)),
  ),
  attachments: z.optional(
    z
      .array(
        z.object({
          /** Index into `assets`. */
          asset: z.int().check(z.nonnegative()),
          name: z.optional(z.string().check(z.maxLength(300))),
          /** Which PDF page the image is, so the shared page can show the document as pages. */
          doc: z.optional(documentPageSchema),
        }),
      )
      .check(z.maxLength(50)),
  ),
});

/** The body of POST /api/share and PUT /api/share/<id>. */
export const shareRequestSchema = z
  .object({
    title: z.string().check(z.trim(), z.minLength(1, "title is empty"), z.maxLength(300)),
    /** When the conversation started; defaults to the first message's time. */
    createdAt: z.optional(z.int().check(z.nonnegative())),
    /** Reasoning traces are dropped on the server unless this is true. */
    includeReasoning: z._default(z.boolean(), false),
    /** The sharer's own expiry; the server's SHARE_TTL_DAYS still caps it. */
    expiresInDays: z.optional(z.number().check(z.positive(), z.maximum(36_500))),
    messages: z.array(requestMessageSchema).check(z.minLength(1), z.maxLength(2000)),
    /** Set when the conversation is a GUI-agent session: the page shows it as a step timeline. */
    agent: z.optional(agentSessionSchema),
    /**
     * Set when the chat was continued from an earlier one: how many of its messages the model was
     * given, so a reader knows the answers may build on what the share does not show. Neither the
     * earlier chat's title nor its words: the sharer shared this chat, not that one.
     */
    continues: z.optional(continuesSchema),
    /** Images and videos as base64; the claimed type is checked against the bytes. */
    assets: z._default(z.array(z.object({ mimeType: z.string().check(z.maxLength(100)), data: base64 })).check(z.maxLength(100)), []),
    /** PUT only, when the token is not sent as `Authorization: Bearer`. */
    token: z.optional(z.string().check(z.maxLength(200))),
  })
  .check(
    z.superRefine((body, ctx) => {
      if (!Array.isArray(body.messages) || !Array.isArray(body.assets)) return;
      const used = new Set<number>();
      body.messages.forEach((m, i) =>
        m.attachments?.forEach((a, j) => {
          used.add(a.asset);
          if (a.asset >= body.assets.length) {
            ctx.addIssue({ code: "custom", path: ["messages", i, "attachments", j, "asset"], message: "refers to a missing asset", input: a.asset });
          }
        }),
      );
      body.assets.forEach((_, n) => {
        if (!used.has(n)) ctx.addIssue({ code: "custom", path: ["assets", n], message: "is not attached to any message", input: n });
      });
    }),
  );

export type ShareRequestBody = z.infer<typeof shareRequestSchema>;
/** What the browser builds (the schema's input: defaults not yet applied). */
export type ShareRequestInput = z.input<typeof shareRequestSchema>;

/** An attachment as a snapshot keeps it: its description plus the index of its bytes among the assets. */
export const sharedAttachmentSchema = z.extend(z.pick(attachmentMetaSchema, { mimeType: true, width: true, height: true, size: true }), {
  asset: z.number(),
  kind: z.enum(ATTACHMENT_KINDS),
  name: z.optional(z.string()),
  doc: z.optional(documentPageSchema),
});
export type SharedAttachment = z.infer<typeof sharedAttachmentSchema>;

export const sharedMessageSchema = z.extend(sharedFieldsSchema, { attachments: z.optional(z.array(sharedAttachmentSchema)) });
export type SharedMessage = z.infer<typeof sharedMessageSchema>;

/** The public form: each attachment with the URL of its bytes. */
export type PublicAttachment = SharedAttachment & { url: string };
export type PublicMessage = Omit<SharedMessage, "attachments"> & { attachments?: PublicAttachment[] };
