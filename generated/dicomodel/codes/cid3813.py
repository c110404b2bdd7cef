"""CID 3813 Stent Finding.

Extensible, version 20160314, UID 1.2.840.10008.6.1.272.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3813
NAME: Final[str] = "Stent Finding"
KEYWORD: Final[str | None] = "StentFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.272"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Hypoplasia: Final[Code] = Code("SCT", "55199003", "hypoplasia", (3813,))
"""hypoplasia (SCT 55199003)."""

Stenosis: Final[Code] = Code("SCT", "415582006", "stenosis", (3810, 3813))
"""stenosis (SCT 415582006)."""

Endoleak: Final[Code] = Code("DCM", "122680", "endoleak", (3813,))
"""endoleak (DCM 122680)."""

MigrationOfImplantOrInternalDevice: Final[Code] = Code(
    "SCT", "370512004", "migration of implant or internal device", (3813,)
)
"""migration of implant or internal device (SCT 370512004)."""

StentDisintegration: Final[Code] = Code("DCM", "122684", "stent disintegration", (3813,))
"""stent disintegration (DCM 122684)."""

StentFracture: Final[Code] = Code("DCM", "122683", "stent fracture", (3813,))
"""stent fracture (DCM 122683)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Hypoplasia,
    Stenosis,
    Endoleak,
    MigrationOfImplantOrInternalDevice,
    StentDisintegration,
    StentFracture,
)
"""The resolved membership: own members, then those of the included groups, in order."""
