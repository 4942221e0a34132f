// Writes float64 values so that nats-server reads them back as the same float.

/**
 * Returns a decimal form of a finite number with a decimal point and no
 * exponent. The config lexer has no exponent notation, and a number without a
 * point would read back as an integer.
 */
export function formatFloat(value: number): string {
  const shortest = String(value);
  const exponent = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (exponent === null) return shortest.includes(".") ? shortest : `${shortest}.0`;

  const [, sign, whole, fraction = "", power] = exponent;
  const digits = whole! + fraction;
  const pointAt = whole!.length + Number(power);
  if (pointAt <= 0) return `${sign}0.${"0".repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${"0".repeat(pointAt - digits.length)}.0`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}
