import { afterEach, describe, expect, it, vi } from "vitest";
import type { PrepareImageError } from "./prepare-image";
import { jpegBytes } from "@/test/media-bytes";

const photo = () => new Blob([jpegBytes(10, 10).slice()], { type: "image/jpeg" });

/** A stand-in Worker whose answer to each request the test decides. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static answer: (w: FakeWorker, msg: { id: number; blob: Blob }) => void = () => {};
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(msg: { id: number; blob: Blob }) {
    queueMicrotask(() => FakeWorker.answer(this, msg));
  }
  reply(data: unknown) {
    this.onmessage?.({ data });
  }
}

/** A fresh copy of the client (its worker is a module-level singleton) with a Worker to start. */
async function clientWithWorker(answer: typeof FakeWorker.answer) {
  vi.resetModules();
  FakeWorker.made = [];
  FakeWorker.answer = answer;
  vi.stubGlobal("Worker", FakeWorker);
  vi.stubGlobal("OffscreenCanvas", class {});
  return (await import("./prepare-image-client")).prepareImageOffThread;
}

/** The error class as the fresh copy of the client sees it. */
const freshErrorClass = async () => (await import("./prepare-image")).PrepareImageError;

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as PrepareImageError);

afterEach(() => vi.unstubAllGlobals());

describe("prepareImageOffThread", () => {
  it("prepares on the calling thread when there is no Worker, with the same refusals", async () => {
    vi.resetModules();
    const { prepareImageOffThread } = await import("./prepare-image-client");
    // Node has no Worker or OffscreenCanvas: the main-thread path runs and says why it cannot.
    const error = await refusal(prepareImageOffThread(photo()));
    expect(error).toBeInstanceOf(await freshErrorClass());
    expect(error?.code).toBe("no_browser");
  });

  it("returns what the worker prepared, matching concurrent answers to their requests", async () => {
    const pending: Array<[FakeWorker, number]> = [];
    const prepare = await clientWithWorker((w, msg) => {
      pending.push([w, msg.id]);
      // Answer both once both are in, the second first.
      if (pending.length === 2) for (const [worker, id] of pending.reverse()) worker.reply({ id, ok: true, image: { width: id, height: 1, mimeType: "image/jpeg", blob: new Blob(), reencoded: true, attempts: 1 } });
    });
    const [a, b] = await Promise.all([prepare(photo()), prepare(photo())]);
    expect([a.width, b.width]).toEqual([1, 2]);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it("turns the worker's refusal into the same error the main thread would throw", async () => {
    const prepare = await clientWithWorker((w, msg) => w.reply({ id: msg.id, ok: false, code: "too_many_pixels", message: "Over the limit." }));
    const error = await refusal(prepare(photo()));
    expect(error).toBeInstanceOf(await freshErrorClass());
    expect([error?.code, error?.message]).toEqual(["too_many_pixels", "Over the limit."]);
  });

  it.each([
    ["asks for it", (id: number) => ({ id, ok: false, fallback: true })],
    ["answers in another worker's protocol (highlighting)", (id: number) => ({ id, lines: null, ms: 0, linesTokenized: 0 })],
    ["answers in another worker's protocol (PDF)", (id: number) => ({ type: "error", id, code: "render", message: "x" })],
  ])("prepares on the main thread when the worker %s", async (_, answer) => {
    const prepare = await clientWithWorker((w, msg) => w.reply(answer(msg.id)));
    // The main-thread path ran: in Node it refuses for want of a browser.
    expect((await refusal(prepare(photo())))?.code).toBe("no_browser");
  });

  it("prepares on the main thread what was waiting when the worker fails to start, and stops using it", async () => {
    const prepare = await clientWithWorker((w) => w.onerror?.());
    expect((await refusal(prepare(photo())))?.code).toBe("no_browser");
    FakeWorker.answer = () => {
      throw new Error("the failed worker must not be asked again");
    };
    expect((await refusal(prepare(photo())))?.code).toBe("no_browser");
    expect(FakeWorker.made).toHaveLength(1);
  });
});
