"""CID 8111 Specimen Preparation Procedure.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1049.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8111
NAME: Final[str] = "Specimen Preparation Procedure"
KEYWORD: Final[str | None] = "SpecimenPreparationProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.1049"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SpecimenCollection: Final[Code] = Code("SCT", "17636008", "Specimen collection", (3515, 8109, 8111))
"""Specimen collection (SCT 17636008)."""

SpecimenReceiving: Final[Code] = Code("SCT", "428995007", "Specimen receiving", (8111,))
"""Specimen receiving (SCT 428995007)."""

SamplingOfTissueSpecimen: Final[Code] = Code(
    "SCT", "433465004", "Sampling of tissue specimen", (8111,)
)
"""Sampling of tissue specimen (SCT 433465004)."""

Staining: Final[Code] = Code("SCT", "127790008", "Staining", (8111, 8130))
"""Staining (SCT 127790008)."""

SpecimenProcessing: Final[Code] = Code("SCT", "9265001", "Specimen processing", (8111,))
"""Specimen processing (SCT 9265001)."""

SpecimenStorage: Final[Code] = Code("DCM", "111729", "Specimen storage", (8111,))
"""Specimen storage (DCM 111729)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SpecimenCollection,
    SpecimenReceiving,
    SamplingOfTissueSpecimen,
    Staining,
    SpecimenProcessing,
    SpecimenStorage,
)
"""The resolved membership: own members, then those of the included groups, in order."""
