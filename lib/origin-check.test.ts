import { describe, expect, it } from "vitest";
import { originAllowed } from "./origin-check";

describe("originAllowed", () => {
  it("lets reads through whatever their origin", () => {
    for (const m of ["GET", "HEAD", "OPTIONS", "get"]) expect(originAllowed(m, null, "hall.example")).toBe(true);
  });

  it("accepts a write from this site only", () => {
    expect(originAllowed("POST", "https://hall.example", "hall.example")).toBe(true);
    expect(originAllowed("POST", "http://localhost:3100", "localhost:3100")).toBe(true);
    expect(originAllowed("POST", "https://HALL.example", "hall.example")).toBe(true);
    expect(originAllowed("POST", "https://evil.example", "hall.example")).toBe(false);
    expect(originAllowed("POST", "https://hall.example.evil.example", "hall.example")).toBe(false);
    expect(originAllowed("POST", "http://localhost:3101", "localhost:3100")).toBe(false);
    expect(originAllowed("DELETE", "https://evil.example", "hall.example")).toBe(false);
  });

  it("refuses a write without an Origin, with the opaque origin, or a malformed one", () => {
    expect(originAllowed("POST", null, "hall.example")).toBe(false);
    expect(originAllowed("POST", "null", "hall.example")).toBe(false);
    expect(originAllowed("POST", "not a url", "hall.example")).toBe(false);
    expect(originAllowed("POST", "https://hall.example", null)).toBe(false);
  });

  it("compares with the forwarded host behind a reverse proxy", () => {
    expect(originAllowed("POST", "https://hall.example", "127.0.0.1:3000", "hall.example")).toBe(true);
    expect(originAllowed("POST", "https://hall.example", "127.0.0.1:3000", "hall.example, internal")).toBe(true);
    expect(originAllowed("POST", "https://evil.example", "127.0.0.1:3000", "hall.example")).toBe(false);
  });
});
