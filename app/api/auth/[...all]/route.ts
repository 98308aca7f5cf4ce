import { toNextJsHandler } from "better-auth/next-js";
import { authFor } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

/** Better Auth's endpoints (sign-up, sign-in, sign-out, sessions), served by the instance for the request's scheme. */
export const { GET, POST } = toNextJsHandler((request: Request) => authFor(request.headers, request.url).handler(request));
