"""CID 6092 Usage/Exposure Qualitative Concept.

Extensible, version 20040112, UID 1.2.840.10008.6.1.414.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6092
NAME: _Final[str] = "Usage/Exposure Qualitative Concept"
KEYWORD: _Final[str | None] = "UsageExposureQualitativeConcept"
UID: _Final[str | None] = "1.2.840.10008.6.1.414"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Dosage: _Final[_Code] = _Code("SCT", "260911001", "Dosage", (6092,))
"""Dosage (SCT 260911001)."""

DoseFrequency: _Final[_Code] = _Code("DCM", "111578", "Dose frequency", (6092,))
"""Dose frequency (DCM 111578)."""

RateOfExposure: _Final[_Code] = _Code("DCM", "111579", "Rate of exposure", (6092,))
"""Rate of exposure (DCM 111579)."""

VolumeOfUse: _Final[_Code] = _Code("DCM", "111580", "Volume of use", (6092,))
"""Volume of use (DCM 111580)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Dosage, DoseFrequency, RateOfExposure, VolumeOfUse)
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
