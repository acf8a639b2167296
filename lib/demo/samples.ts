/**
 * The demo's starter cards: sample files shipped in public/samples and the prompt each sends.
 * The demo model answers these prompts from its script (lib/demo/script.ts), on those files.
 */
export interface Sample {
  id: "objects" | "gui" | "report";
  title: string;
  blurb: string;
  file: string;
  name: string;
  mimeType: string;
  prompt: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: "objects", title: "Find the objects", blurb: "Boxes drawn on a photo of shapes",
    file: "/samples/shapes.png", name: "sample-shapes.png", mimeType: "image/png",
    prompt: "Sample: find the objects in this picture and box each one.",
  },
  {
    id: "gui", title: "Next GUI step", blurb: "Where to click on a settings screenshot",
    file: "/samples/gui-settings.png", name: "sample-settings.png", mimeType: "image/png",
    prompt: "Sample: I want to save these settings. What is the next GUI step?",
  },
  {
    id: "report", title: "Read this report", blurb: "A 3-page PDF, with links to its pages",
    file: "/samples/report.pdf", name: "sample-report.pdf", mimeType: "application/pdf",
    prompt: "Sample: summarise this report and say which page shows what.",
  },
];

/** Which scripted scenario answers a sample prompt (the report is answered as any document). */
export function sampleScenario(question: string): string | null {
  if (question.startsWith(SAMPLES[0].prompt)) return "grounding-shapes";
  if (question.startsWith(SAMPLES[1].prompt)) return "gui-click";
  return null;
}
