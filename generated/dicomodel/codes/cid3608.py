"""CID 3608 Atrial Source Location.

Extensible, version 20240611, UID 1.2.840.10008.6.1.158.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3608
NAME: Final[str] = "Atrial Source Location"
KEYWORD: Final[str | None] = "AtrialSourceLocation"
UID: Final[str | None] = "1.2.840.10008.6.1.158"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Baffle: Final[Code] = Code("SCT", "128981007", "Baffle", (3010, 3606, 3608))
"""Baffle (SCT 128981007)."""

CommonAtrium: Final[Code] = Code("SCT", "253276007", "Common atrium", (3010, 3608, 12284))
"""Common atrium (SCT 253276007)."""

CoronarySinus: Final[Code] = Code("SCT", "90219004", "Coronary sinus", (3010, 3011, 3608, 3839))
"""Coronary sinus (SCT 90219004)."""

JuxtaposedAppendage: Final[Code] = Code("SCT", "128563000", "Juxtaposed appendage", (3010, 3608))
"""Juxtaposed appendage (SCT 128563000)."""

LeftAtrium: Final[Code] = Code(
    "SCT", "82471001", "Left atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Left atrium (SCT 82471001)."""

PulmonaryArteryWedge: Final[Code] = Code("SCT", "128449009", "Pulmonary artery wedge", (3003, 3608))
"""Pulmonary artery wedge (SCT 128449009)."""

PulmonaryCapillaryWedge: Final[Code] = Code(
    "SCT", "128448001", "Pulmonary capillary wedge", (3003, 3241, 3608)
)
"""Pulmonary capillary wedge (SCT 128448001)."""

PulmonaryVenousAtrium: Final[Code] = Code(
    "SCT", "128567004", "Pulmonary venous atrium", (3010, 3608)
)
"""Pulmonary venous atrium (SCT 128567004)."""

PulmonaryChamberInCorTriatriatum: Final[Code] = Code(
    "SCT", "128586007", "Pulmonary chamber in cor triatriatum", (3010, 3608)
)
"""Pulmonary chamber in cor triatriatum (SCT 128586007)."""

RightAtrium: Final[Code] = Code(
    "SCT", "73829009", "Right Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Right Atrium (SCT 73829009)."""

SystemicVenousAtrium: Final[Code] = Code("SCT", "128568009", "Systemic venous atrium", (3010, 3608))
"""Systemic venous atrium (SCT 128568009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Baffle,
    CommonAtrium,
    CoronarySinus,
    JuxtaposedAppendage,
    LeftAtrium,
    PulmonaryArteryWedge,
    PulmonaryCapillaryWedge,
    PulmonaryVenousAtrium,
    PulmonaryChamberInCorTriatriatum,
    RightAtrium,
    SystemicVenousAtrium,
)
"""The resolved membership: own members, then those of the included groups, in order."""
