import { useFormatter } from "next-intl";

/** An amount in fen as CNY with two decimals; `signed` shows + for increases (a fee difference). */
export function Money({ fen, signed = false }: { fen: number; signed?: boolean }) {
  return <>{useMoney()(fen, signed)}</>;
}

/** The formatting itself, for async server components that hold a formatter from getFormatter(). */
export function moneyFormatter(format: ReturnType<typeof useFormatter>) {
  return (fen: number, signed = false) =>
    format.number(fen / 100, { style: "currency", currency: "CNY", minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: signed ? "exceptZero" : "auto" });
}

/** The same formatting as text, for messages that take an amount as a value. */
export function useMoney() {
  return moneyFormatter(useFormatter());
}
