"""CID 12289 Cardiac Ultrasound Semilunar Valve, Annulus and Sinus Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.869.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12289
NAME: Final[str] = "Cardiac Ultrasound Semilunar Valve, Annulus and Sinus Finding Site"
KEYWORD: Final[str | None] = "CardiacUltrasoundSemilunarValveAnnulusAndSinusFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.869"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AorticValve: Final[Code] = Code(
    "SCT", "34202007", "Aortic Valve", (3610, 3701, 12288, 12289, 12305)
)
"""Aortic Valve (SCT 34202007)."""

RootOfAorta: Final[Code] = Code("SCT", "8128003", "Root of Aorta", (12289, 12291, 12305))
"""Root of Aorta (SCT 8128003)."""

PulmonicValve: Final[Code] = Code(
    "SCT", "39057004", "Pulmonic Valve", (3610, 3701, 6149, 12288, 12289, 12305)
)
"""Pulmonic Valve (SCT 39057004)."""

TruncalValveStructure: Final[Code] = Code("SCT", "279317000", "Truncal Valve Structure", (12289,))
"""Truncal Valve Structure (SCT 279317000)."""

NeoaorticValve: Final[Code] = Code("SCT", "443283007", "Neoaortic Valve", (12289,))
"""Neoaortic Valve (SCT 443283007)."""

NeoaorticRoot: Final[Code] = Code("SCT", "443726001", "Neoaortic Root", (12289,))
"""Neoaortic Root (SCT 443726001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AorticValve,
    RootOfAorta,
    PulmonicValve,
    TruncalValveStructure,
    NeoaorticValve,
    NeoaorticRoot,
)
"""The resolved membership: own members, then those of the included groups, in order."""
