"""CID 3020 Assessment from CAD-RADS™.

Non-extensible, version 20211114, UID 1.2.840.10008.6.1.1429.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3020
NAME: Final[str] = "Assessment from CAD-RADS™"
KEYWORD: Final[str | None] = "AssessmentFromCADRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.1429"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20211114"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

_0DocumentedAbsenceOfCAD: Final[Code] = Code(
    "DCM", "130723", "0 - Documented absence of CAD", (3020,)
)
"""0 - Documented absence of CAD (DCM 130723)."""

_1MinimalNonObstructiveCAD: Final[Code] = Code(
    "DCM", "130724", "1 - Minimal non-obstructive CAD", (3020,)
)
"""1 - Minimal non-obstructive CAD (DCM 130724)."""

_2MildNonObstructiveCAD: Final[Code] = Code(
    "DCM", "130725", "2 - Mild non-obstructive CAD", (3020,)
)
"""2 - Mild non-obstructive CAD (DCM 130725)."""

_3ModerateStenosis: Final[Code] = Code("DCM", "130726", "3 - Moderate stenosis", (3020,))
"""3 - Moderate stenosis (DCM 130726)."""

_4SevereStenosis: Final[Code] = Code("DCM", "130727", "4 - Severe stenosis", (3020,))
"""4 - Severe stenosis (DCM 130727)."""

_5TotalCoronaryOcclusion: Final[Code] = Code(
    "DCM", "130730", "5 - Total coronary occlusion", (3020,)
)
"""5 - Total coronary occlusion (DCM 130730)."""

NNonDiagnosticStudy: Final[Code] = Code("DCM", "130731", "N - Non-diagnostic study", (3020,))
"""N - Non-diagnostic study (DCM 130731)."""

MEMBERS: Final[tuple[Code, ...]] = (
    _0DocumentedAbsenceOfCAD,
    _1MinimalNonObstructiveCAD,
    _2MildNonObstructiveCAD,
    _3ModerateStenosis,
    _4SevereStenosis,
    _5TotalCoronaryOcclusion,
    NNonDiagnosticStudy,
)
"""The resolved membership: own members, then those of the included groups, in order."""
