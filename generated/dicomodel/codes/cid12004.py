"""CID 12004 Fetal Biometry Ratio.

Extensible, version 20030130, UID 1.2.840.10008.6.1.553.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12004
NAME: Final[str] = "Fetal Biometry Ratio"
KEYWORD: Final[str | None] = "FetalBiometryRatio"
UID: Final[str | None] = "1.2.840.10008.6.1.553"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030130"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HCAC: Final[Code] = Code("LN", "11947-9", "HC/AC", (12004,))
"""HC/AC (LN 11947-9)."""

FLAC: Final[Code] = Code("LN", "11871-1", "FL/AC", (12004,))
"""FL/AC (LN 11871-1)."""

FLBPD: Final[Code] = Code("LN", "11872-9", "FL/BPD", (12004,))
"""FL/BPD (LN 11872-9)."""

CephalicIndex: Final[Code] = Code("LN", "11823-2", "Cephalic Index", (12004,))
"""Cephalic Index (LN 11823-2)."""

FLHC: Final[Code] = Code("LN", "11873-7", "FL/HC", (12004,))
"""FL/HC (LN 11873-7)."""

MEMBERS: Final[tuple[Code, ...]] = (HCAC, FLAC, FLBPD, CephalicIndex, FLHC)
"""The resolved membership: own members, then those of the included groups, in order."""
