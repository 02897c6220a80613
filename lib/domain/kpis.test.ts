import { describe, expect, it } from "vitest";
import { summarizeKpis } from "./kpis";

const at = (h: number) => new Date(Date.UTC(2026, 10, 2, h));

describe("summarizeKpis", () => {
  it("is empty without work, with no rates rather than zero", () => {
    expect(summarizeKpis([], [])).toEqual({
      accepted: 0,
      acceptedOnTime: null,
      resolved: 0,
      resolvedOnTime: null,
      ratings: 0,
      averageRating: null,
      followUps: { satisfied: 0, problemPersists: 0, notReached: 0 },
      followUpSatisfaction: null,
    });
  });

  it("counts acceptances within the deadline, the deadline itself included", () => {
    const k = summarizeKpis([{ acceptedAt: at(5), acceptBy: at(5) }, { acceptedAt: at(6), acceptBy: at(5) }, { acceptedAt: at(1), acceptBy: at(5) }], []);
    expect(k.accepted).toBe(3);
    expect(k.acceptedOnTime).toBeCloseTo(2 / 3);
  });

  it("counts resolutions on time (no deadline = on time), averages ratings and counts return-visit outcomes", () => {
    const k = summarizeKpis(
      [],
      [
        { resolvedAt: at(3), resolveBy: at(4), rating: 5, followUps: ["SATISFIED"] },
        { resolvedAt: at(9), resolveBy: at(4), rating: 2, followUps: ["NOT_REACHED", "PROBLEM_PERSISTS"] },
        { resolvedAt: at(9), resolveBy: null, rating: null, followUps: [null] },
        { resolvedAt: at(2), resolveBy: at(4), rating: 4, followUps: [] },
      ],
    );
    expect(k.resolved).toBe(4);
    expect(k.resolvedOnTime).toBe(0.75);
    expect(k.ratings).toBe(3);
    expect(k.averageRating).toBe(3.7);
    expect(k.followUps).toEqual({ satisfied: 1, problemPersists: 1, notReached: 1 });
    // Not reached says nothing about satisfaction.
    expect(k.followUpSatisfaction).toBe(0.5);
  });
});
