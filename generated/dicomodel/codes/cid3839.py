"""CID 3839 Coronary Vein.

Extensible, version 20110818, UID 1.2.840.10008.6.1.289.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3839
NAME: _Final[str] = "Coronary Vein"
KEYWORD: _Final[str | None] = "CoronaryVein"
UID: _Final[str | None] = "1.2.840.10008.6.1.289"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110818"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AzygosVein: _Final[_Code] = _Code("SCT", "72107004", "Azygos Vein", (3010, 3607, 3839, 6117))
"""Azygos Vein (SCT 72107004)."""

CoronarySinus: _Final[_Code] = _Code("SCT", "90219004", "Coronary Sinus", (3010, 3011, 3608, 3839))
"""Coronary Sinus (SCT 90219004)."""

GreatCardiacVein: _Final[_Code] = _Code("SCT", "5928000", "Great Cardiac Vein", (3010, 3011, 3839))
"""Great Cardiac Vein (SCT 5928000)."""

SmallCardiacVein: _Final[_Code] = _Code("SCT", "49082002", "Small Cardiac Vein", (3839,))
"""Small Cardiac Vein (SCT 49082002)."""

AnteriorCardiacVein: _Final[_Code] = _Code(
    "SCT", "194996006", "Anterior Cardiac Vein", (3010, 3839)
)
"""Anterior Cardiac Vein (SCT 194996006)."""

AtrialVein: _Final[_Code] = _Code("SCT", "195164009", "Atrial Vein", (3839,))
"""Atrial Vein (SCT 195164009)."""

AtrioventricularVein: _Final[_Code] = _Code("SCT", "195496005", "Atrioventricular Vein", (3839,))
"""Atrioventricular Vein (SCT 195496005)."""

MiddleCardiacVein: _Final[_Code] = _Code("SCT", "73580002", "Middle Cardiac Vein", (3011, 3839))
"""Middle Cardiac Vein (SCT 73580002)."""

VentricularVein: _Final[_Code] = _Code("SCT", "195328002", "Ventricular Vein", (3839,))
"""Ventricular Vein (SCT 195328002)."""

SmallestCardiacVein: _Final[_Code] = _Code("SCT", "195073003", "Smallest Cardiac Vein", (3839,))
"""Smallest Cardiac Vein (SCT 195073003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AzygosVein,
    CoronarySinus,
    GreatCardiacVein,
    SmallCardiacVein,
    AnteriorCardiacVein,
    AtrialVein,
    AtrioventricularVein,
    MiddleCardiacVein,
    VentricularVein,
    SmallestCardiacVein,
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
