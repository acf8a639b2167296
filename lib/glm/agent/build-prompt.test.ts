import { describe, expect, it } from "vitest";
import example from "./official-desktop-example.json";
import { buildAgentParts, mobileHistoryEntry, OMITTED, type AgentPart } from "./build-prompt";

type OfficialPart = { type: "text"; text: string } | { type: "image_url"; image_url: { url: string } };
const official = (example as Array<{ content: OfficialPart[] }>)[0].content;

/** The official example's history as model answers: thought, boxed call, memory. */
function officialAnswers(): string[] {
  const history = official
    .filter((p): p is { type: "text"; text: string } => p.type === "text")
    .map((p) => p.text)
    .join("<IMG>");
  const steps = [...history.matchAll(/ Thought: ([\s\S]*?)\nAction: (.*)/g)];
  return steps.map(([, thought, action]) => `${thought}\n<|begin_of_box|>${action}<|end_of_box|>\nMemory:\n[]`);
}

const img = (n: number) => ({ mimeType: "image/png", data: `img${n}` });
const OSWORLD_NOTES = [
  `My computer's password is "password", feel free to use it when you need sudo rights.`,
  `For the thunderbird account "anonym-x2024@outlook.com", the password is "gTCI";=@y7|QJ0nDa_kN3Sb&>".`,
];

function asOfficial(parts: AgentPart[]): OfficialPart[] {
  return parts.map((p) => (p.type === "text" ? p : { type: "image_url", image_url: { url: p.data } }));
}

describe("desktop agent prompt", () => {
  it("reproduces the official example request exactly (6 history steps, 4 images, current last)", () => {
    const answers = officialAnswers();
    expect(answers).toHaveLength(6);
    const parts = buildAgentParts({
      platform: "ubuntu",
      task: "Please rotate my figure to mirror it horizontally.",
      // Steps 1-2 have screenshots too: only the last 4 may be carried.
      steps: answers.map((answer, i) => ({ answer, halfScreenshot: i >= 2 ? img(i - 2) : img(99) })),
      current: img(4),
      notes: OSWORLD_NOTES,
    });
    expect(asOfficial(parts)).toEqual(official);
  });

  it("leaves out the benchmark's credentials unless asked, and names the platform", () => {
    const parts = buildAgentParts({ platform: "windows", task: "Open {memory} settings", steps: [], current: img(0) });
    expect(parts).toHaveLength(2);
    const text = (parts[0] as { text: string }).text;
    expect(text).toContain("# Task:\nOpen {memory} settings\n\n# Task Platform\nWindows\n");
    expect(text).toContain("History:\nMemory:\n[]\n# Output Format");
    expect(text).not.toContain("password");
    expect(text.endsWith("an empty list.\n\nCurrent Screenshot:\n")).toBe(true);
    expect(parts[1]).toEqual({ type: "image", mimeType: "image/png", data: "img0" });
  });

  it("uses Omitted for a recent step without a screenshot and carries the latest memory", () => {
    const parts = buildAgentParts({
      platform: "macos",
      task: "t",
      steps: [
        { answer: "Open it. <|begin_of_box|>left_click(start_box='[1,2]')<|end_of_box|>\nMemory:\n[{\"a\": 1}]" },
        { answer: "Type. <|begin_of_box|>type(content='hi')<|end_of_box|>\nMemory:\n[{\"b\": 2}]", halfScreenshot: img(1) },
      ],
      current: img(2),
    });
    expect(parts.map((p) => p.type)).toEqual(["text", "image", "text", "image"]);
    const first = (parts[0] as { text: string }).text;
    expect(first).toContain(`step 1: Screenshot:${OMITTED} Thought: Open it.\nAction: left_click(start_box='[1,2]')\nstep 2: Screenshot:`);
    const second = (parts[2] as { text: string }).text;
    expect(second.startsWith(" Thought: Type.\nAction: type(content='hi')\nMemory:\n[{\"b\": 2}]\n# Output Format")).toBe(true);
    expect(second).not.toContain("<|");
  });
});

describe("mobile agent prompt", () => {
  it("puts the screenshot first, then the template with history as Python dicts", () => {
    const answer = 'Memory: None\nReason: Open the app first.\nAction: <|begin_of_box|>{"action_type": "open_app", "app_name": "Broccoli"}<|end_of_box|>';
    const parts = buildAgentParts({ platform: "android", task: "Delete duplicates", steps: [{ answer }], current: img(7) });
    expect(parts[0]).toEqual({ type: "image", mimeType: "image/png", data: "img7" });
    const text = (parts[1] as { text: string }).text;
    expect(text).toContain("# Task:\nDelete duplicates\n\n# Task Platform\nMobile\n");
    expect(text).toContain(
      "# Historical Actions and Current Memory\nStep 0:\nMemory: None\nReason: Open the app first.\nAction: {'action_type': 'open_app', 'app_name': 'Broccoli'}\n\n\n# Output Format",
    );
    expect(text).toContain("Supported apps: Google Chrome,Settings,Camera");
  });

  it("says no action was performed on the first step", () => {
    const text = (buildAgentParts({ platform: "android", task: "x", steps: [], current: img(0) })[1] as { text: string }).text;
    expect(text).toContain("# Historical Actions and Current Memory\nYou just started, no action has been performed yet.\n# Output Format");
  });

  it("keeps a history action that is not JSON as written", () => {
    expect(mobileHistoryEntry("Memory: m\nReason: r\nAction: tap the button")).toBe("Memory: m\nReason: r\nAction: tap the button");
  });
});
