BUILD = {"edition": "x"}
