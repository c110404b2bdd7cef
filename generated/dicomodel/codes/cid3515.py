"""CID 3515 Specimen Collection.

Extensible, version 20030327, UID 1.2.840.10008.6.1.136.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3515
NAME: _Final[str] = "Specimen Collection"
KEYWORD: _Final[str | None] = "SpecimenCollection"
UID: _Final[str | None] = "1.2.840.10008.6.1.136"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SpecimenCollection: _Final[_Code] = _Code(
    "SCT", "17636008", "specimen collection", (3515, 8109, 8111)
)
"""specimen collection (SCT 17636008)."""

CollectionOfBloodSpecimenForLaboratory: _Final[_Code] = _Code(
    "SCT", "82078001", "collection of blood specimen for laboratory", (3515,)
)
"""collection of blood specimen for laboratory (SCT 82078001)."""

BloodSamplingFromExtracorporealBloodCircuit: _Final[_Code] = _Code(
    "SCT", "243776001", "blood sampling from extracorporeal blood circuit", (3515,)
)
"""blood sampling from extracorporeal blood circuit (SCT 243776001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SpecimenCollection,
    CollectionOfBloodSpecimenForLaboratory,
    BloodSamplingFromExtracorporealBloodCircuit,
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
