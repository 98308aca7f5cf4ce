"use client";

import { useActionState } from "react";
import type { AccountFormAction, AccountFormState } from "./types";

/** A form bound to an account action; a thrown action (network, server) shows as "failed". */
export function useAccountForm(action: AccountFormAction) {
  return useActionState<AccountFormState, FormData>(async (previous, form) => {
    try {
      return await action(previous, form);
    } catch (error) {
      // redirect() in an action is a thrown control-flow signal that Next must see.
      if (error instanceof Error && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT")) throw error;
      return { status: "failed" };
    }
  }, { status: "idle" });
}

export const fieldError = (state: AccountFormState, field: string) => (state.status === "invalid" ? state.fields[field] : undefined);
