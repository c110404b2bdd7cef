"""CID 3234 Ectopic Beat Morphology.

Extensible, version 20080927, UID 1.2.840.10008.6.1.780.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3234
NAME: Final[str] = "Ectopic Beat Morphology"
KEYWORD: Final[str | None] = "EctopicBeatMorphology"
UID: Final[str | None] = "1.2.840.10008.6.1.780"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

VentricularTachycardia: Final[Code] = Code(
    "SCT", "25569003", "Ventricular tachycardia", (3230, 3234, 3700)
)
"""Ventricular tachycardia (SCT 25569003)."""

VentricularBigeminy: Final[Code] = Code("SCT", "11157007", "Ventricular bigeminy", (3234,))
"""Ventricular bigeminy (SCT 11157007)."""

MultifocalPvcs: Final[Code] = Code("SCT", "10626002", "Multifocal PVCs", (3234,))
"""Multifocal PVCs (SCT 10626002)."""

UnifocalPvcs: Final[Code] = Code("SCT", "27337007", "Unifocal PVCs", (3234,))
"""Unifocal PVCs (SCT 27337007)."""

VentricularTachycardiaPolymorphic: Final[Code] = Code(
    "SCT", "251159007", "Ventricular tachycardia, polymorphic", (3234,)
)
"""Ventricular tachycardia, polymorphic (SCT 251159007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    VentricularTachycardia,
    VentricularBigeminy,
    MultifocalPvcs,
    UnifocalPvcs,
    VentricularTachycardiaPolymorphic,
)
"""The resolved membership: own members, then those of the included groups, in order."""
