"""CID 3117 Attenuation Correction Method.

Extensible, version 20080927, UID 1.2.840.10008.6.1.749.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3117
NAME: Final[str] = "Attenuation Correction Method"
KEYWORD: Final[str | None] = "AttenuationCorrectionMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.749"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

OSEMAlgorithm: Final[Code] = Code("DCM", "122720", "OSEM algorithm", (3117,))
"""OSEM algorithm (DCM 122720)."""

ChangMethod: Final[Code] = Code("DCM", "122721", "Chang method", (3117,))
"""Chang method (DCM 122721)."""

MEMBERS: Final[tuple[Code, ...]] = (OSEMAlgorithm, ChangMethod)
"""The resolved membership: own members, then those of the included groups, in order."""
