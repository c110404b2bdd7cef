"""CID 3467 Ejection Fraction.

Extensible, version 20040614, UID 1.2.840.10008.6.1.109.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3467
NAME: _Final[str] = "Ejection Fraction"
KEYWORD: _Final[str | None] = "EjectionFraction"
UID: _Final[str | None] = "1.2.840.10008.6.1.109"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricularEjectionFractionByAngiography: _Final[_Code] = _Code(
    "LN", "8808-8", "Left Ventricular Ejection Fraction by Angiography", (3467,)
)
"""Left Ventricular Ejection Fraction by Angiography (LN 8808-8)."""

RightVentricularEjectionFractionByAngiography: _Final[_Code] = _Code(
    "LN", "8815-3", "Right Ventricular Ejection Fraction by Angiography", (3467,)
)
"""Right Ventricular Ejection Fraction by Angiography (LN 8815-3)."""

LeftAtrialEjectionFractionByAngiography: _Final[_Code] = _Code(
    "DCM", "122406", "Left Atrial Ejection Fraction by Angiography", (3467,)
)
"""Left Atrial Ejection Fraction by Angiography (DCM 122406)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricularEjectionFractionByAngiography,
    RightVentricularEjectionFractionByAngiography,
    LeftAtrialEjectionFractionByAngiography,
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
