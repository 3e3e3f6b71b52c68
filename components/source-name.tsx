import { nameSource, type TSourceName, type TSourceNameInput } from "@/lib/format/source-name";

type Props = { source: TSourceNameInput } | { name: TSourceName };

/**
 * An outlet's name, or "Unnamed source" with its file name or host beside it, muted and smaller
 * ("Unnamed source · 003_99b…txt"). Screen readers hear the plain form, "Unnamed source — file name".
 */
export function SourceName(props: Props) {
  const { name, detail, shortDetail } = "name" in props ? props.name : nameSource(props.source);
  if (!detail) return <>{name}</>;
  return (
    <>
      {name}
      <span className="whitespace-nowrap text-[length:max(0.85em,0.75rem)] font-normal normal-case tracking-normal text-subtle" title={detail}>
        <span aria-hidden="true"> · {shortDetail}</span>
        <span className="sr-only"> — {detail}</span>
      </span>
    </>
  );
}
