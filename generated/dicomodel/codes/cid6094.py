"""CID 6094 Usage/Exposure/Frequency Qualitative Concept.

Extensible, version 20040112, UID 1.2.840.10008.6.1.416.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6094
NAME: _Final[str] = "Usage/Exposure/Frequency Qualitative Concept"
KEYWORD: _Final[str | None] = "UsageExposureFrequencyQualitativeConcept"
UID: _Final[str | None] = "1.2.840.10008.6.1.416"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RelativeDoseFrequency: _Final[_Code] = _Code("DCM", "111584", "Relative dose frequency", (6094,))
"""Relative dose frequency (DCM 111584)."""

RelativeFrequencyOfExposure: _Final[_Code] = _Code(
    "DCM", "111585", "Relative frequency of exposure", (6094,)
)
"""Relative frequency of exposure (DCM 111585)."""

RelativeFrequencyOfUse: _Final[_Code] = _Code("DCM", "111586", "Relative frequency of use", (6094,))
"""Relative frequency of use (DCM 111586)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RelativeDoseFrequency,
    RelativeFrequencyOfExposure,
    RelativeFrequencyOfUse,
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
