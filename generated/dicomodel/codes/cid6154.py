"""CID 6154 Echo Pattern.

Extensible, version 20050822, UID 1.2.840.10008.6.1.469.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6154
NAME: Final[str] = "Echo Pattern"
KEYWORD: Final[str | None] = "EchoPattern"
UID: Final[str | None] = "1.2.840.10008.6.1.469"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Anechoic: Final[Code] = Code("DCM", "111361", "Anechoic", (6154,))
"""Anechoic (DCM 111361)."""

Hyperechoic: Final[Code] = Code("DCM", "111362", "Hyperechoic", (6154,))
"""Hyperechoic (DCM 111362)."""

Complex: Final[Code] = Code("DCM", "111363", "Complex", (6154,))
"""Complex (DCM 111363)."""

Hypoechoic: Final[Code] = Code("DCM", "111364", "Hypoechoic", (6154,))
"""Hypoechoic (DCM 111364)."""

Isoechoic: Final[Code] = Code("DCM", "111365", "Isoechoic", (6154,))
"""Isoechoic (DCM 111365)."""

MEMBERS: Final[tuple[Code, ...]] = (Anechoic, Hyperechoic, Complex, Hypoechoic, Isoechoic)
"""The resolved membership: own members, then those of the included groups, in order."""
