"""CID 6032 High Risk Lesion Pathology Code from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.362.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6032
NAME: _Final[str] = "High Risk Lesion Pathology Code from BI-RADS®"
KEYWORD: _Final[str | None] = "HighRiskLesionPathologyCodeFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.362"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AtypicalIntraductalHyperplasia: _Final[_Code] = _Code(
    "SCT", "6660000", "Atypical intraductal hyperplasia", (6032,)
)
"""Atypical intraductal hyperplasia (SCT 6660000)."""

AtypicalLobularHyperplasia: _Final[_Code] = _Code(
    "SCT", "33889003", "Atypical lobular hyperplasia", (6032,)
)
"""Atypical lobular hyperplasia (SCT 33889003)."""

LobularCarcinomaInSituOfBreast: _Final[_Code] = _Code(
    "SCT", "109888004", "Lobular carcinoma in situ of breast", (6032,)
)
"""Lobular carcinoma in situ of breast (SCT 109888004)."""

PeripheralDuctPapillomas: _Final[_Code] = _Code(
    "DCM", "111299", "Peripheral duct papillomas", (6032,)
)
"""Peripheral duct papillomas (DCM 111299)."""

PhyllodesTumor: _Final[_Code] = _Code("SCT", "71232009", "Phyllodes tumor", (6032,))
"""Phyllodes tumor (SCT 71232009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AtypicalIntraductalHyperplasia,
    AtypicalLobularHyperplasia,
    LobularCarcinomaInSituOfBreast,
    PeripheralDuctPapillomas,
    PhyllodesTumor,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
