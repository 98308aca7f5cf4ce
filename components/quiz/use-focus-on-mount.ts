"use client";

import { useEffect, useRef } from "react";

/** Focus moves to the element once, when it appears (a result, a dialog), never again on re-renders. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
