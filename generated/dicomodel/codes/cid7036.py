"""CID 7036 Image Quality Assessment.

Extensible, version 20150324, UID 1.2.840.10008.6.1.1027.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7036
NAME: _Final[str] = "Image Quality Assessment"
KEYWORD: _Final[str | None] = "ImageQualityAssessment"
UID: _Final[str | None] = "1.2.840.10008.6.1.1027"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150324"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DiagnosticQuality: _Final[_Code] = _Code("RADLEX", "RID12", "Diagnostic quality", (7036,))
"""Diagnostic quality (RADLEX RID12)."""

LimitedQuality: _Final[_Code] = _Code("RADLEX", "RID13", "Limited quality", (7036,))
"""Limited quality (RADLEX RID13)."""

NonDiagnosticQuality: _Final[_Code] = _Code("RADLEX", "RID14", "Non-diagnostic quality", (7036,))
"""Non-diagnostic quality (RADLEX RID14)."""

MEMBERS: _Final[tuple[_Code, ...]] = (DiagnosticQuality, LimitedQuality, NonDiagnosticQuality)
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
