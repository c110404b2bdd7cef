"""CID 3820 Non-invasive Vascular Procedure.

Extensible, version 20220922, UID 1.2.840.10008.6.1.276.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3820
NAME: Final[str] = "Non-invasive Vascular Procedure"
KEYWORD: Final[str | None] = "NoninvasiveVascularProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.276"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220922"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

VascularMRI: Final[Code] = Code("SCT", "241663008", "vascular MRI", (3757, 3820))
"""vascular MRI (SCT 241663008)."""

CardiacMRI: Final[Code] = Code("SCT", "241620005", "cardiac MRI", (3206, 3757, 3820))
"""cardiac MRI (SCT 241620005)."""

CardiovascularCT: Final[Code] = Code("SCT", "303680000", "cardiovascular CT", (3820,))
"""cardiovascular CT (SCT 303680000)."""

CTOfAbdominalAorta: Final[Code] = Code("SCT", "241553009", "CT of abdominal aorta", (3820,))
"""CT of abdominal aorta (SCT 241553009)."""

CTOfAbdominalAortaWithoutContrast: Final[Code] = Code(
    "SCT", "1187246003", "CT of abdominal aorta without contrast", (3820,)
)
"""CT of abdominal aorta without contrast (SCT 1187246003)."""

CTArteriographyOfAbdominalAortaWithContrast: Final[Code] = Code(
    "SCT", "444968003", "CT arteriography of abdominal aorta with contrast", (3820,)
)
"""CT arteriography of abdominal aorta with contrast (SCT 444968003)."""

TrunkAngiography: Final[Code] = Code("SCT", "303827001", "trunk angiography", (3820,))
"""trunk angiography (SCT 303827001)."""

PeripheralAngiography: Final[Code] = Code("SCT", "271993009", "peripheral angiography", (3820,))
"""peripheral angiography (SCT 271993009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    VascularMRI,
    CardiacMRI,
    CardiovascularCT,
    CTOfAbdominalAorta,
    CTOfAbdominalAortaWithoutContrast,
    CTArteriographyOfAbdominalAortaWithContrast,
    TrunkAngiography,
    PeripheralAngiography,
)
"""The resolved membership: own members, then those of the included groups, in order."""
