"""CID 12025 OB-GYN Ultrasound Beam Path.

Extensible, version 20200704, UID 1.2.840.10008.6.1.1320.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12025
NAME: Final[str] = "OB-GYN Ultrasound Beam Path"
KEYWORD: Final[str | None] = "OBGYNUltrasoundBeamPath"
UID: Final[str | None] = "1.2.840.10008.6.1.1320"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200704"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TransAbdominal: Final[Code] = Code("SCT", "66739002", "Trans-abdominal", (7, 12025))
"""Trans-abdominal (SCT 66739002)."""

TransVaginal: Final[Code] = Code("SCT", "54300008", "Trans-vaginal", (7, 12025))
"""Trans-vaginal (SCT 54300008)."""

MEMBERS: Final[tuple[Code, ...]] = (TransAbdominal, TransVaginal)
"""The resolved membership: own members, then those of the included groups, in order."""
