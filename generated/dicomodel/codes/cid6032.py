"""CID 6032 High Risk Lesion Pathology Code from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.362.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6032
NAME: Final[str] = "High Risk Lesion Pathology Code from BI-RADS®"
KEYWORD: Final[str | None] = "HighRiskLesionPathologyCodeFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.362"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AtypicalIntraductalHyperplasia: Final[Code] = Code(
    "SCT", "6660000", "Atypical intraductal hyperplasia", (6032,)
)
"""Atypical intraductal hyperplasia (SCT 6660000)."""

AtypicalLobularHyperplasia: Final[Code] = Code(
    "SCT", "33889003", "Atypical lobular hyperplasia", (6032,)
)
"""Atypical lobular hyperplasia (SCT 33889003)."""

LobularCarcinomaInSituOfBreast: Final[Code] = Code(
    "SCT", "109888004", "Lobular carcinoma in situ of breast", (6032,)
)
"""Lobular carcinoma in situ of breast (SCT 109888004)."""

PeripheralDuctPapillomas: Final[Code] = Code("DCM", "111299", "Peripheral duct papillomas", (6032,))
"""Peripheral duct papillomas (DCM 111299)."""

PhyllodesTumor: Final[Code] = Code("SCT", "71232009", "Phyllodes tumor", (6032,))
"""Phyllodes tumor (SCT 71232009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AtypicalIntraductalHyperplasia,
    AtypicalLobularHyperplasia,
    LobularCarcinomaInSituOfBreast,
    PeripheralDuctPapillomas,
    PhyllodesTumor,
)
"""The resolved membership: own members, then those of the included groups, in order."""
