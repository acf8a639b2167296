/**
 * Block geometry of a frame: each component's blocks on the padded MCU grid, stored one after
 * another in one Int16Array of quantised coefficients (64 per block, zigzag order as coded).
 */
import type { Component } from "./parse";

export interface Plane {
  h: number;
  v: number;
  /** Blocks across and down on the padded MCU grid. */
  blocksWide: number;
  blocksHigh: number;
  /** First coefficient of this plane in the shared array. */
  offset: number;
}

export interface Geometry {
  hMax: number;
  vMax: number;
  mcusWide: number;
  mcusHigh: number;
  planes: Plane[];
  /** Coefficients in all planes. */
  total: number;
}

export function geometry(width: number, height: number, components: Pick<Component, "h" | "v">[]): Geometry {
  const hMax = Math.max(...components.map((c) => c.h));
  const vMax = Math.max(...components.map((c) => c.v));
  const mcusWide = Math.ceil(width / (8 * hMax));
  const mcusHigh = Math.ceil(height / (8 * vMax));
  let offset = 0;
  const planes = components.map((c) => {
    const plane = { h: c.h, v: c.v, blocksWide: mcusWide * c.h, blocksHigh: mcusHigh * c.v, offset };
    offset += plane.blocksWide * plane.blocksHigh * 64;
    return plane;
  });
  return { hMax, vMax, mcusWide, mcusHigh, planes, total: offset };
}
