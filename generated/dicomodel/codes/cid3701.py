"""CID 3701 Cardiac Valve/Tract.

Extensible, version 20030327, UID 1.2.840.10008.6.1.204.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3701
NAME: Final[str] = "Cardiac Valve/Tract"
KEYWORD: Final[str | None] = "CardiacValveTract"
UID: Final[str | None] = "1.2.840.10008.6.1.204"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MitralValve: Final[Code] = Code(
    "SCT", "91134007", "Mitral Valve", (3610, 3701, 6149, 12223, 12285, 12305)
)
"""Mitral Valve (SCT 91134007)."""

AorticValve: Final[Code] = Code(
    "SCT", "34202007", "Aortic Valve", (3610, 3701, 12288, 12289, 12305)
)
"""Aortic Valve (SCT 34202007)."""

TricuspidValve: Final[Code] = Code(
    "SCT", "46030003", "Tricuspid valve", (3610, 3701, 6149, 12285, 12305)
)
"""Tricuspid valve (SCT 46030003)."""

PulmonaryValve: Final[Code] = Code(
    "SCT", "39057004", "Pulmonary valve", (3610, 3701, 6149, 12288, 12289, 12305)
)
"""Pulmonary valve (SCT 39057004)."""

LeftVentricleOutflowTract: Final[Code] = Code(
    "SCT",
    "13418002",
    "Left ventricle outflow tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left ventricle outflow tract (SCT 13418002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MitralValve,
    AorticValve,
    TricuspidValve,
    PulmonaryValve,
    LeftVentricleOutflowTract,
)
"""The resolved membership: own members, then those of the included groups, in order."""
