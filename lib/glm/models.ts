/** The static model catalogue (docs/glm-protocol.md section 7). There is no reliable list endpoint. */

export interface ModelInfo {
  id: string;
  name: string;
  images: boolean;
  video: boolean;
  /** Most images one request may carry (BigModel documents 50 for GLM-4.5V). */
  maxImages: number;
  contextTokens: number;
  maxOutputTokens: number;
  /** False for models that answer HTTP 400 to `thinking: {type: "disabled"}`. */
  canDisableThinking: boolean;
  free?: boolean;
  /**
   * The chat template opens `<think>` itself (GLM-4.7, GLM-5 family): without a reasoning parser
   * the trace streams as bare content up to `</think>` (docs/glm-protocol.md section 8).
   */
  templateThink?: boolean;
}

const vision = (id: string, name: string, context: number, maxOut: number, extra: Partial<ModelInfo> = {}): ModelInfo => ({
  id, name, images: true, video: true, maxImages: 50, contextTokens: context, maxOutputTokens: maxOut,
  canDisableThinking: true, ...extra,
});
const text = (id: string, name: string, context: number, maxOut: number, extra: Partial<ModelInfo> = {}): ModelInfo => ({
  id, name, images: false, video: false, maxImages: 0, contextTokens: context, maxOutputTokens: maxOut,
  canDisableThinking: true, ...extra,
});

const K = 1024;

export const MODELS: readonly ModelInfo[] = [
  vision("glm-4.5v", "GLM-4.5V", 64 * K, 16384),
  vision("glm-4.6v", "GLM-4.6V", 128 * K, 32768),
  vision("glm-4.6v-flashx", "GLM-4.6V FlashX", 128 * K, 32768),
  vision("glm-4.6v-flash", "GLM-4.6V Flash", 128 * K, 32768, { free: true }),
  vision("glm-5v-turbo", "GLM-5V Turbo", 200 * K, 128 * K, { canDisableThinking: false, templateThink: true }),
  text("glm-4.5", "GLM-4.5", 128 * K, 98304),
  text("glm-4.5-air", "GLM-4.5 Air", 128 * K, 98304),
  text("glm-4.5-x", "GLM-4.5 X", 128 * K, 98304),
  text("glm-4.5-airx", "GLM-4.5 AirX", 128 * K, 98304),
  text("glm-4.5-flash", "GLM-4.5 Flash", 128 * K, 98304, { free: true }),
  text("glm-4.6", "GLM-4.6", 200 * K, 131072),
  text("glm-4.7", "GLM-4.7", 200 * K, 131072, { templateThink: true }),
  text("glm-4.7-flash", "GLM-4.7 Flash", 200 * K, 131072, { free: true, templateThink: true }),
  text("glm-5", "GLM-5", 200 * K, 131072, { templateThink: true }),
  text("glm-5-turbo", "GLM-5 Turbo", 200 * K, 131072, { canDisableThinking: false, templateThink: true }),
  text("glm-5.1", "GLM-5.1", 200 * K, 131072, { canDisableThinking: false, templateThink: true }),
];

export const DEFAULT_MODEL_ID = "glm-4.5v";

export function findModel(id: string): ModelInfo | undefined {
  return MODELS.find((m) => m.id === id);
}

/** Template-opened thinking by name, for self-hosted ids such as `zai-org/GLM-4.7-FP8`. */
export function opensThinkInTemplate(id: string): boolean {
  return findModel(id)?.templateThink ?? /glm-?(4\.7|5)/i.test(id);
}
