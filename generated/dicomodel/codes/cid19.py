"""CID 19 Patient Orientation.

Extensible, version 20160314, UID 1.2.840.10008.6.1.13.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 19
NAME: Final[str] = "Patient Orientation"
KEYWORD: Final[str | None] = "PatientOrientation"
UID: Final[str | None] = "1.2.840.10008.6.1.13"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Erect: Final[Code] = Code("NCIt", "C86043", "erect", (19,))
"""erect (NCIt C86043)."""

Recumbent: Final[Code] = Code("SCT", "102538003", "recumbent", (19,))
"""recumbent (SCT 102538003)."""

SemiErect: Final[Code] = Code("SCT", "102539006", "semi-erect", (19,))
"""semi-erect (SCT 102539006)."""

MEMBERS: Final[tuple[Code, ...]] = (Erect, Recumbent, SemiErect)
"""The resolved membership: own members, then those of the included groups, in order."""
