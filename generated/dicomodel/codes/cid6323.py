"""CID 6323 Prostate Cancer Therapy.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1380.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6323
NAME: Final[str] = "Prostate Cancer Therapy"
KEYWORD: Final[str | None] = "ProstateCancerTherapy"
UID: Final[str | None] = "1.2.840.10008.6.1.1380"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AndrogenDeprivationTherapy: Final[Code] = Code(
    "SCT", "707266006", "Androgen Deprivation Therapy", (6323,)
)
"""Androgen Deprivation Therapy (SCT 707266006)."""

ImplantationOfRadioactiveSeedIntoProstate: Final[Code] = Code(
    "SCT", "425767004", "Implantation of radioactive seed into prostate", (6323,)
)
"""Implantation of radioactive seed into prostate (SCT 425767004)."""

Prostatectomy: Final[Code] = Code("SCT", "90470006", "Prostatectomy", (6320, 6323))
"""Prostatectomy (SCT 90470006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AndrogenDeprivationTherapy,
    ImplantationOfRadioactiveSeedIntoProstate,
    Prostatectomy,
)
"""The resolved membership: own members, then those of the included groups, in order."""
