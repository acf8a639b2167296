import { renderToStaticMarkup } from "react-dom/server";
import { withIntl } from "@/test/intl";
import { describe, expect, it } from "vitest";
import { parseGrounding } from "@/lib/glm/grounding";
import { parseGuiActions } from "@/lib/glm/gui-actions";
import { ImageWithOverlay } from "./image-with-overlay";

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

describe("ImageWithOverlay (server markup)", () => {
  it("renders one element per box and point, positioned in percent, with labels", () => {
    const grounding = parseGrounding("red circle: [100,333,300,667], blue rectangle: [420,200,620,467] and [281,479]");
    const html = renderToStaticMarkup(withIntl(<ImageWithOverlay src="/shapes.png" alt="shapes" grounding={grounding} highlightedId="box-1" />));
    expect(count(html, "grounding-overlay")).toBe(1);
    expect(count(html, "grounding-box")).toBe(2);
    expect(count(html, "grounding-point")).toBe(1);
    expect(html).toContain("left:10%;top:33.3%;width:20%");
    expect(html).toContain(">red circle<");
    expect(html).toMatch(/data-item-id="box-1" data-active="true"/);
    expect(count(html, "overlay-toggle")).toBe(1);
    expect(count(html, "download-annotated")).toBe(1);
  });

  it("names the boxes toggle by what it does, without aria-pressed on top (read as \"Hide boxes, pressed\")", () => {
    const grounding = parseGrounding("red circle: [100,333,300,667]");
    for (const overlayVisible of [true, false]) {
      const html = renderToStaticMarkup(withIntl(<ImageWithOverlay src="/shapes.png" alt="shapes" grounding={grounding} overlayVisible={overlayVisible} />));
      const toggle = /<button[^>]*data-testid="overlay-toggle"[^>]*>([^<]*)</.exec(html);
      expect(toggle?.[1]).toBe(overlayVisible ? "Hide boxes" : "Show boxes");
      expect(toggle?.[0]).not.toContain("aria-pressed");
    }
  });

  it("draws GUI actions with markers and hides everything when toggled off", () => {
    const actions = parseGuiActions("left_click(start_box='[281,479]') type(content='hello')");
    const html = renderToStaticMarkup(withIntl(<ImageWithOverlay src="/gui.png" alt="gui" actions={actions} />));
    expect(count(html, "gui-action")).toBe(2);
    expect(html).toContain("left:28.1%;top:47.9%");
    expect(html).toContain("type: hello");
    const hidden = renderToStaticMarkup(withIntl(<ImageWithOverlay src="/gui.png" alt="gui" actions={actions} overlayVisible={false} />));
    expect(count(hidden, "grounding-overlay")).toBe(0);
    expect(hidden).toContain("Show boxes");
  });

  it("renders a plain image with no controls when there is nothing to draw", () => {
    const html = renderToStaticMarkup(withIntl(<ImageWithOverlay src="/a.png" alt="a" grounding={parseGrounding("no boxes")} />));
    expect(count(html, "grounding-overlay")).toBe(0);
    expect(count(html, "overlay-toggle")).toBe(0);
  });
});
