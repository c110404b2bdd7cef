"""CID 6006 Mammography Margin Characteristic.

Extensible, version 20020904, UID 1.2.840.10008.6.1.336.
Includes CID 6007.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6006
NAME: _Final[str] = "Mammography Margin Characteristic"
KEYWORD: _Final[str | None] = "MammographyMarginCharacteristic"
UID: _Final[str | None] = "1.2.840.10008.6.1.336"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = (6007,)
EXTERNAL_SCHEME: _Final[str | None] = None

CircumscribedLesion: _Final[_Code] = _Code("SCT", "129738007", "Circumscribed lesion", (6007, 6342))
"""Circumscribed lesion (SCT 129738007). Included from CID 6007."""

MicrolobulatedLesion: _Final[_Code] = _Code("SCT", "129739004", "Microlobulated lesion", (6007,))
"""Microlobulated lesion (SCT 129739004). Included from CID 6007."""

ObscuredLesion: _Final[_Code] = _Code("SCT", "129740002", "Obscured lesion", (6007, 6342))
"""Obscured lesion (SCT 129740002). Included from CID 6007."""

IndistinctLesion: _Final[_Code] = _Code("SCT", "129741003", "Indistinct lesion", (6007, 6342))
"""Indistinct lesion (SCT 129741003). Included from CID 6007."""

SpiculatedLesion: _Final[_Code] = _Code("SCT", "129742005", "Spiculated lesion", (6007, 6342))
"""Spiculated lesion (SCT 129742005). Included from CID 6007."""

AngularMargins: _Final[_Code] = _Code("DCM", "111343", "Angular margins", (6007,))
"""Angular margins (DCM 111343). Included from CID 6007."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CircumscribedLesion,
    MicrolobulatedLesion,
    ObscuredLesion,
    IndistinctLesion,
    SpiculatedLesion,
    AngularMargins,
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
