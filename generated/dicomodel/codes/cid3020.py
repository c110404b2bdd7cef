"""CID 3020 Assessment from CAD-RADS™.

Non-extensible, version 20211114, UID 1.2.840.10008.6.1.1429.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3020
NAME: _Final[str] = "Assessment from CAD-RADS™"
KEYWORD: _Final[str | None] = "AssessmentFromCADRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.1429"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20211114"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V0DocumentedAbsenceOfCAD: _Final[_Code] = _Code(
    "DCM", "130723", "0 - Documented absence of CAD", (3020,)
)
"""0 - Documented absence of CAD (DCM 130723)."""

V1MinimalNonObstructiveCAD: _Final[_Code] = _Code(
    "DCM", "130724", "1 - Minimal non-obstructive CAD", (3020,)
)
"""1 - Minimal non-obstructive CAD (DCM 130724)."""

V2MildNonObstructiveCAD: _Final[_Code] = _Code(
    "DCM", "130725", "2 - Mild non-obstructive CAD", (3020,)
)
"""2 - Mild non-obstructive CAD (DCM 130725)."""

V3ModerateStenosis: _Final[_Code] = _Code("DCM", "130726", "3 - Moderate stenosis", (3020,))
"""3 - Moderate stenosis (DCM 130726)."""

V4SevereStenosis: _Final[_Code] = _Code("DCM", "130727", "4 - Severe stenosis", (3020,))
"""4 - Severe stenosis (DCM 130727)."""

V5TotalCoronaryOcclusion: _Final[_Code] = _Code(
    "DCM", "130730", "5 - Total coronary occlusion", (3020,)
)
"""5 - Total coronary occlusion (DCM 130730)."""

NNonDiagnosticStudy: _Final[_Code] = _Code("DCM", "130731", "N - Non-diagnostic study", (3020,))
"""N - Non-diagnostic study (DCM 130731)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_0DocumentedAbsenceOfCAD: _Final[_Code] = V0DocumentedAbsenceOfCAD
_1MinimalNonObstructiveCAD: _Final[_Code] = V1MinimalNonObstructiveCAD
_2MildNonObstructiveCAD: _Final[_Code] = V2MildNonObstructiveCAD
_3ModerateStenosis: _Final[_Code] = V3ModerateStenosis
_4SevereStenosis: _Final[_Code] = V4SevereStenosis
_5TotalCoronaryOcclusion: _Final[_Code] = V5TotalCoronaryOcclusion

MEMBERS: _Final[tuple[_Code, ...]] = (
    V0DocumentedAbsenceOfCAD,
    V1MinimalNonObstructiveCAD,
    V2MildNonObstructiveCAD,
    V3ModerateStenosis,
    V4SevereStenosis,
    V5TotalCoronaryOcclusion,
    NNonDiagnosticStudy,
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
