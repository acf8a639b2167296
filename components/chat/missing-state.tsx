"use client";

import { useTranslations } from "next-intl";
import { storageIsPerPerson } from "@/lib/store/storage-scope";

/**
 * An address (`/c/<id>`) this browser holds no chat for. With sign-in each person's chats are kept
 * apart (lib/store/storage-scope.ts), so on a shared computer it may be another person's chat on
 * this very browser: "not in this browser" would be wrong there. Nothing of theirs is read or named.
 * Shown only once the page has looked the address up, never in the server's HTML.
 */
export function MissingState() {
  const t = useTranslations("chat");
  const perPerson = storageIsPerPerson();
  return (
    <div data-testid="conversation-missing" className="mt-[15vh] text-center text-muted-fg">
      <h2 className="text-xl font-semibold text-fg">{t(perPerson ? "missingTitlePerPerson" : "missingTitle")}</h2>
      <p className="mt-2 text-sm">{t(perPerson ? "missingBodyPerPerson" : "missingBody")}</p>
    </div>
  );
}
