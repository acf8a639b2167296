/** Typed GUI-agent actions as GLM-4.5V answers them (desktop call form or mobile JSON form). */

/** A point in GLM's normalised 0-1000 space of the screenshot. */
export interface NormPoint {
  x: number;
  y: number;
}

export interface NormBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export type Direction = "up" | "down" | "left" | "right";

interface ActionBase {
  source: "desktop" | "mobile";
  /** The action's text as the model wrote it (capped at 500 chars). */
  raw: string;
  /** Character range of the action in the answer text. */
  start: number;
  end: number;
  /** `element_info` the desktop action space lets the model add. */
  elementInfo?: string;
  /**
   * Set when coordinates were present but unusable (out of 0-1000, NaN, wrong count): the
   * point fields are then absent, and the UI shows this note instead of drawing.
   */
  invalid?: string;
}

/** Target of a pointer action: a point, and the box it came from when the model sent a box. */
interface Target {
  point?: NormPoint;
  box?: NormBox;
}

export type GuiAction = ActionBase &
  (
    | ({ type: "click"; button: "left" | "right" | "middle" } & Target)
    | ({ type: "double_click" } & Target)
    | ({ type: "hover" } & Target)
    | ({ type: "long_press" } & Target)
    | { type: "drag"; from?: NormPoint; to?: NormPoint }
    | { type: "scroll"; point?: NormPoint; direction?: Direction; step?: number }
    | { type: "swipe"; point?: NormPoint; from?: NormPoint; to?: NormPoint; direction?: Direction }
    | ({ type: "type"; text: string; override?: boolean } & Target)
    | { type: "key"; keys: string[]; combo: string }
    | { type: "open_app"; app: string }
    | { type: "navigate"; target: "back" | "home" }
    | { type: "wait" }
    | { type: "done"; message?: string }
    | { type: "fail"; message?: string }
    | { type: "answer"; text: string }
    | { type: "unknown"; name: string }
  );

export type GuiActionType = GuiAction["type"];

export interface AgentSections {
  memory?: string;
  reason?: string;
  /** The action text with the box tokens removed. */
  action?: string;
}
