// The Mann-Whitney p-value is read from the standard normal tail; JavaScript has no erfc of its own.

// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969)
// 631-638, as coded in netlib specfun CALERF: relative error below 1e-16 in double precision. The
// coefficients are written with the shortest digits that give the same doubles.
const SMALL_NUMERATOR = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694];
const SMALL_DENOMINATOR = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const SMALL_LEADING = 0.18577770618460315;
const MIDDLE_NUMERATOR = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769,
  1712.0476126340707, 2051.0783778260716, 1230.3393547979972,
];
const MIDDLE_DENOMINATOR = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
  4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
const MIDDLE_LEADING = 2.1531153547440383e-8;
const LARGE_NUMERATOR = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378,
];
const LARGE_DENOMINATOR = [
  2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918,
];
const LARGE_LEADING = 0.016315387137302097;
const ONE_OVER_SQRT_PI = 0.5641895835477563;
// Past this erfc underflows to 0 in double precision (CALERF's XBIG for IEEE doubles).
const ERFC_UNDERFLOW = 26.543;

/** P(x) / Q(x) with a leading numerator coefficient and a monic denominator, as CALERF evaluates them. */
function rational(x: number, leading: number, numerator: number[], denominator: number[]): number {
  let top = leading * x;
  let bottom = x;
  const last = numerator.length - 1;
  for (let i = 0; i < last; i++) {
    top = (top + numerator[i]!) * x;
    bottom = (bottom + denominator[i]!) * x;
  }
  return (top + numerator[last]!) / (bottom + denominator[last]!);
}

/** exp(-y²), split as CALERF does so the rounding of y² is not magnified for large y. */
function gaussian(y: number): number {
  const head = Math.trunc(y * 16) / 16;
  return Math.exp(-head * head) * Math.exp(-(y - head) * (y + head));
}

/** The complementary error function, erfc(x) = 1 - erf(x). */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y <= 0.46875) return 1 - x * rational(y * y, SMALL_LEADING, SMALL_NUMERATOR, SMALL_DENOMINATOR);
  let upper = 0;
  if (y <= 4) {
    upper = gaussian(y) * rational(y, MIDDLE_LEADING, MIDDLE_NUMERATOR, MIDDLE_DENOMINATOR);
  } else if (y < ERFC_UNDERFLOW) {
    const inverseSquare = 1 / (y * y);
    const tail = inverseSquare * rational(inverseSquare, LARGE_LEADING, LARGE_NUMERATOR, LARGE_DENOMINATOR);
    upper = (gaussian(y) * (ONE_OVER_SQRT_PI - tail)) / y;
  }
  return x < 0 ? 2 - upper : upper;
}

/** P(Z > z) for a standard normal Z. */
export function normalSurvival(z: number): number {
  return erfc(z / Math.SQRT2) / 2;
}
