# checks: the '0' flag of a format spec fills with '0' for str and with an explicit alignment too, zero padding groups digits into the padding (also for '0=' and _-grouped b/o/x), '%' of inf/nan keeps its sign (Python/formatter_unicode.c)
for spec in ["03", ">03", "<03", "^05", "x>03", "0", "010"]:
    try:
        print(spec, repr(format("ab", spec)), repr(format(7, spec)), repr(format(2.5, spec)))
    except ValueError as e:
        print(spec, e)
for spec in ["010,", "0=10,", "=10,", "<010,", "010_", "012,.2f", "0=12,.1f", "+010,", "09,", "08,", "0^12,"]:
    print(spec, repr(format(1234, spec)), repr(format(-1234.5, spec)), repr(format(1234567, spec)))
for spec in ["012_b", "0=12_x", "010_o", "#012_b", "014_X"]:
    print(spec, repr(format(255, spec)), repr(format(-1234, spec)))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(repr(format(v, "%")), repr(format(v, ".1%")), repr(format(v, ">8%")), repr(format(v, "010,%")), repr(f"{v:08.2%}"))
print(repr(f"{'x':>03}"), repr("{:03}".format("ab")), repr("%03s" % "ab"), repr("%-05d|" % 7))
