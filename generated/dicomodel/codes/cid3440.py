"""CID 3440 Peripheral Pulse Location.

Extensible, version 20170914, UID 1.2.840.10008.6.1.93.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3440
NAME: _Final[str] = "Peripheral Pulse Location"
KEYWORD: _Final[str | None] = "PeripheralPulseLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.93"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BrachialArtery: _Final[_Code] = _Code(
    "SCT", "17137000", "Brachial Artery", (3010, 3440, 3606, 6117, 12107)
)
"""Brachial Artery (SCT 17137000)."""

CarotidArtery: _Final[_Code] = _Code(
    "SCT", "69105007", "Carotid Artery", (1002, 3010, 3440, 3606, 4030)
)
"""Carotid Artery (SCT 69105007)."""

DorsalisPedisArtery: _Final[_Code] = _Code(
    "SCT", "86547008", "Dorsalis Pedis Artery", (3440, 12109)
)
"""Dorsalis Pedis Artery (SCT 86547008)."""

FemoralArtery: _Final[_Code] = _Code("SCT", "7657000", "Femoral Artery", (3010, 3440, 3606))
"""Femoral Artery (SCT 7657000)."""

PoplitealArtery: _Final[_Code] = _Code(
    "SCT", "43899006", "Popliteal Artery", (3010, 3440, 3606, 12109)
)
"""Popliteal Artery (SCT 43899006)."""

PosteriorTibialArtery: _Final[_Code] = _Code(
    "SCT", "13363002", "Posterior Tibial Artery", (3010, 3440, 12109)
)
"""Posterior Tibial Artery (SCT 13363002)."""

RadialArtery: _Final[_Code] = _Code("SCT", "45631007", "Radial Artery", (3010, 3440, 3606, 12107))
"""Radial Artery (SCT 45631007)."""

UlnarArtery: _Final[_Code] = _Code("SCT", "44984001", "Ulnar Artery", (3010, 3440, 12107))
"""Ulnar Artery (SCT 44984001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BrachialArtery,
    CarotidArtery,
    DorsalisPedisArtery,
    FemoralArtery,
    PoplitealArtery,
    PosteriorTibialArtery,
    RadialArtery,
    UlnarArtery,
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
