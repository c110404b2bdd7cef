"""CID 6342 Prostate MRI Margin Characteristic from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1399.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6342
NAME: _Final[str] = "Prostate MRI Margin Characteristic from PI-RADS®"
KEYWORD: _Final[str | None] = "ProstateMRIMarginCharacteristicFromPIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.1399"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CircumscribedLesion: _Final[_Code] = _Code("SCT", "129738007", "Circumscribed lesion", (6007, 6342))
"""Circumscribed lesion (SCT 129738007)."""

NonCircumscribedMargin: _Final[_Code] = _Code(
    "RADLEX", "RID34355", "Non-circumscribed margin", (6342,)
)
"""Non-circumscribed margin (RADLEX RID34355)."""

IndistinctLesion: _Final[_Code] = _Code("SCT", "129741003", "Indistinct lesion", (6007, 6342))
"""Indistinct lesion (SCT 129741003)."""

ObscuredLesion: _Final[_Code] = _Code("SCT", "129740002", "Obscured lesion", (6007, 6342))
"""Obscured lesion (SCT 129740002)."""

Irregular: _Final[_Code] = _Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001)."""

SpiculatedLesion: _Final[_Code] = _Code("SCT", "129742005", "Spiculated lesion", (6007, 6342))
"""Spiculated lesion (SCT 129742005)."""

Encapsulated: _Final[_Code] = _Code("SCT", "59135002", "Encapsulated", (6342,))
"""Encapsulated (SCT 59135002)."""

ErasedCharcoalSign: _Final[_Code] = _Code("RADLEX", "RID49497", "Erased charcoal sign", (6342,))
"""Erased charcoal sign (RADLEX RID49497)."""

PartiallyEncapsulated: _Final[_Code] = _Code("DCM", "130593", "Partially encapsulated", (6342,))
"""Partially encapsulated (DCM 130593)."""

CompletelyEncapsulated: _Final[_Code] = _Code("DCM", "130594", "Completely encapsulated", (6342,))
"""Completely encapsulated (DCM 130594)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CircumscribedLesion,
    NonCircumscribedMargin,
    IndistinctLesion,
    ObscuredLesion,
    Irregular,
    SpiculatedLesion,
    Encapsulated,
    ErasedCharcoalSign,
    PartiallyEncapsulated,
    CompletelyEncapsulated,
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
