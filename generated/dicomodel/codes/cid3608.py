"""CID 3608 Atrial Source Location.

Extensible, version 20240611, UID 1.2.840.10008.6.1.158.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3608
NAME: _Final[str] = "Atrial Source Location"
KEYWORD: _Final[str | None] = "AtrialSourceLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.158"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Baffle: _Final[_Code] = _Code("SCT", "128981007", "Baffle", (3010, 3606, 3608))
"""Baffle (SCT 128981007)."""

CommonAtrium: _Final[_Code] = _Code("SCT", "253276007", "Common atrium", (3010, 3608, 12284))
"""Common atrium (SCT 253276007)."""

CoronarySinus: _Final[_Code] = _Code("SCT", "90219004", "Coronary sinus", (3010, 3011, 3608, 3839))
"""Coronary sinus (SCT 90219004)."""

JuxtaposedAppendage: _Final[_Code] = _Code("SCT", "128563000", "Juxtaposed appendage", (3010, 3608))
"""Juxtaposed appendage (SCT 128563000)."""

LeftAtrium: _Final[_Code] = _Code(
    "SCT", "82471001", "Left atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Left atrium (SCT 82471001)."""

PulmonaryArteryWedge: _Final[_Code] = _Code(
    "SCT", "128449009", "Pulmonary artery wedge", (3003, 3608)
)
"""Pulmonary artery wedge (SCT 128449009)."""

PulmonaryCapillaryWedge: _Final[_Code] = _Code(
    "SCT", "128448001", "Pulmonary capillary wedge", (3003, 3241, 3608)
)
"""Pulmonary capillary wedge (SCT 128448001)."""

PulmonaryVenousAtrium: _Final[_Code] = _Code(
    "SCT", "128567004", "Pulmonary venous atrium", (3010, 3608)
)
"""Pulmonary venous atrium (SCT 128567004)."""

PulmonaryChamberInCorTriatriatum: _Final[_Code] = _Code(
    "SCT", "128586007", "Pulmonary chamber in cor triatriatum", (3010, 3608)
)
"""Pulmonary chamber in cor triatriatum (SCT 128586007)."""

RightAtrium: _Final[_Code] = _Code(
    "SCT", "73829009", "Right Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Right Atrium (SCT 73829009)."""

SystemicVenousAtrium: _Final[_Code] = _Code(
    "SCT", "128568009", "Systemic venous atrium", (3010, 3608)
)
"""Systemic venous atrium (SCT 128568009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
