import { exportMyData } from "@/server/dal/privacy-export";
import { attachment, exportActor } from "@/server/privacy-export-response";

/** GET /account/privacy/export.json — everything we hold about the signed-in customer (PIPL art. 45), audited. */
export async function GET() {
  const actor = await exportActor("/account/privacy/export.json");
  if (!("customerId" in actor)) return actor;
  const data = await exportMyData(actor, "json");
  return attachment(JSON.stringify(data, null, 2), "application/json; charset=utf-8", "json", data.generatedAt);
}
