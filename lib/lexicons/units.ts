/**
 * Units of measure and currencies as news prose prints them, each with its dimension and its factor to one
 * base unit per dimension (metre, square metre, kilogram, day, litre), so that "1.6 miles" and "2.6 km"
 * compare. Temperatures convert by formula. Currencies stay apart: a euro figure is never compared with a
 * pound figure (exchange rates are not the outlets' words).
 */

export type Dimension = "length" | "area" | "mass" | "duration" | "volume" | "speed" | "temperature" | "money" | "percent";
export type UnitInfo = { dimension: Dimension; base: string; factor: number };

const U = (dimension: Dimension, base: string, factor: number): UnitInfo => ({ dimension, base, factor });

const LENGTH: Array<[string[], number]> = [
  [["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"], 1000],
  [["m", "metre", "metres", "meter", "meters"], 1],
  [["cm", "centimetre", "centimetres", "centimeter", "centimeters"], 0.01],
  [["mm", "millimetre", "millimetres", "millimeter", "millimeters"], 0.001],
  [["mile", "miles", "mi"], 1609.344],
  [["yard", "yards", "yd", "yds"], 0.9144],
  [["foot", "feet", "ft"], 0.3048],
  [["inch", "inches", "in."], 0.0254],
  [["nautical mile", "nautical miles"], 1852],
];
const AREA: Array<[string[], number]> = [
  [["hectare", "hectares", "ha"], 10_000],
  [["acre", "acres"], 4046.8564224],
  [["square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "km2", "km²"], 1e6],
  [["square mile", "square miles", "sq mi"], 2_589_988.11],
  [["square metre", "square metres", "square meter", "square meters", "sq m", "m2", "m²"], 1],
  [["square foot", "square feet", "sq ft"], 0.09290304],
];
const MASS: Array<[string[], number]> = [
  [["tonne", "tonnes", "metric ton", "metric tons"], 1000],
  [["ton", "tons"], 907.18474],
  [["kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"], 1],
  [["g", "gram", "grams", "gramme", "grammes"], 0.001],
  [["lb", "lbs", "pound", "pounds"], 0.45359237],
];
const DURATION: Array<[string[], number]> = [
  [["second", "seconds", "sec", "secs"], 1 / 86400],
  [["minute", "minutes", "min", "mins"], 1 / 1440],
  [["hour", "hours", "hr", "hrs"], 1 / 24],
  [["day", "days"], 1],
  [["week", "weeks"], 7],
  [["fortnight", "fortnights"], 14],
  [["month", "months"], 30.44],
  [["year", "years", "yr", "yrs"], 365.25],
  [["decade", "decades"], 3652.5],
  [["century", "centuries"], 36525],
];
const VOLUME: Array<[string[], number]> = [
  [["litre", "litres", "liter", "liters", "l"], 1],
  [["millilitre", "millilitres", "milliliter", "milliliters", "ml"], 0.001],
  [["gallon", "gallons"], 3.785411784],
  [["barrel", "barrels"], 158.987294928],
  [["cubic metre", "cubic metres", "cubic meter", "cubic meters"], 1000],
];
const SPEED: Array<[string[], number]> = [
  [["km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour"], 1],
  [["mph", "miles per hour", "miles an hour"], 1.609344],
  [["knot", "knots"], 1.852],
];

export const UNITS = new Map<string, UnitInfo>();
const fill = (dim: Dimension, base: string, table: Array<[string[], number]>) => {
  for (const [names, factor] of table) for (const n of names) UNITS.set(n, U(dim, base, factor));
};
fill("length", "m", LENGTH);
fill("area", "m2", AREA);
fill("mass", "kg", MASS);
fill("duration", "day", DURATION);
fill("volume", "l", VOLUME);
fill("speed", "km/h", SPEED);
for (const n of ["percent", "per cent", "pct", "percentage points", "percentage point", "%"]) UNITS.set(n, U("percent", "%", 1));
for (const n of ["degrees celsius", "degrees c", "°c", "celsius", "c"]) UNITS.set(n, U("temperature", "C", 1));
for (const n of ["degrees fahrenheit", "degrees f", "°f", "fahrenheit", "f"]) UNITS.set(n, U("temperature", "F", 1));

/** Units that are also ordinary words: only a unit right after a number in digits ("5 m", "3 in"), never after a word. */
export const DIGIT_ONLY_UNITS = new Set(["m", "g", "l", "c", "f", "in.", "mi", "min", "ha"]);

/** The longest unit name any table holds, in words: lookups try 3, 2, then 1 word. */
export const MAX_UNIT_WORDS = 3;

/** Celsius for a temperature in either scale. */
export function toCelsius(value: number, base: string): number {
  return base === "F" ? ((value - 32) * 5) / 9 : value;
}

/** Currencies: symbols before a number, codes, and names after it. Each maps to an ISO code. */
export const CURRENCY_SYMBOLS: Record<string, string> = { "€": "EUR", "£": "GBP", $: "USD", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN", "R$": "BRL", "US$": "USD", A$: "AUD", C$: "CAD", NZ$: "NZD", HK$: "HKD", S$: "SGD", CHF: "CHF" };
export const CURRENCY_WORDS: Record<string, string> = {
  euro: "EUR", euros: "EUR", eur: "EUR", pound: "GBP", pounds: "GBP", sterling: "GBP", gbp: "GBP", dollar: "USD", dollars: "USD", usd: "USD",
  yen: "JPY", jpy: "JPY", rupee: "INR", rupees: "INR", inr: "INR", yuan: "CNY", renminbi: "CNY", cny: "CNY", franc: "CHF", francs: "CHF", chf: "CHF",
  krona: "SEK", kronor: "SEK", sek: "SEK", krone: "NOK", kroner: "NOK", nok: "NOK", dkk: "DKK", rand: "ZAR", zar: "ZAR", peso: "MXN", pesos: "MXN",
  real: "BRL", reais: "BRL", brl: "BRL", ruble: "RUB", rubles: "RUB", rouble: "RUB", roubles: "RUB", naira: "NGN", shilling: "KES", shillings: "KES",
  won: "KRW", lira: "TRY", zloty: "PLN", pln: "PLN", aud: "AUD", cad: "CAD",
};
/** Currency words that are also ordinary words: a currency only right after a number ("won", "real"). */
export const AMBIGUOUS_CURRENCY_WORDS = new Set(["won", "real", "pound", "pounds", "franc", "rand"]);
