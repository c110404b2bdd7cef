"""CID 21 Patient Equipment Relationship.

Extensible, version 20151110, UID 1.2.840.10008.6.1.15.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 21
NAME: Final[str] = "Patient Equipment Relationship"
KEYWORD: Final[str | None] = "PatientEquipmentRelationship"
UID: Final[str | None] = "1.2.840.10008.6.1.15"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Oblique: Final[Code] = Code("SCT", "399366008", "oblique", (21,))
"""oblique (SCT 399366008)."""

Headfirst: Final[Code] = Code("SCT", "102540008", "headfirst", (21,))
"""headfirst (SCT 102540008)."""

FeetFirst: Final[Code] = Code("SCT", "102541007", "feet-first", (21,))
"""feet-first (SCT 102541007)."""

Transverse: Final[Code] = Code("SCT", "399220000", "transverse", (21,))
"""transverse (SCT 399220000)."""

LeftFirst: Final[Code] = Code("DCM", "126830", "left first", (21,))
"""left first (DCM 126830)."""

RightFirst: Final[Code] = Code("DCM", "126831", "right first", (21,))
"""right first (DCM 126831)."""

PosteriorFirst: Final[Code] = Code("DCM", "126832", "posterior first", (21,))
"""posterior first (DCM 126832)."""

AnteriorFirst: Final[Code] = Code("DCM", "126833", "anterior first", (21,))
"""anterior first (DCM 126833)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
