"""CID 7320 Planning Method.

Extensible, version 20101102, UID 1.2.840.10008.6.1.924.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7320
NAME: Final[str] = "Planning Method"
KEYWORD: Final[str | None] = "PlanningMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.924"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20101102"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Generic2DPlanning: Final[Code] = Code("DCM", "112340", "Generic 2D Planning", (7320,))
"""Generic 2D Planning (DCM 112340)."""

Generic3DPlanning: Final[Code] = Code("DCM", "112341", "Generic 3D Planning", (7320,))
"""Generic 3D Planning (DCM 112341)."""

GenericPlanningForHipReplacement: Final[Code] = Code(
    "DCM", "112342", "Generic Planning for Hip Replacement", (7320,)
)
"""Generic Planning for Hip Replacement (DCM 112342)."""

GenericPlanningForKneeReplacement: Final[Code] = Code(
    "DCM", "112343", "Generic Planning for Knee Replacement", (7320,)
)
"""Generic Planning for Knee Replacement (DCM 112343)."""

MüllerMethodPlanningForHipReplacement: Final[Code] = Code(
    "DCM", "112344", "Müller Method Planning for Hip Replacement", (7320,)
)
"""Müller Method Planning for Hip Replacement (DCM 112344)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Generic2DPlanning,
    Generic3DPlanning,
    GenericPlanningForHipReplacement,
    GenericPlanningForKneeReplacement,
    MüllerMethodPlanningForHipReplacement,
)
"""The resolved membership: own members, then those of the included groups, in order."""
