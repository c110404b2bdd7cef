"""CID 12286 Cardiac Ultrasound Interventricular Septum Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.866.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12286
NAME: _Final[str] = "Cardiac Ultrasound Interventricular Septum Finding Site"
KEYWORD: _Final[str | None] = "CardiacUltrasoundInterventricularSeptumFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.866"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

InterventricularSeptum: _Final[_Code] = _Code(
    "SCT", "589001", "Interventricular Septum", (6116, 12286, 12305)
)
"""Interventricular Septum (SCT 589001)."""

VentricularSeptalDefect: _Final[_Code] = _Code(
    "SCT", "30288003", "Ventricular Septal Defect", (3610, 3700, 3728, 12244, 12248, 12286)
)
"""Ventricular Septal Defect (SCT 30288003)."""

BulboventricularForamen: _Final[_Code] = _Code(
    "SCT", "443329006", "Bulboventricular Foramen", (12286,)
)
"""Bulboventricular Foramen (SCT 443329006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    InterventricularSeptum,
    VentricularSeptalDefect,
    BulboventricularForamen,
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
