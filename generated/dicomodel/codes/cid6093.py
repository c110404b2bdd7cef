"""CID 6093 Usage/Exposure/Amount Qualitative Concept.

Extensible, version 20040112, UID 1.2.840.10008.6.1.415.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6093
NAME: _Final[str] = "Usage/Exposure/Amount Qualitative Concept"
KEYWORD: _Final[str | None] = "UsageExposureAmountQualitativeConcept"
UID: _Final[str | None] = "1.2.840.10008.6.1.415"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RelativeDoseAmount: _Final[_Code] = _Code("DCM", "111581", "Relative dose amount", (6093,))
"""Relative dose amount (DCM 111581)."""

RelativeAmountOfExposure: _Final[_Code] = _Code(
    "DCM", "111582", "Relative amount of exposure", (6093,)
)
"""Relative amount of exposure (DCM 111582)."""

RelativeAmountOfUse: _Final[_Code] = _Code("DCM", "111583", "Relative amount of use", (6093,))
"""Relative amount of use (DCM 111583)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RelativeDoseAmount,
    RelativeAmountOfExposure,
    RelativeAmountOfUse,
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
