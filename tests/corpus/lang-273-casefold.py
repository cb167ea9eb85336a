# checks: str.casefold is full Unicode case folding (ﬁ -> fi, ς -> σ, ᾳ -> αι), for caseless comparison (Objects/unicodeobject.c: do_casefold)
for w in ["Straße", "STRASSE", "ﬁsh", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ǅ", "Ⅻ", "Hello", "µ", "ﬆ", "ᾳ"]:
    print(repr(w.casefold()), w.casefold() == w.upper().casefold(), repr(w.lower()))
print("Straße".casefold() == "STRASSE".casefold(), "ς".casefold(), "σ".casefold() == "ς".casefold())
