"""CID 3525 Blood Gas Content.

Extensible, version 20030327, UID 1.2.840.10008.6.1.139.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3525
NAME: Final[str] = "Blood Gas Content"
KEYWORD: Final[str | None] = "BloodGasContent"
UID: Final[str | None] = "1.2.840.10008.6.1.139"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BloodCarbonDioxideContent: Final[Code] = Code(
    "LN", "20565-8", "Blood Carbon dioxide content", (3525,)
)
"""Blood Carbon dioxide content (LN 20565-8)."""

ArterialBloodCarbonDioxideContent: Final[Code] = Code(
    "LN", "2026-3", "Arterial Blood Carbon dioxide content", (3525,)
)
"""Arterial Blood Carbon dioxide content (LN 2026-3)."""

VenousBloodCarbonDioxideContent: Final[Code] = Code(
    "LN", "2027-1", "Venous Blood Carbon dioxide content", (3525,)
)
"""Venous Blood Carbon dioxide content (LN 2027-1)."""

BloodOxygenContent: Final[Code] = Code("DCM", "122185", "Blood Oxygen content", (3525,))
"""Blood Oxygen content (DCM 122185)."""

ArterialOxygenContent: Final[Code] = Code("LN", "19218-7", "Arterial Oxygen content", (3525, 3529))
"""Arterial Oxygen content (LN 19218-7)."""

VenousOxygenContent: Final[Code] = Code("LN", "19220-3", "Venous Oxygen content", (3525, 3529))
"""Venous Oxygen content (LN 19220-3)."""

AorticRootOxygenContent: Final[Code] = Code("LN", "10232-7", "Aortic Root Oxygen content", (3525,))
"""Aortic Root Oxygen content (LN 10232-7)."""

PulmonaryArteryMainOxygenContent: Final[Code] = Code(
    "LN", "10245-9", "Pulmonary Artery Main Oxygen content", (3525,)
)
"""Pulmonary Artery Main Oxygen content (LN 10245-9)."""

PulmonaryWedgeOxygenContent: Final[Code] = Code(
    "LN", "10247-5", "Pulmonary Wedge Oxygen content", (3525,)
)
"""Pulmonary Wedge Oxygen content (LN 10247-5)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BloodCarbonDioxideContent,
    ArterialBloodCarbonDioxideContent,
    VenousBloodCarbonDioxideContent,
    BloodOxygenContent,
    ArterialOxygenContent,
    VenousOxygenContent,
    AorticRootOxygenContent,
    PulmonaryArteryMainOxygenContent,
    PulmonaryWedgeOxygenContent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
