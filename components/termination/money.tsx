import { useFormatter } from "next-intl";

type Formatter = ReturnType<typeof useFormatter>;

/** Formats amounts in fen as CNY with two decimals in the formatter's language; `signed` adds + or −. */
export function moneyFormatter(format: Formatter) {
  return (fen: number, signed = false) => {
    const text = format.number(Math.abs(fen) / 100, { style: "currency", currency: "CNY", minimumFractionDigits: 2, maximumFractionDigits: 2 });
    if (!signed || fen === 0) return text;
    return `${fen > 0 ? "+" : "−"}${text}`;
  };
}

/** moneyFormatter for components that are not async. */
export function useMoney() {
  return moneyFormatter(useFormatter());
}
