/** One ACCESS_CODES entry split into its user and code; pure, so the startup check can use it. */
export function splitAccessCode(entry: string, index: number): { user: string; code: string; named: boolean } {
  const at = entry.indexOf(":");
  // A bare code is named `user<n>` so logs and budgets still tell people apart.
  if (at > 0) return { user: entry.slice(0, at).trim(), code: entry.slice(at + 1).trim(), named: true };
  return { user: `user${index + 1}`, code: entry.trim(), named: false };
}

/**
 * Why these entries cannot tell their users apart, or undefined. The same code under two names
 * signs the second person in as the first (the first match wins); a name such as `user2` given
 * to one code and also generated for a bare code merges two people. One name with several codes
 * (a code being rotated) is allowed. Never quotes a code.
 */
export function accessCodeConflicts(entries: string[]): string[] {
  const parsed = entries.map(splitAccessCode);
  const problems: string[] = [];
  parsed.forEach((a, i) => {
    parsed.slice(0, i).forEach((b, j) => {
      if (a.code === b.code) {
        problems.push(a.user === b.user ? `${a.user} is listed twice with the same code; remove one` : `${b.user} and ${a.user} have the same code; give each person their own`);
      } else if (a.user === b.user && a.named !== b.named) {
        problems.push(`the name ${a.user} is also the name given to bare code number ${(a.named ? j : i) + 1}; choose another name`);
      }
    });
  });
  return problems;
}
