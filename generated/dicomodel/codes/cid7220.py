"""CID 7220 RT Dose Derivation.

Extensible, version 20240616, UID 1.2.840.10008.6.1.968.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7220
NAME: Final[str] = "RT Dose Derivation"
KEYWORD: Final[str | None] = "RTDoseDerivation"
UID: Final[str | None] = "1.2.840.10008.6.1.968"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240616"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ComposedFromPriorDoses: Final[Code] = Code("DCM", "121370", "Composed from prior doses", (7220,))
"""Composed from prior doses (DCM 121370)."""

ComposedFromPriorDosesAndCurrentPlan: Final[Code] = Code(
    "DCM", "121371", "Composed from prior doses and current plan", (7220,)
)
"""Composed from prior doses and current plan (DCM 121371)."""

ComposedWithRadiobiologicalEffects: Final[Code] = Code(
    "DCM", "121377", "Composed with radiobiological effects", (7220,)
)
"""Composed with radiobiological effects (DCM 121377)."""

ComposedWithWeightingForFractionsDelivered: Final[Code] = Code(
    "DCM", "121378", "Composed with weighting for fractions delivered", (7220,)
)
"""Composed with weighting for fractions delivered (DCM 121378)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ComposedFromPriorDoses,
    ComposedFromPriorDosesAndCurrentPlan,
    ComposedWithRadiobiologicalEffects,
    ComposedWithWeightingForFractionsDelivered,
)
"""The resolved membership: own members, then those of the included groups, in order."""
