"""CID 10033 CT Reconstruction Algorithm.

Extensible, version 20130207, UID 1.2.840.10008.6.1.958.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10033
NAME: Final[str] = "CT Reconstruction Algorithm"
KEYWORD: Final[str | None] = "CTReconstructionAlgorithm"
UID: Final[str | None] = "1.2.840.10008.6.1.958"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20130207"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FilteredBackProjection: Final[Code] = Code("DCM", "113962", "Filtered Back Projection", (10033,))
"""Filtered Back Projection (DCM 113962)."""

IterativeReconstruction: Final[Code] = Code("DCM", "113963", "Iterative Reconstruction", (10033,))
"""Iterative Reconstruction (DCM 113963)."""

MEMBERS: Final[tuple[Code, ...]] = (FilteredBackProjection, IterativeReconstruction)
"""The resolved membership: own members, then those of the included groups, in order."""
