import { describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types, run by node directly
import { bindHost, startArgs } from "./start-args.mjs";

describe("npm start arguments", () => {
  it("listens on loopback unless HOST is set", () => {
    expect(startArgs([], {})).toEqual(["start", "-H", "127.0.0.1"]);
    expect(startArgs(["-p", "4000"], { HOST: "0.0.0.0" })).toEqual(["start", "-H", "0.0.0.0", "-p", "4000"]);
  });

  it("lets an explicit hostname argument win", () => {
    expect(startArgs(["-H", "::"], { HOST: "0.0.0.0" })).toEqual(["start", "-H", "::"]);
    expect(startArgs(["--hostname=10.0.0.2"], {})).toEqual(["start", "--hostname=10.0.0.2"]);
  });

  it("knows the address next start will listen on, for the open-access warning", () => {
    expect(bindHost(startArgs([], {}))).toBe("127.0.0.1");
    expect(bindHost(startArgs([], { HOST: "0.0.0.0" }))).toBe("0.0.0.0");
    expect(bindHost(startArgs(["--hostname=10.0.0.2"], {}))).toBe("10.0.0.2");
    expect(bindHost(startArgs(["-H", "::", "-p", "4000"], {}))).toBe("::");
  });
});
