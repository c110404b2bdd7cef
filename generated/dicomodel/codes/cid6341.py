"""CID 6341 MRI Margin Characteristic.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1398.
Includes CID 6342.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6341
NAME: _Final[str] = "MRI Margin Characteristic"
KEYWORD: _Final[str | None] = "MRIMarginCharacteristic"
UID: _Final[str | None] = "1.2.840.10008.6.1.1398"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = (6342,)
EXTERNAL_SCHEME: _Final[str | None] = None

CircumscribedLesion: _Final[_Code] = _Code("SCT", "129738007", "Circumscribed lesion", (6007, 6342))
"""Circumscribed lesion (SCT 129738007). Included from CID 6342."""

NonCircumscribedMargin: _Final[_Code] = _Code(
    "RADLEX", "RID34355", "Non-circumscribed margin", (6342,)
)
"""Non-circumscribed margin (RADLEX RID34355). Included from CID 6342."""

IndistinctLesion: _Final[_Code] = _Code("SCT", "129741003", "Indistinct lesion", (6007, 6342))
"""Indistinct lesion (SCT 129741003). Included from CID 6342."""

ObscuredLesion: _Final[_Code] = _Code("SCT", "129740002", "Obscured lesion", (6007, 6342))
"""Obscured lesion (SCT 129740002). Included from CID 6342."""

Irregular: _Final[_Code] = _Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001). Included from CID 6342."""

SpiculatedLesion: _Final[_Code] = _Code("SCT", "129742005", "Spiculated lesion", (6007, 6342))
"""Spiculated lesion (SCT 129742005). Included from CID 6342."""

Encapsulated: _Final[_Code] = _Code("SCT", "59135002", "Encapsulated", (6342,))
"""Encapsulated (SCT 59135002). Included from CID 6342."""

ErasedCharcoalSign: _Final[_Code] = _Code("RADLEX", "RID49497", "Erased charcoal sign", (6342,))
"""Erased charcoal sign (RADLEX RID49497). Included from CID 6342."""

PartiallyEncapsulated: _Final[_Code] = _Code("DCM", "130593", "Partially encapsulated", (6342,))
"""Partially encapsulated (DCM 130593). Included from CID 6342."""

CompletelyEncapsulated: _Final[_Code] = _Code("DCM", "130594", "Completely encapsulated", (6342,))
"""Completely encapsulated (DCM 130594). Included from CID 6342."""

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
