"""CID 3805 Stenosis Type.

Extensible, version 20051103, UID 1.2.840.10008.6.1.266.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3805
NAME: Final[str] = "Stenosis Type"
KEYWORD: Final[str | None] = "StenosisType"
UID: Final[str | None] = "1.2.840.10008.6.1.266"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ArterioscleroticVascularDisease: Final[Code] = Code(
    "SCT", "72092001", "arteriosclerotic vascular disease", (3805,)
)
"""arteriosclerotic vascular disease (SCT 72092001)."""

Compression: Final[Code] = Code("SCT", "71173004", "compression", (3805,))
"""compression (SCT 71173004)."""

Fibrous: Final[Code] = Code("SCT", "255423002", "fibrous", (3802, 3805))
"""fibrous (SCT 255423002)."""

RaynaudDisease: Final[Code] = Code("SCT", "195295006", "Raynaud's disease", (3805,))
"""Raynaud's disease (SCT 195295006)."""

Entrapment: Final[Code] = Code("SCT", "363563002", "entrapment", (3805,))
"""entrapment (SCT 363563002)."""

Vasculitis: Final[Code] = Code("SCT", "31996006", "vasculitis", (3805, 3815))
"""vasculitis (SCT 31996006)."""

Thrombosis: Final[Code] = Code("SCT", "264579008", "thrombosis", (3805,))
"""thrombosis (SCT 264579008)."""

Embolism: Final[Code] = Code("SCT", "55584005", "embolism", (3805, 3810, 3815, 7159))
"""embolism (SCT 55584005)."""

CysticAdventitialDisease: Final[Code] = Code(
    "SCT", "234021009", "cystic adventitial disease", (3805,)
)
"""cystic adventitial disease (SCT 234021009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ArterioscleroticVascularDisease,
    Compression,
    Fibrous,
    RaynaudDisease,
    Entrapment,
    Vasculitis,
    Thrombosis,
    Embolism,
    CysticAdventitialDisease,
)
"""The resolved membership: own members, then those of the included groups, in order."""
