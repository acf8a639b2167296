import type { Locale } from "@/lib/i18n/locales";

/**
 * The demo's starter cards: sample files shipped in public/samples and the prompt each sends.
 * The demo model answers these prompts from its script (lib/demo/script.ts), on those files.
 * The prompt is sent in the UI's language, and the demo answers in the language of the prompt.
 */
export interface Sample {
  id: "objects" | "gui" | "report";
  title: string;
  blurb: string;
  file: string;
  name: string;
  mimeType: string;
  prompt: Record<Locale, string>;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: "objects", title: "Find the objects", blurb: "Boxes drawn on a photo of shapes",
    file: "/samples/shapes.png", name: "sample-shapes.png", mimeType: "image/png",
    prompt: { en: "Sample: find the objects in this picture and box each one.", zh: "示例：找出这张图片中的物体，并给每个物体画框。" },
  },
  {
    id: "gui", title: "Next GUI step", blurb: "Where to click on a settings screenshot",
    file: "/samples/gui-settings.png", name: "sample-settings.png", mimeType: "image/png",
    prompt: { en: "Sample: I want to save these settings. What is the next GUI step?", zh: "示例：我想保存这些设置。下一步界面操作是什么？" },
  },
  {
    id: "report", title: "Read this report", blurb: "A 3-page PDF, with links to its pages",
    file: "/samples/report.pdf", name: "sample-report.pdf", mimeType: "application/pdf",
    prompt: { en: "Sample: summarise this report and say which page shows what.", zh: "示例：总结这份报告，并说明每一页展示了什么。" },
  },
];

/** Which scripted scenario answers a sample prompt (the report is answered as any document). */
export function sampleScenario(question: string): string | null {
  const asks = (sample: Sample) => Object.values(sample.prompt).some((p) => question.startsWith(p));
  if (asks(SAMPLES[0])) return "grounding-shapes";
  if (asks(SAMPLES[1])) return "gui-click";
  return null;
}
