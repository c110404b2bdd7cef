"""CID 12244 Congenital Finding Site.

Extensible, version 20040614, UID 1.2.840.10008.6.1.635.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12244
NAME: _Final[str] = "Congenital Finding Site"
KEYWORD: _Final[str | None] = "CongenitalFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.635"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

VentricularSeptalDefect: _Final[_Code] = _Code(
    "SCT", "30288003", "Ventricular Septal Defect", (3610, 3700, 3728, 12244, 12248, 12286)
)
"""Ventricular Septal Defect (SCT 30288003)."""

AtrialSeptalDefect: _Final[_Code] = _Code(
    "SCT", "70142008", "Atrial Septal Defect", (3610, 3700, 3728, 6148, 12244, 12248, 12284)
)
"""Atrial Septal Defect (SCT 70142008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (VentricularSeptalDefect, AtrialSeptalDefect)
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
