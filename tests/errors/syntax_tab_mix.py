# A tab/space mix is fine in CPython when consistent per block; this one is not.
if True:
	x = 1
        y = 2
