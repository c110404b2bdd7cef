"""CID 3022 CAD-RADS™ Assessment Modifier.

Non-extensible, version 20211114, UID 1.2.840.10008.6.1.1431.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3022
NAME: Final[str] = "CAD-RADS™ Assessment Modifier"
KEYWORD: Final[str | None] = "CADRADSAssessmentModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.1431"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20211114"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NNonDiagnosticSegments: Final[Code] = Code("DCM", "130732", "N - Non-diagnostic segments", (3022,))
"""N - Non-diagnostic segments (DCM 130732)."""

SStent: Final[Code] = Code("DCM", "130733", "S - Stent", (3022,))
"""S - Stent (DCM 130733)."""

GGraft: Final[Code] = Code("DCM", "130734", "G - Graft", (3022,))
"""G - Graft (DCM 130734)."""

VVulnerablePlaque: Final[Code] = Code("DCM", "130735", "V - Vulnerable plaque", (3022,))
"""V - Vulnerable plaque (DCM 130735)."""

MEMBERS: Final[tuple[Code, ...]] = (NNonDiagnosticSegments, SStent, GGraft, VVulnerablePlaque)
"""The resolved membership: own members, then those of the included groups, in order."""
