"""CID 6313 History of Prostate Disease.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1370.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6313
NAME: Final[str] = "History of Prostate Disease"
KEYWORD: Final[str | None] = "HistoryOfProstateDisease"
UID: Final[str | None] = "1.2.840.10008.6.1.1370"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Prostatitis: Final[Code] = Code("SCT", "9713002", "Prostatitis", (6313, 6338))
"""Prostatitis (SCT 9713002)."""

ProstateCancer: Final[Code] = Code("SCT", "254900004", "Prostate cancer", (6313,))
"""Prostate cancer (SCT 254900004)."""

BenignProstateHyperplasia: Final[Code] = Code(
    "SCT", "444808002", "Benign Prostate Hyperplasia", (6313, 6338)
)
"""Benign Prostate Hyperplasia (SCT 444808002)."""

UtricleCyst: Final[Code] = Code("DCM", "130569", "Utricle cyst", (6313,))
"""Utricle cyst (DCM 130569)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Prostatitis,
    ProstateCancer,
    BenignProstateHyperplasia,
    UtricleCyst,
)
"""The resolved membership: own members, then those of the included groups, in order."""
