"""CID 12310 Myocardial Strain Method.

Extensible, version 20211112, UID 1.2.840.10008.6.1.1427.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12310
NAME: Final[str] = "Myocardial Strain Method"
KEYWORD: Final[str | None] = "MyocardialStrainMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.1427"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20211112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EndocardialMethod: Final[Code] = Code("DCM", "130683", "Endocardial Method", (12310,))
"""Endocardial Method (DCM 130683)."""

EpicardialMethod: Final[Code] = Code("DCM", "130684", "Epicardial Method", (12310,))
"""Epicardial Method (DCM 130684)."""

MyocardialMidlayerMethod: Final[Code] = Code(
    "DCM", "130685", "Myocardial Midlayer Method", (12310,)
)
"""Myocardial Midlayer Method (DCM 130685)."""

MEMBERS: Final[tuple[Code, ...]] = (EndocardialMethod, EpicardialMethod, MyocardialMidlayerMethod)
"""The resolved membership: own members, then those of the included groups, in order."""
