import { useTranslations } from "next-intl";
import { glyph } from "@/components/ui/glyphs";
import { forwardRef } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";

const wand = glyph("wand-sparkles", "text-muted-fg");
const chevron = glyph("chevron-down", "text-muted-fg");

/** The Tools menu's trigger, also its closed look before the menu is first opened (attach-controls.tsx). */
export const ToolsButton = forwardRef<HTMLButtonElement, ButtonProps>(function ToolsButton(props, ref) {
  const t = useTranslations("attach");
  return (
    <Button ref={ref} data-testid="composer-tools" className="px-2" {...props}>
      {wand}
      {t("tools")}
      {chevron}
    </Button>
  );
});
