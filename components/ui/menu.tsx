"use client";

import { DropdownMenu as M } from "radix-ui";
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/**
 * A dropdown menu (Radix): opens from its trigger, moves with the arrow keys (and first letters),
 * closes on Escape, on an outside click and on choosing an item, and returns focus to the trigger.
 *
 * Not modal by default: a modal menu marks the whole page aria-hidden while its controls stay
 * focusable (axe's aria-hidden-focus, on every one of them, the trigger included). A menu is not a
 * dialog (WAI-ARIA's menu button is not modal). Focus still moves in on opening, Tab stays inside
 * (Radix), Escape gives it back to the trigger. An outside click closes the menu and reaches what
 * it landed on, as on most pages (a conversation row opens, the message box takes the caret): the
 * person pointed at it; swallowing it would cost them a second click. Focus then stays where they
 * clicked, not back on the trigger.
 */
export function Menu({ modal = false, ...props }: ComponentPropsWithoutRef<typeof M.Root>) {
  return <M.Root modal={modal} {...props} />;
}
export const MenuTrigger = M.Trigger;

export function MenuContent({ className, children, ...props }: ComponentPropsWithoutRef<typeof M.Content>) {
  return (
    <M.Portal>
      <M.Content sideOffset={6} collisionPadding={8} className={cn("z-50 min-w-48 rounded-xl border border-line bg-surface p-1 text-sm text-fg shadow-lg outline-none", className)} {...props}>
        {children}
      </M.Content>
    </M.Portal>
  );
}

export const MenuItem = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<typeof M.Item> & { icon?: ReactNode }>(function MenuItem({ className, icon, children, ...props }, ref) {
  return (
    <M.Item
      ref={ref}
      className={cn(
        "flex cursor-pointer select-none items-center gap-2 rounded-lg px-3 py-2 outline-none data-[disabled]:cursor-not-allowed data-[disabled]:opacity-50 data-[highlighted]:bg-muted [&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:text-muted-fg",
        className,
      )}
      {...props}
    >
      {icon}
      {children}
    </M.Item>
  );
});

export function MenuSeparator() {
  return <M.Separator className="my-1 h-px bg-line" />;
}

export function MenuLabel({ children }: { children: ReactNode }) {
  return <M.Label className="px-3 py-1 text-xs font-medium text-muted-fg">{children}</M.Label>;
}
