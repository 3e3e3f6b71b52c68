/**
 * Runs `work` on items with up to `inFlight` of them started ahead, and yields the outcomes in the items'
 * order: a batch keeps the analysis workers busy while earlier articles are stored, and still reports
 * file by file. A failure is yielded as a rejected outcome in its place, never thrown past the others.
 */
export async function* inOrderPipeline<T, R>(items: readonly T[], inFlight: number, work: (item: T, index: number) => Promise<R>): AsyncGenerator<PromiseSettledResult<R>> {
  const started: Array<Promise<PromiseSettledResult<R>>> = [];
  const start = (index: number) => {
    started[index] = work(items[index], index).then(
      (value) => ({ status: "fulfilled", value }) as const,
      (reason: unknown) => ({ status: "rejected", reason }) as const,
    );
  };
  const ahead = Math.max(1, Math.floor(inFlight));
  for (let index = 0; index < Math.min(ahead, items.length); index++) start(index);
  for (let index = 0; index < items.length; index++) {
    const outcome = await started[index];
    if (index + ahead < items.length) start(index + ahead);
    yield outcome;
  }
}
