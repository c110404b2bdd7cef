"""CID 6157 Vascularity.

Extensible, version 20050822, UID 1.2.840.10008.6.1.471.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6157
NAME: Final[str] = "Vascularity"
KEYWORD: Final[str | None] = "Vascularity"
UID: Final[str | None] = "1.2.840.10008.6.1.471"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

VascularityNotPresent: Final[Code] = Code("DCM", "111373", "Vascularity not present", (6157,))
"""Vascularity not present (DCM 111373)."""

VascularityNotAssessed: Final[Code] = Code("DCM", "111374", "Vascularity not assessed", (6157,))
"""Vascularity not assessed (DCM 111374)."""

VascularityPresentInLesion: Final[Code] = Code(
    "DCM", "111375", "Vascularity present in lesion", (6157,)
)
"""Vascularity present in lesion (DCM 111375)."""

VascularityPresentImmediatelyAdjacentToLesion: Final[Code] = Code(
    "DCM", "111376", "Vascularity present immediately adjacent to lesion", (6157,)
)
"""Vascularity present immediately adjacent to lesion (DCM 111376)."""

DiffuselyIncreasedVascularityInSurroundingTissue: Final[Code] = Code(
    "DCM", "111377", "Diffusely increased vascularity in surrounding tissue", (6157,)
)
"""Diffusely increased vascularity in surrounding tissue (DCM 111377)."""

MEMBERS: Final[tuple[Code, ...]] = (
    VascularityNotPresent,
    VascularityNotAssessed,
    VascularityPresentInLesion,
    VascularityPresentImmediatelyAdjacentToLesion,
    DiffuselyIncreasedVascularityInSurroundingTissue,
)
"""The resolved membership: own members, then those of the included groups, in order."""
