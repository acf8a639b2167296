/** The access check server pages run themselves (middleware alone has been bypassed before). */
import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getEnv } from "@/lib/server/env";
import { isPrivate, sessionFromCookieHeader } from "./guard";
import { hostAllowedOrLog } from "./refused-host";

export type PageAccess = { private: false } | { private: true; user: string | undefined };

export async function pageAccess(): Promise<PageAccess> {
  const h = await headers();
  // A DNS-rebinding page gets nothing, not even the sign-in form.
  if (!hostAllowedOrLog(h.get("host"), getEnv().ALLOWED_HOSTS)) notFound();
  if (!isPrivate()) return { private: false };
  return { private: true, user: sessionFromCookieHeader(h.get("cookie"))?.user };
}
