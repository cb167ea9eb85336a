x = 1234567.891
w = 12
print(format(x, ",.2f"), "{:>{w}}|".format("ab", w=w), "%-5s|" % "ab", "%5.1f%%" % 12.345)
print(f"{'é'!a}", f'{"nested"!r:^12}|', "{0:{1}}".format(3.14159, ".2f"), "{:,}".format(-1234.5))
print("{:_b}".format(255), "{:#_x}".format(65535), format(0.000012345, ".3g"), format(1e21, "f"), "{:=^20s}".format("mid"))
print("{:%}".format(0.25), "{:.0%}".format(0.255), "{:.1%}".format(1/3), f"{-0.0:+.1f}", f"{1e-5:.2e}", f"{12345:e}")
print(f"{3:03}", f"{-3:03}", f"{3.5:06.1f}", f"{'x':>03}", f"{255:#010b}", f"{1_000_000:,}", f"{0.5:g}", f"{100000000.0:g}")
print("%s %s %s" % (1, [2], (3,)), "%(a)s-%(b)d" % {"a": "A", "b": 7}, "%c%c" % (72, "i"), "%.3s" % "abcdef", "%+.2e" % 1234.5)
print(f"{x:.3g}", f"{x:.10g}", f"{x:>15,.1f}", f"{x:<15.0f}|", f"{int(x):_}", f"{x:E}", f"{float('nan'):5}|")
print(repr(f"{'a' 'b'}"), f"{'{'}{'}'}", f"{{literal}}", f"{3!r:>4}", f"{[1, 2]!s:>8}", f"{None!r}")
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1e15 + 0.5), format(2.5, ".0f"), format(3.5, ".0f"))
print(str(1e-4), str(0.0001), str(1e-5), repr(1.0e10), repr(1e16), repr(123456789012345678.0), 1e308 * 10, -1e308 * 10)
