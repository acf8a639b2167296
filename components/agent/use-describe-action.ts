import { useTranslations } from "next-intl";
import type { GuiAction, NormPoint } from "@/lib/glm/gui-actions-types";

/**
 * describeAction (lib/glm/agent) in the reader's language, for the step timelines (app and shared
 * page: no "use client", it runs in server components too). The English
 * catalogue gives exactly describeAction's words; exports keep using describeAction itself.
 */
export function useDescribeAction(): (a: GuiAction | undefined, raw?: string) => string {
  const t = useTranslations("agent.action");
  return (a, raw = "") => {
    if (!a) return raw ? t("unrecognised", { raw: raw.slice(0, 120) }) : t("none");
    const at = (p?: NormPoint) => (p ? t("at", { x: Math.round(p.x / 10), y: Math.round(p.y / 10) }) : "");
    const extra = { info: a.elementInfo ? t("info", { info: a.elementInfo }) : "", bad: a.invalid ? t("bad", { reason: a.invalid }) : "" };
    switch (a.type) {
      case "click":
        return t("click", { button: a.button, at: at(a.point), ...extra });
      case "double_click":
      case "hover":
      case "long_press":
        return t(a.type, { at: at(a.point), ...extra });
      case "drag":
        return t("drag", { from: at(a.from), to: a.to ? t("point", { x: Math.round(a.to.x / 10), y: Math.round(a.to.y / 10) }) : "", ...extra });
      case "scroll":
        return t("scroll", { direction: a.direction ?? "none", step: a.step ? String(a.step) : "none", at: at(a.point), ...extra });
      case "swipe":
        return t("swipe", { direction: a.direction ?? "none", at: at(a.point ?? a.from), bad: extra.bad });
      case "type":
        return t("type", { text: a.text, override: a.override ? "yes" : "no", at: at(a.point) });
      case "key":
        return t("key", { combo: a.combo });
      case "open_app":
        return t("open_app", { app: a.app });
      case "navigate":
        return t(a.target === "back" ? "back" : "home");
      case "wait":
      case "done":
      case "fail":
        return t(a.type);
      case "answer":
        return t("answer", { text: a.text });
      default:
        return t("unknown", { name: a.name });
    }
  };
}
