import { parseEnv, type Env } from "./env-schema";

export function checkEnvOrExit(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    console.error(`\n${(error as Error).message}\nSee .env.example for the accepted values.\n`);
    process.exit(1);
  }
}
