"""CID 3515 Specimen Collection.

Extensible, version 20030327, UID 1.2.840.10008.6.1.136.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3515
NAME: Final[str] = "Specimen Collection"
KEYWORD: Final[str | None] = "SpecimenCollection"
UID: Final[str | None] = "1.2.840.10008.6.1.136"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SpecimenCollection: Final[Code] = Code("SCT", "17636008", "specimen collection", (3515, 8109, 8111))
"""specimen collection (SCT 17636008)."""

CollectionOfBloodSpecimenForLaboratory: Final[Code] = Code(
    "SCT", "82078001", "collection of blood specimen for laboratory", (3515,)
)
"""collection of blood specimen for laboratory (SCT 82078001)."""

BloodSamplingFromExtracorporealBloodCircuit: Final[Code] = Code(
    "SCT", "243776001", "blood sampling from extracorporeal blood circuit", (3515,)
)
"""blood sampling from extracorporeal blood circuit (SCT 243776001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SpecimenCollection,
    CollectionOfBloodSpecimenForLaboratory,
    BloodSamplingFromExtracorporealBloodCircuit,
)
"""The resolved membership: own members, then those of the included groups, in order."""
