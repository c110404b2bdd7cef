"""CID 7320 Planning Method.

Extensible, version 20101102, UID 1.2.840.10008.6.1.924.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7320
NAME: _Final[str] = "Planning Method"
KEYWORD: _Final[str | None] = "PlanningMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.924"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20101102"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Generic2DPlanning: _Final[_Code] = _Code("DCM", "112340", "Generic 2D Planning", (7320,))
"""Generic 2D Planning (DCM 112340)."""

Generic3DPlanning: _Final[_Code] = _Code("DCM", "112341", "Generic 3D Planning", (7320,))
"""Generic 3D Planning (DCM 112341)."""

GenericPlanningForHipReplacement: _Final[_Code] = _Code(
    "DCM", "112342", "Generic Planning for Hip Replacement", (7320,)
)
"""Generic Planning for Hip Replacement (DCM 112342)."""

GenericPlanningForKneeReplacement: _Final[_Code] = _Code(
    "DCM", "112343", "Generic Planning for Knee Replacement", (7320,)
)
"""Generic Planning for Knee Replacement (DCM 112343)."""

MüllerMethodPlanningForHipReplacement: _Final[_Code] = _Code(
    "DCM", "112344", "Müller Method Planning for Hip Replacement", (7320,)
)
"""Müller Method Planning for Hip Replacement (DCM 112344)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Generic2DPlanning,
    Generic3DPlanning,
    GenericPlanningForHipReplacement,
    GenericPlanningForKneeReplacement,
    MüllerMethodPlanningForHipReplacement,
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
