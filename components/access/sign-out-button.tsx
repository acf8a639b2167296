"use client";

import { LogOut } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Shown in the header on a private server: who is signed in, and the way out. */
export function SignOutButton({ user }: { user: string }) {
  const signOut = async () => {
    await fetch("/api/session", { method: "DELETE" }).catch(() => {});
    location.assign("/");
  };
  return (
    <Button data-testid="sign-out" onClick={signOut} title={`Signed in as ${user}. Sign out.`} className="px-2">
      <LogOut aria-hidden />
      <span className="hidden sm:inline">Sign out</span>
      <span className="sr-only"> ({user})</span>
    </Button>
  );
}
