import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, errorField, scrubLogValue, scrubString } from "./log";

// Representative log calls carrying the kinds of personal data the logs must never hold.
const PHONE = "13800000001";
const ID_NUMBER = "11010519491231002X";
const PASSWORD = "Demo1234";
const CODE = "482913";
const TOKEN = "tok_9f8e7d6c5b4a39281706";
const EMAIL = "zhangwei@example.cn";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger(stream, { level: "trace" });
  return { logger, text: () => lines.join("") , lines };
}

describe("the logger", () => {
  it("never writes phones, ID numbers, passwords, one-time codes, tokens or e-mail addresses", () => {
    const { logger, text, lines } = capture();
    logger.info({ event: "action", input: { phone: PHONE, password: PASSWORD, code: CODE } }, "sign-in attempt");
    logger.info({ password: PASSWORD, newPassword: PASSWORD, token: TOKEN, otp: CODE, idNumber: ID_NUMBER, email: EMAIL }, "flat");
    logger.info({ deep: { deeper: { deepest: { contactPhone: PHONE, idNumber: ID_NUMBER, sessionToken: TOKEN } } } }, "nested");
    logger.warn(`user ${PHONE} with ID ${ID_NUMBER} wrote from ${EMAIL}`);
    logger.warn({ note: `free text naming ${PHONE} and ${ID_NUMBER.toLowerCase()}` }, "free text");
    logger.error({ err: errorField(new Error(`unique constraint failed for phone ${PHONE}`)) }, "failed");
    logger.error({ err: new Error(`raw error object with ${ID_NUMBER}`) }, "raw error");
    logger.info({ list: [PHONE, { password: PASSWORD }, [ID_NUMBER]] }, "arrays");
    logger.child({ requestId: "req-12345678" }).info({ headers: { cookie: `authjs.session-token=${TOKEN}`, authorization: `Bearer ${TOKEN}` } }, "headers");
    logger.info("printf %s and %s", PHONE, ID_NUMBER);

    expect(lines).toHaveLength(10);
    const out = text();
    for (const secret of [PHONE, ID_NUMBER, ID_NUMBER.toLowerCase(), PASSWORD, CODE, TOKEN, EMAIL]) expect(out).not.toContain(secret);
    // …while the lines stay useful: structure, ids and messages survive.
    const first = JSON.parse(lines[0]!);
    expect(first).toMatchObject({ level: "info", msg: "sign-in attempt", event: "action", service: "servicehall" });
    expect(first.input.password).toBe("[redacted]");
    expect(JSON.parse(lines[3]!).msg).toBe("user [phone] with ID [id-number] wrote from [email]");
    expect(JSON.parse(lines[8]!).requestId).toBe("req-12345678");
  });

  it("keeps numbers that are not phones or ID numbers (request numbers, counts)", () => {
    expect(scrubString("SR20261129000123 took 13800 ms")).toBe("SR20261129000123 took 13800 ms");
    expect(scrubString(`call ${PHONE}.`)).toBe("call [phone].");
    expect(scrubLogValue({ srn: "SR20261129000123", count: 13800000001 })).toEqual({ srn: "SR20261129000123", count: 13800000001 });
  });
});
