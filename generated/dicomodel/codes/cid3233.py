"""CID 3233 ST Segment Morphology.

Extensible, version 20080927, UID 1.2.840.10008.6.1.779.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3233
NAME: Final[str] = "ST Segment Morphology"
KEYWORD: Final[str | None] = "STSegmentMorphology"
UID: Final[str | None] = "1.2.840.10008.6.1.779"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

STDepressionHorizontal: Final[Code] = Code("DCM", "122757", "ST Depression - Horizontal", (3233,))
"""ST Depression - Horizontal (DCM 122757)."""

STDepressionUpsloping: Final[Code] = Code("DCM", "122758", "ST Depression - Upsloping", (3233,))
"""ST Depression - Upsloping (DCM 122758)."""

STDepressionDownsloping: Final[Code] = Code("DCM", "122759", "ST Depression - Downsloping", (3233,))
"""ST Depression - Downsloping (DCM 122759)."""

STElevation: Final[Code] = Code("SCT", "76388001", "ST Elevation", (3230, 3233))
"""ST Elevation (SCT 76388001)."""

STDepression: Final[Code] = Code("SCT", "26141007", "ST Depression", (3230, 3233))
"""ST Depression (SCT 26141007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    STDepressionHorizontal,
    STDepressionUpsloping,
    STDepressionDownsloping,
    STElevation,
    STDepression,
)
"""The resolved membership: own members, then those of the included groups, in order."""
