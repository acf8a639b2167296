import { z } from "zod";

const base64 = z.string().min(1, "attachment data is empty").regex(/^[A-Za-z0-9+/]*={0,2}$/, "attachment data must be base64");

const partSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({ type: z.literal("image"), mimeType: z.enum(["image/png", "image/jpeg"]), data: base64 }),
  z.object({ type: z.literal("video"), mimeType: z.enum(["video/mp4", "video/quicktime", "video/x-matroska"]), data: base64 }),
]);

const messageSchema = z.object({
  role: z.enum(["system", "user", "assistant"]),
  content: z.union([z.string(), z.array(partSchema).min(1)]),
});

export const chatRequestSchema = z
  .object({
    model: z.string().min(1).max(100),
    messages: z.array(messageSchema).min(1).max(2000),
    thinking: z.boolean().optional(),
    temperature: z.number().min(0).max(1).optional(),
    top_p: z.number().min(0.01).max(1).optional(),
    max_tokens: z.number().int().min(1).optional(),
    webSearch: z.boolean().optional(),
  })
  .refine((r) => r.messages.some((m) => m.role !== "system"), {
    message: "messages must hold at least one user or assistant message",
    path: ["messages"],
  });

export type ChatRequestBody = z.infer<typeof chatRequestSchema>;
