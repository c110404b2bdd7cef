"""CID 12115 Renal Vessel.

Extensible, version 20191108, UID 1.2.840.10008.6.1.582.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12115
NAME: _Final[str] = "Renal Vessel"
KEYWORD: _Final[str | None] = "RenalVessel"
UID: _Final[str | None] = "1.2.840.10008.6.1.582"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20191108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RenalArtery: _Final[_Code] = _Code(
    "SCT", "2841007", "Renal Artery", (3010, 3606, 3837, 4030, 12115)
)
"""Renal Artery (SCT 2841007)."""

HilarArtery: _Final[_Code] = _Code("SCT", "397405001", "Hilar Artery", (12115,))
"""Hilar Artery (SCT 397405001)."""

SegmentalArtery: _Final[_Code] = _Code("SCT", "120234003", "Segmental Artery", (12115,))
"""Segmental Artery (SCT 120234003)."""

LobarArtery: _Final[_Code] = _Code("SCT", "274060004", "Lobar Artery", (12115,))
"""Lobar Artery (SCT 274060004)."""

ArcuateArteryOfTheKidney: _Final[_Code] = _Code(
    "SCT", "274231001", "Arcuate Artery of the Kidney", (12115,)
)
"""Arcuate Artery of the Kidney (SCT 274231001)."""

InterlobarArteryOfKidney: _Final[_Code] = _Code(
    "SCT", "274143007", "Interlobar Artery of Kidney", (12115,)
)
"""Interlobar Artery of Kidney (SCT 274143007)."""

InterlobularArteryOfKidney: _Final[_Code] = _Code(
    "SCT", "274329007", "Interlobular Artery of Kidney", (12115,)
)
"""Interlobular Artery of Kidney (SCT 274329007)."""

AccessoryRenalArtery: _Final[_Code] = _Code(
    "SCT", "85383006", "Accessory Renal Artery", (12111, 12115)
)
"""Accessory Renal Artery (SCT 85383006)."""

PerforatingArteryOfKidney: _Final[_Code] = _Code(
    "SCT", "15763003", "Perforating Artery of Kidney", (12115,)
)
"""Perforating Artery of Kidney (SCT 15763003)."""

RenalVein: _Final[_Code] = _Code("SCT", "56400007", "Renal Vein", (3010, 3607, 12115))
"""Renal Vein (SCT 56400007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RenalArtery,
    HilarArtery,
    SegmentalArtery,
    LobarArtery,
    ArcuateArteryOfTheKidney,
    InterlobarArteryOfKidney,
    InterlobularArteryOfKidney,
    AccessoryRenalArtery,
    PerforatingArteryOfKidney,
    RenalVein,
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
