"""CID 4254 Visual Field Static Perimetry Test Analysis Result.

Extensible, version 20100827, UID 1.2.840.10008.6.1.913.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4254
NAME: _Final[str] = "Visual Field Static Perimetry Test Analysis Result"
KEYWORD: _Final[str | None] = "VisualFieldStaticPerimetryTestAnalysisResult"
UID: _Final[str | None] = "1.2.840.10008.6.1.913"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OutsideNormalLimits: _Final[_Code] = _Code("DCM", "111847", "Outside normal limits", (4254,))
"""Outside normal limits (DCM 111847)."""

Borderline: _Final[_Code] = _Code("DCM", "111848", "Borderline", (4254,))
"""Borderline (DCM 111848)."""

AbnormallyHighSensitivity: _Final[_Code] = _Code(
    "DCM", "111849", "Abnormally high sensitivity", (4254,)
)
"""Abnormally high sensitivity (DCM 111849)."""

GeneralReductionInSensitivity: _Final[_Code] = _Code(
    "DCM", "111850", "General reduction in sensitivity", (4254,)
)
"""General reduction in sensitivity (DCM 111850)."""

BorderlineAndGeneralReductionInSensitivity: _Final[_Code] = _Code(
    "DCM", "111851", "Borderline and general reduction in sensitivity", (4254,)
)
"""Borderline and general reduction in sensitivity (DCM 111851)."""

WithinNormalLimits: _Final[_Code] = _Code("SCT", "125112009", "Within normal limits", (4254,))
"""Within normal limits (SCT 125112009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    OutsideNormalLimits,
    Borderline,
    AbnormallyHighSensitivity,
    GeneralReductionInSensitivity,
    BorderlineAndGeneralReductionInSensitivity,
    WithinNormalLimits,
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
