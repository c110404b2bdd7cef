"""CID 3480 IVUS Procedure Phase.

Extensible, version 20040614, UID 1.2.840.10008.6.1.115.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3480
NAME: Final[str] = "IVUS Procedure Phase"
KEYWORD: Final[str | None] = "IVUSProcedurePhase"
UID: Final[str | None] = "1.2.840.10008.6.1.115"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CardiacCatheterizationPostInterventionPhase: Final[Code] = Code(
    "SCT", "128960007", "Cardiac catheterization post-intervention phase", (3250, 3480, 3651)
)
"""Cardiac catheterization post-intervention phase (SCT 128960007)."""

CardiacCatheterizationPreInterventionPhase: Final[Code] = Code(
    "SCT", "128958005", "Cardiac catheterization pre-intervention phase", (3250, 3480)
)
"""Cardiac catheterization pre-intervention phase (SCT 128958005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CardiacCatheterizationPostInterventionPhase,
    CardiacCatheterizationPreInterventionPhase,
)
"""The resolved membership: own members, then those of the included groups, in order."""
