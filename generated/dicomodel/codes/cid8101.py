"""CID 8101 Container Type.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1043.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8101
NAME: Final[str] = "Container Type"
KEYWORD: Final[str | None] = "ContainerType"
UID: Final[str | None] = "1.2.840.10008.6.1.1043"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TissueCassette: Final[Code] = Code("SCT", "434464009", "Tissue cassette", (8101,))
"""Tissue cassette (SCT 434464009)."""

TissueMicroarrayCassette: Final[Code] = Code(
    "SCT", "434708008", "Tissue microarray cassette", (8101,)
)
"""Tissue microarray cassette (SCT 434708008)."""

SpecimenVial: Final[Code] = Code("SCT", "434746001", "Specimen vial", (8101,))
"""Specimen vial (SCT 434746001)."""

MicroscopeSlide: Final[Code] = Code("SCT", "433466003", "Microscope slide", (8101,))
"""Microscope slide (SCT 433466003)."""

SpecimenContainer: Final[Code] = Code("SCT", "434711009", "Specimen container", (8101,))
"""Specimen container (SCT 434711009)."""

ElectronMicroscopyGrid: Final[Code] = Code("SCT", "434533009", "Electron microscopy grid", (8101,))
"""Electron microscopy grid (SCT 434533009)."""

SpecimenWell: Final[Code] = Code("SCT", "434822004", "Specimen well", (8101,))
"""Specimen well (SCT 434822004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TissueCassette,
    TissueMicroarrayCassette,
    SpecimenVial,
    MicroscopeSlide,
    SpecimenContainer,
    ElectronMicroscopyGrid,
    SpecimenWell,
)
"""The resolved membership: own members, then those of the included groups, in order."""
