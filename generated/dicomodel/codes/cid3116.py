"""CID 3116 NM Extracardiac Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.748.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3116
NAME: Final[str] = "NM Extracardiac Finding"
KEYWORD: Final[str | None] = "NMExtracardiacFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.748"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalExtracardiacUptake: Final[Code] = Code(
    "SCT", "428552000", "Normal extracardiac uptake", (3116,)
)
"""Normal extracardiac uptake (SCT 428552000)."""

IncreasedLungUptake: Final[Code] = Code("SCT", "428920008", "Increased lung uptake", (3116,))
"""Increased lung uptake (SCT 428920008)."""

AbnormalExtracardiacUptake: Final[Code] = Code(
    "SCT", "429576000", "Abnormal extracardiac uptake", (3116,)
)
"""Abnormal extracardiac uptake (SCT 429576000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NormalExtracardiacUptake,
    IncreasedLungUptake,
    AbnormalExtracardiacUptake,
)
"""The resolved membership: own members, then those of the included groups, in order."""
