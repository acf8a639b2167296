import { useTranslations } from "next-intl";
import { ChevronDown, Wand2 } from "lucide-react";
import { forwardRef } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";

/** The Tools menu's trigger, also shown (inert) while the menu's code loads. */
export const ToolsButton = forwardRef<HTMLButtonElement, ButtonProps>(function ToolsButton(props, ref) {
  const t = useTranslations("attach");
  return (
    <Button ref={ref} data-testid="composer-tools" className="px-2" {...props}>
      <Wand2 aria-hidden className="text-muted-fg" />
      {t("tools")}
      <ChevronDown aria-hidden className="text-muted-fg" />
    </Button>
  );
});
