import { describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types, run by node directly
import { startArgs } from "./start-args.mjs";

describe("npm start arguments", () => {
  it("listens on loopback unless HOST is set", () => {
    expect(startArgs([], {})).toEqual(["start", "-H", "127.0.0.1"]);
    expect(startArgs(["-p", "4000"], { HOST: "0.0.0.0" })).toEqual(["start", "-H", "0.0.0.0", "-p", "4000"]);
  });

  it("lets an explicit hostname argument win", () => {
    expect(startArgs(["-H", "::"], { HOST: "0.0.0.0" })).toEqual(["start", "-H", "::"]);
    expect(startArgs(["--hostname=10.0.0.2"], {})).toEqual(["start", "--hostname=10.0.0.2"]);
  });
});
