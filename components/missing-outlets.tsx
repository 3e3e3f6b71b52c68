import { Fragment } from "react";
import { namedMissingIds, unnamedMissingCount } from "@/lib/format/missing-outlets";
import type { TSourceName } from "@/lib/format/source-name";
import { SourceName } from "./source-name";

type Props = { ids: readonly string[]; nameOf: (id: string) => TSourceName | undefined };

/** "A, B, C" or, past the cap, "A, B, … L and 9 other outlets"; a source the caller did not look up shows its id. */
export function MissingOutlets({ ids, nameOf }: Props) {
  const others = unnamedMissingCount(ids);
  return (
    <>
      {namedMissingIds(ids).map((id, i) => {
        const name = nameOf(id);
        return (
          <Fragment key={id}>
            {i > 0 && ", "}
            {name ? <SourceName name={name} /> : id}
          </Fragment>
        );
      })}
      {others > 0 && ` and ${others} other outlets`}
    </>
  );
}
