"""CID 12321 Elastography Site.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1448.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12321
NAME: Final[str] = "Elastography Site"
KEYWORD: Final[str | None] = "ElastographySite"
UID: Final[str | None] = "1.2.840.10008.6.1.1448"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220628"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AchillesTendon: Final[Code] = Code("SCT", "61352006", "Achilles Tendon", (12321,))
"""Achilles Tendon (SCT 61352006)."""

Breast: Final[Code] = Code("SCT", "76752008", "Breast", (645, 4013, 4031, 10044, 12321))
"""Breast (SCT 76752008)."""

Kidney: Final[Code] = Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007)."""

Liver: Final[Code] = Code("SCT", "10200004", "Liver", (644, 1005, 4030, 6204, 7154, 10044, 12321))
"""Liver (SCT 10200004)."""

Prostate: Final[Code] = Code(
    "SCT", "41216001", "Prostate", (645, 4031, 6204, 6300, 7160, 10044, 12321)
)
"""Prostate (SCT 41216001)."""

Pancreas: Final[Code] = Code("SCT", "15776009", "Pancreas", (645, 1005, 4031, 7154, 10044, 12321))
"""Pancreas (SCT 15776009)."""

PatellarTendon: Final[Code] = Code("SCT", "18033002", "Patellar Tendon", (12321,))
"""Patellar Tendon (SCT 18033002)."""

Spleen: Final[Code] = Code("SCT", "78961009", "Spleen", (4030, 6204, 7154, 10044, 12321))
"""Spleen (SCT 78961009)."""

TendonOfRotatorCuffOfShoulder: Final[Code] = Code(
    "SCT", "245100002", "Tendon of Rotator Cuff of Shoulder", (12321,)
)
"""Tendon of Rotator Cuff of Shoulder (SCT 245100002)."""

Testis: Final[Code] = Code("SCT", "40689003", "Testis", (4030, 6204, 7160, 10044, 12321))
"""Testis (SCT 40689003)."""

Thyroid: Final[Code] = Code("SCT", "69748006", "Thyroid", (645, 4030, 6149, 10044, 12321))
"""Thyroid (SCT 69748006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AchillesTendon,
    Breast,
    Kidney,
    Liver,
    Prostate,
    Pancreas,
    PatellarTendon,
    Spleen,
    TendonOfRotatorCuffOfShoulder,
    Testis,
    Thyroid,
)
"""The resolved membership: own members, then those of the included groups, in order."""
