# checks: single-byte bytes objects are cached, like single Latin-1 chars
data = bytes([65, 66, 67])
one = data[0:1]
two = b"AB"[0:1]
print("1-byte slices same object:", one is two)
lit_A = b"A"
print("bytes([65]) is b'A'      :", bytes([65]) is lit_A)
pair1 = data[0:2]
pair2 = data[0:2]
print("2-byte slices same object:", pair1 is pair2)
sixty_five = 65
print("int item cached          :", data[0] is sixty_five)
print("values                   :", one, pair1)
