import { Fragment } from "react";

/**
 * An AWS identifier such as ReservedFunctionConcurrentInvocationLimitExceeded, allowed to wrap
 * between its words (not mid-word) on a narrow screen.
 */
export function CodeName({ name, className = "" }: { name: string; className?: string }) {
  const words = name.split(/(?=[A-Z][a-z])/);
  return (
    <code className={`font-mono text-xs ${className}`}>
      {words.map((word, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {word}
        </Fragment>
      ))}
    </code>
  );
}
