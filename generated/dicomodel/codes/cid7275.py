"""CID 7275 MR Diffusion Model Specific Method.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1170.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7275
NAME: Final[str] = "MR Diffusion Model Specific Method"
KEYWORD: Final[str | None] = "MRDiffusionModelSpecificMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.1170"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170413"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

VoxelwiseSelectionOfBValue: Final[Code] = Code(
    "DCM", "113285", "Voxelwise selection of b-value", (7275,)
)
"""Voxelwise selection of b-value (DCM 113285)."""

MEMBERS: Final[tuple[Code, ...]] = (VoxelwiseSelectionOfBValue,)
"""The resolved membership: own members, then those of the included groups, in order."""
