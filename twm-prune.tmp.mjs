import { performance } from "node:perf_hooks";
import fs from "node:fs";
import { execSync } from "node:child_process";
const m = await import("tailwind-merge");
const files = execSync("git ls-files 'components/**/*.tsx' 'components/**/*.ts' 'app/**/*.tsx' 'lib/ui/*.ts'").toString().trim().split("\n").filter(f=>!f.includes(".test."));
const tokens = new Set();
for (const f of files) { const src = fs.readFileSync(f, "utf8"); for (const s of src.matchAll(/"([^"\n]*)"|`([^`]*)`|'([^'\n]*)'/g)) for (const t of (s[1]??s[2]??s[3]).split(/\s+/)) if (t && /^[!a-z\[\-@*]/.test(t) && !/^(?:[^\[\]:]*(?:\[[^\]]*\])?[^\[\]:]*:)*!?\[/.test(t)) tokens.add(t); }
const full = m.getDefaultConfig();
// find group per token using a merge with itself? use internal: createTailwindMerge with the class-group lookup isn't exported; brute: for each group, a twMerge with only that group
const groupOf = new Map();
const names = Object.keys(full.classGroups);
// cheap: for each token, find group by building single-group mergers lazily is too slow; use extendTailwindMerge? Use the exported 'createClassGroupUtils'? 
console.log(Object.keys(m));
console.log(tokens.size, files.length);
const used = new Set();
const t0 = performance.now();
for (const g of names) {
  const one = m.createTailwindMerge(() => ({ ...full, classGroups: { [g]: full.classGroups[g] }, conflictingClassGroups: {}, conflictingClassGroupModifiers: {} }));
  for (const t of tokens) if (one(`${t} ${t}`) === t) { used.add(g); if (g.startsWith("mask-image-conic")||g==="zoom") console.log(g, JSON.stringify(t)); break; }
}
console.log("probe ms", performance.now() - t0, "used groups", used.size, [...used].join(" "));
fs.writeFileSync("/tmp/used-groups.json", JSON.stringify([...used]));
