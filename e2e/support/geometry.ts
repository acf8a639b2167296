import { expect, type Locator } from "@playwright/test";

/** Asserts that `box` covers the normalised (0-1000) rectangle of the displayed `img`, within 2 px. */
export async function expectBoxAt(box: Locator, img: Locator, [x1, y1, x2, y2]: number[]) {
  const i = (await img.boundingBox())!;
  const b = (await box.boundingBox())!;
  expect(Math.abs(b.x - (i.x + (x1 / 1000) * i.width))).toBeLessThanOrEqual(2);
  expect(Math.abs(b.y - (i.y + (y1 / 1000) * i.height))).toBeLessThanOrEqual(2);
  expect(Math.abs(b.x + b.width - (i.x + (x2 / 1000) * i.width))).toBeLessThanOrEqual(2);
  expect(Math.abs(b.y + b.height - (i.y + (y2 / 1000) * i.height))).toBeLessThanOrEqual(2);
}
