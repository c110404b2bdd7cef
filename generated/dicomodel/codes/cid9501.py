"""CID 9501 Prescription Anatomy Category.

Extensible, version 20191110, UID 1.2.840.10008.6.1.1211.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9501
NAME: _Final[str] = "Prescription Anatomy Category"
KEYWORD: _Final[str | None] = "PrescriptionAnatomyCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.1211"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20191110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnatomicalStructure: _Final[_Code] = _Code("SCT", "91723000", "Anatomical Structure", (7150, 9501))
"""Anatomical Structure (SCT 91723000)."""

ExternalBodyModel: _Final[_Code] = _Code("DCM", "130047", "External Body Model", (9501, 9580))
"""External Body Model (DCM 130047)."""

PhysicalObject: _Final[_Code] = _Code("SCT", "260787004", "Physical object", (7150, 9501))
"""Physical object (SCT 260787004)."""

NonSpecificVolume: _Final[_Code] = _Code("DCM", "130046", "Non-specific Volume", (9501, 9580))
"""Non-specific Volume (DCM 130046)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnatomicalStructure,
    ExternalBodyModel,
    PhysicalObject,
    NonSpecificVolume,
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
