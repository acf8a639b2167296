/** One ACCESS_CODES entry split into its user and code; pure, so the startup check can use it. */
export function splitAccessCode(entry: string, index: number): { user: string; code: string; named: boolean } {
  const at = entry.indexOf(":");
  // A bare code is named `user<n>` so logs and budgets still tell people apart.
  if (at > 0) return { user: entry.slice(0, at).trim(), code: entry.slice(at + 1).trim(), named: true };
  return { user: `user${index + 1}`, code: entry.trim(), named: false };
}

/** "1st", "2nd", "3rd", "11th", "22nd": how an operator counts the entries they wrote. */
export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * Why these entries cannot tell their users apart (none when they can). The same code under two names
 * signs the second person in as the first (the first match wins); a name such as `user2` given
 * to one code and also generated for a bare code merges two people. One name with several codes
 * (a code being rotated) is allowed. Never quotes a code, and names a bare code by its place in
 * the list: `user3` is our name for it, not one the operator wrote.
 */
export function accessCodeConflicts(entries: string[]): string[] {
  const parsed = entries.map(splitAccessCode);
  const problems: string[] = [];
  parsed.forEach((a, i) => {
    parsed.slice(0, i).forEach((b, j) => {
      if (a.code === b.code) problems.push(sameCode(b, j, a, i));
      else if (a.user === b.user && a.named !== b.named) {
        problems.push(`the name ${a.user} is also the name given to the bare code in the ${ordinal((a.named ? j : i) + 1)} entry; choose another name`);
      }
    });
  });
  return problems;
}

type Entry = ReturnType<typeof splitAccessCode>;

function sameCode(first: Entry, i: number, second: Entry, j: number): string {
  if (!first.named && !second.named) return `the ${ordinal(i + 1)} and ${ordinal(j + 1)} entries are the same code; remove one, or give each person their own`;
  if (first.named && second.named) {
    return first.user === second.user ? `${first.user} is listed twice with the same code; remove one` : `${first.user} and ${second.user} have the same code; give each person their own`;
  }
  const [named, bare] = first.named ? [first, j] : [second, i];
  return `${named.user} and the bare code in the ${ordinal(bare + 1)} entry are the same code; give each person their own`;
}
