import type { Page } from "@playwright/test";

/** Every IndexedDB put fails for quota once `window.__quotaFull` is set (true: the disk is full). */
export async function fillableDisk(page: Page) {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
      if ((window as unknown as { __quotaFull?: boolean }).__quotaFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    } as IDBObjectStore["put"];
  });
}

export function setDiskFull(page: Page, full: boolean): Promise<boolean> {
  return page.evaluate((value) => ((window as unknown as { __quotaFull?: boolean }).__quotaFull = value), full);
}
