//! Language-neutral numeric helpers: exact int/float conversions and
//! comparisons between the integer and float subtypes.

/// `f` as an i64 when it has an exact integer value in range.
#[inline]
pub fn float_to_int_exact(f: f64) -> Option<i64> {
    // -2^63 is representable; 2^63 is not an i64.
    if f.fract() == 0.0 && (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&f)
    {
        Some(f as i64)
    } else {
        None
    }
}

/// Mathematical equality of an integer and a float (no rounding).
pub fn int_eq_float(i: i64, f: f64) -> bool {
    float_to_int_exact(f) == Some(i)
}

/// Mathematical `i < f`.
pub fn int_lt_float(i: i64, f: f64) -> bool {
    if f.is_nan() {
        return false;
    }
    if f >= 9_223_372_036_854_775_808.0 {
        return true;
    }
    if f < -9_223_372_036_854_775_808.0 {
        return false;
    }
    // Compare i against ceil(f): i < f  <=>  i < ceil(f) for integral i.
    let c = f.ceil();
    i < c as i64
}

/// Mathematical `i <= f`.
pub fn int_le_float(i: i64, f: f64) -> bool {
    if f.is_nan() {
        return false;
    }
    if f >= 9_223_372_036_854_775_808.0 {
        return true;
    }
    if f < -9_223_372_036_854_775_808.0 {
        return false;
    }
    i <= f.floor() as i64
}

/// Mathematical `f < i`.
pub fn float_lt_int(f: f64, i: i64) -> bool {
    if f.is_nan() {
        return false;
    }
    !int_le_float(i, f)
}

/// Mathematical `f <= i`.
pub fn float_le_int(f: f64, i: i64) -> bool {
    if f.is_nan() {
        return false;
    }
    !int_lt_float(i, f)
}

/// Floor division of integers (`//`); `None` when dividing by zero.
#[inline]
pub fn int_floor_div(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    if b == -1 {
        return Some(a.wrapping_neg());
    }
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// Floor modulo of integers (`%`); `None` when dividing by zero.
#[inline]
pub fn int_floor_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    if b == -1 {
        return Some(0);
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// Lua's float modulo (`luai_nummod`): result has the sign of the divisor.
#[inline]
pub fn float_floor_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((m > 0.0) != (b > 0.0)) {
        m + b
    } else {
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo_follow_the_sign_of_the_divisor() {
        assert_eq!(int_floor_div(7, 2), Some(3));
        assert_eq!(int_floor_div(-7, 2), Some(-4));
        assert_eq!(int_floor_div(7, -2), Some(-4));
        assert_eq!(int_floor_mod(-7, 2), Some(1));
        assert_eq!(int_floor_mod(7, -2), Some(-1));
        assert_eq!(int_floor_div(i64::MIN, -1), Some(i64::MIN));
        assert_eq!(int_floor_div(1, 0), None);
        assert_eq!(float_floor_mod(-7.5, 2.0), 0.5);
        assert_eq!(float_floor_mod(7.5, -2.0), -0.5);
    }

    #[test]
    fn mixed_comparisons_are_exact() {
        assert!(int_lt_float(1, 1.5));
        assert!(!int_lt_float(2, 1.5));
        assert!(int_le_float(i64::MAX, 9_223_372_036_854_775_808.0));
        assert!(!int_eq_float(i64::MAX, 9_223_372_036_854_775_808.0));
        assert!(float_lt_int(1.5, 2));
        assert!(!float_le_int(f64::NAN, 2));
        assert_eq!(float_to_int_exact(-0.0), Some(0));
        assert_eq!(float_to_int_exact(2.5), None);
    }
}
