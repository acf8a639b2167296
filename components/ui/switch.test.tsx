import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Switch } from "./switch";

const render = (checked: boolean, disabled?: boolean) =>
  renderToStaticMarkup(<Switch testId="s" label="Thinking" checked={checked} disabled={disabled} onCheckedChange={() => undefined} />);

describe("Switch", () => {
  it("is a button with the switch role, its state in aria-checked and data-state (track and thumb)", () => {
    const on = render(true);
    expect(on).toMatch(/^<button type="button" role="switch" aria-checked="true" aria-label="Thinking" data-state="checked"/);
    expect(on.match(/data-state="checked"/g)).toHaveLength(2);
    const off = render(false);
    expect(off).toContain('aria-checked="false"');
    expect(off.match(/data-state="unchecked"/g)).toHaveLength(2);
  });

  it("a disabled switch is a disabled button", () => {
    expect(render(false, true)).toContain(' disabled=""');
    expect(render(false)).not.toContain("disabled=");
  });
});
