import { AppError, errorResponse } from "@/lib/errors";
import { getLogger, safeError } from "@/lib/server/log/logger";

/** Runs a handler, turning every failure into the one error envelope (never a stack trace). */
export async function respond(work: () => Promise<Response>, label = "route"): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    // Type and stack only: an error message can quote the request body.
    getLogger().error({ err: safeError(error) }, `${label} failed`);
    return errorResponse(new AppError("internal", "Something went wrong on the server. Retry in a moment.", 500));
  }
}
