"""CID 3833 Cardiac Ejection Fraction.

Extensible, version 20051103, UID 1.2.840.10008.6.1.284.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3833
NAME: _Final[str] = "Cardiac Ejection Fraction"
KEYWORD: _Final[str | None] = "CardiacEjectionFraction"
UID: _Final[str | None] = "1.2.840.10008.6.1.284"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricularEjectionFractionByCT: _Final[_Code] = _Code(
    "LN", "8810-4", "Left ventricular ejection fraction by CT", (3833,)
)
"""Left ventricular ejection fraction by CT (LN 8810-4)."""

RightVentricularEjectionFractionByCT: _Final[_Code] = _Code(
    "LN", "8817-9", "Right ventricular ejection fraction by CT", (3833,)
)
"""Right ventricular ejection fraction by CT (LN 8817-9)."""

LeftVentricularEjectionFractionByMR: _Final[_Code] = _Code(
    "LN", "8811-2", "Left ventricular ejection fraction by MR", (3833,)
)
"""Left ventricular ejection fraction by MR (LN 8811-2)."""

RightVentricularEjectionFractionByMR: _Final[_Code] = _Code(
    "LN", "8818-7", "Right ventricular ejection fraction by MR", (3833,)
)
"""Right ventricular ejection fraction by MR (LN 8818-7)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricularEjectionFractionByCT,
    RightVentricularEjectionFractionByCT,
    LeftVentricularEjectionFractionByMR,
    RightVentricularEjectionFractionByMR,
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
