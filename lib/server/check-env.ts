import { parseEnv } from "./env-schema";

export function checkEnvOrExit(): void {
  try {
    parseEnv(process.env);
  } catch (error) {
    console.error(`\n${(error as Error).message}\nSee .env.example for the accepted values.\n`);
    process.exit(1);
  }
}
