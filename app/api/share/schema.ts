import { z } from "zod";

/** DELETE may carry the token in a JSON body instead of the Authorization header (only this route uses it). */
export const tokenBodySchema = z.object({ token: z.string().max(200) });
