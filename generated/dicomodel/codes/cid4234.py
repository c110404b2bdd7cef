"""CID 4234 Refractive Surgery Type.

Extensible, version 20181111, UID 1.2.840.10008.6.1.880.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4234
NAME: Final[str] = "Refractive Surgery Type"
KEYWORD: Final[str | None] = "RefractiveSurgeryType"
UID: Final[str | None] = "1.2.840.10008.6.1.880"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181111"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RK: Final[Code] = Code("SCT", "51683002", "RK", (4234,))
"""RK (SCT 51683002)."""

PRK: Final[Code] = Code("SCT", "397516006", "PRK", (4234,))
"""PRK (SCT 397516006)."""

LASIK: Final[Code] = Code("SCT", "312965008", "LASIK", (4234,))
"""LASIK (SCT 312965008)."""

LASEK: Final[Code] = Code("SCT", "414582004", "LASEK", (4234,))
"""LASEK (SCT 414582004)."""

SMILE: Final[Code] = Code("DCM", "111681", "SMILE", (4234,))
"""SMILE (DCM 111681)."""

MEMBERS: Final[tuple[Code, ...]] = (RK, PRK, LASIK, LASEK, SMILE)
"""The resolved membership: own members, then those of the included groups, in order."""
