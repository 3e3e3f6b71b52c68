// Run by admin-auth.test.ts as a separate process on the same database, as a second server or the CLI would be:
// npx tsx tests/integration/admin-session-probe.ts open | check <cookie> | close <cookie>
import { closeAdminSession, isLiveAdminSession, openAdminSession } from "../../lib/auth/admin-session";
import { disconnectPrisma } from "../../lib/db/client";

async function main() {
  const [command, cookie] = process.argv.slice(2);
  if (command === "open") console.log(JSON.stringify({ cookie: (await openAdminSession()).cookieValue }));
  else if (command === "check") console.log(JSON.stringify({ live: await isLiveAdminSession(cookie) }));
  else if (command === "close") console.log(JSON.stringify({ closed: (await closeAdminSession(cookie), true) }));
  else throw new Error(`unknown command ${command}`);
  await disconnectPrisma();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
