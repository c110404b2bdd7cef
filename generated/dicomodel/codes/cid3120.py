"""CID 3120 Perfusion Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.752.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3120
NAME: Final[str] = "Perfusion Finding"
KEYWORD: Final[str | None] = "PerfusionFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.752"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MyocardialPerfusionNormal: Final[Code] = Code(
    "SCT", "301121007", "Myocardial perfusion normal", (3120,)
)
"""Myocardial perfusion normal (SCT 301121007)."""

Equivocal: Final[Code] = Code("SCT", "42425007", "Equivocal", (3120,))
"""Equivocal (SCT 42425007)."""

Abnormal: Final[Code] = Code("SCT", "263654008", "Abnormal", (222, 242, 3120))
"""Abnormal (SCT 263654008)."""

MEMBERS: Final[tuple[Code, ...]] = (MyocardialPerfusionNormal, Equivocal, Abnormal)
"""The resolved membership: own members, then those of the included groups, in order."""
