"""CID 217 Visual Explanation.

Extensible, version 20191108, UID 1.2.840.10008.6.1.1305.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 217
NAME: Final[str] = "Visual Explanation"
KEYWORD: Final[str | None] = "VisualExplanation"
UID: Final[str | None] = "1.2.840.10008.6.1.1305"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20191108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ClassActivation: Final[Code] = Code("DCM", "130402", "Class activation", (217,))
"""Class activation (DCM 130402)."""

GradientWeightedClassActivation: Final[Code] = Code(
    "DCM", "130403", "Gradient-weighted class activation", (217,)
)
"""Gradient-weighted class activation (DCM 130403)."""

Saliency: Final[Code] = Code("DCM", "130404", "Saliency", (217,))
"""Saliency (DCM 130404)."""

MEMBERS: Final[tuple[Code, ...]] = (ClassActivation, GradientWeightedClassActivation, Saliency)
"""The resolved membership: own members, then those of the included groups, in order."""
