"""CID 21 Patient Equipment Relationship.

Extensible, version 20151110, UID 1.2.840.10008.6.1.15.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 21
NAME: _Final[str] = "Patient Equipment Relationship"
KEYWORD: _Final[str | None] = "PatientEquipmentRelationship"
UID: _Final[str | None] = "1.2.840.10008.6.1.15"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Oblique: _Final[_Code] = _Code("SCT", "399366008", "oblique", (21,))
"""oblique (SCT 399366008)."""

Headfirst: _Final[_Code] = _Code("SCT", "102540008", "headfirst", (21,))
"""headfirst (SCT 102540008)."""

FeetFirst: _Final[_Code] = _Code("SCT", "102541007", "feet-first", (21,))
"""feet-first (SCT 102541007)."""

Transverse: _Final[_Code] = _Code("SCT", "399220000", "transverse", (21,))
"""transverse (SCT 399220000)."""

LeftFirst: _Final[_Code] = _Code("DCM", "126830", "left first", (21,))
"""left first (DCM 126830)."""

RightFirst: _Final[_Code] = _Code("DCM", "126831", "right first", (21,))
"""right first (DCM 126831)."""

PosteriorFirst: _Final[_Code] = _Code("DCM", "126832", "posterior first", (21,))
"""posterior first (DCM 126832)."""

AnteriorFirst: _Final[_Code] = _Code("DCM", "126833", "anterior first", (21,))
"""anterior first (DCM 126833)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Oblique,
    Headfirst,
    FeetFirst,
    Transverse,
    LeftFirst,
    RightFirst,
    PosteriorFirst,
    AnteriorFirst,
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
