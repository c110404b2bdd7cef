"""CID 12117 Vessel Branch Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.584.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12117
NAME: Final[str] = "Vessel Branch Modifier"
KEYWORD: Final[str | None] = "VesselBranchModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.584"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190524"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CollateralBranchOfVessel: Final[Code] = Code(
    "SCT", "397406000", "Collateral branch of vessel", (3496, 12117)
)
"""Collateral branch of vessel (SCT 397406000)."""

Inferior: Final[Code] = Code("SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281))
"""Inferior (SCT 261089000)."""

Lateral: Final[Code] = Code("SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281))
"""Lateral (SCT 49370004)."""

Left: Final[Code] = Code("SCT", "7771000", "Left", (2, 5, 247, 12117))
"""Left (SCT 7771000)."""

Main: Final[Code] = Code("SCT", "63161005", "Main", (12117,))
"""Main (SCT 63161005)."""

Medial: Final[Code] = Code("SCT", "255561001", "Medial", (2, 5, 4005, 6065, 12117, 12281))
"""Medial (SCT 255561001)."""

Middle: Final[Code] = Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569)."""

Right: Final[Code] = Code("SCT", "24028007", "Right", (2, 5, 247, 12117))
"""Right (SCT 24028007)."""

Superior: Final[Code] = Code("SCT", "264217000", "Superior", (2, 5, 212, 4005, 6065, 12117))
"""Superior (SCT 264217000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CollateralBranchOfVessel,
    Inferior,
    Lateral,
    Left,
    Main,
    Medial,
    Middle,
    Right,
    Superior,
)
"""The resolved membership: own members, then those of the included groups, in order."""
