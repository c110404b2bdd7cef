"""CID 3022 CAD-RADS™ Assessment Modifier.

Non-extensible, version 20211114, UID 1.2.840.10008.6.1.1431.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3022
NAME: _Final[str] = "CAD-RADS™ Assessment Modifier"
KEYWORD: _Final[str | None] = "CADRADSAssessmentModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.1431"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20211114"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NNonDiagnosticSegments: _Final[_Code] = _Code(
    "DCM", "130732", "N - Non-diagnostic segments", (3022,)
)
"""N - Non-diagnostic segments (DCM 130732)."""

SStent: _Final[_Code] = _Code("DCM", "130733", "S - Stent", (3022,))
"""S - Stent (DCM 130733)."""

GGraft: _Final[_Code] = _Code("DCM", "130734", "G - Graft", (3022,))
"""G - Graft (DCM 130734)."""

VVulnerablePlaque: _Final[_Code] = _Code("DCM", "130735", "V - Vulnerable plaque", (3022,))
"""V - Vulnerable plaque (DCM 130735)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NNonDiagnosticSegments, SStent, GGraft, VVulnerablePlaque)
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
