import { AppError, errorResponse } from "@/lib/errors";

/** Runs a handler, turning every failure into the one error envelope (never a stack trace). */
export async function respond(work: () => Promise<Response>, label = "route"): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    console.error(`${label} failed`, error);
    return errorResponse(new AppError("internal", "Something went wrong on the server. Retry in a moment.", 500));
  }
}
