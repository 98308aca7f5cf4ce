/** Message keys of "account.errors" (or the form's own) per field. */
export type AccountFormState =
  | { status: "idle" }
  | { status: "done" }
  | { status: "invalid"; fields: Record<string, string> }
  | { status: "failed" }
  | { status: "signed-out" };

export type AccountFormAction = (previous: AccountFormState, form: FormData) => Promise<AccountFormState>;
