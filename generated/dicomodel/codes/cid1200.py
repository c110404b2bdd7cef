"""CID 1200 Contraindications For CT Imaging.

Extensible, version 20210328, UID 1.2.840.10008.6.1.1131.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 1200
NAME: _Final[str] = "Contraindications For CT Imaging"
KEYWORD: _Final[str | None] = "ContraindicationsForCTImaging"
UID: _Final[str | None] = "1.2.840.10008.6.1.1131"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210328"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ContrastMediaAllergy: _Final[_Code] = _Code(
    "SCT", "293637006", "Contrast Media Allergy", (1200, 1201)
)
"""Contrast Media Allergy (SCT 293637006)."""

PatientCurrentlyPregnant: _Final[_Code] = _Code(
    "SCT", "77386006", "Patient currently pregnant", (1200, 1201, 6096)
)
"""Patient currently pregnant (SCT 77386006)."""

ImpairedRenalFunction: _Final[_Code] = _Code(
    "SCT", "236423003", "Impaired Renal Function", (1200, 1201)
)
"""Impaired Renal Function (SCT 236423003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ContrastMediaAllergy,
    PatientCurrentlyPregnant,
    ImpairedRenalFunction,
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
