"""CID 12020 Fetal Biometry Anatomic Site.

Extensible, version 20200704, UID 1.2.840.10008.6.1.1005.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12020
NAME: _Final[str] = "Fetal Biometry Anatomic Site"
KEYWORD: _Final[str | None] = "FetalBiometryAnatomicSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.1005"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200704"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Abdomen: _Final[_Code] = _Code("SCT", "818981001", "Abdomen", (4031, 7154, 7483, 12020))
"""Abdomen (SCT 818981001)."""

Cerebellum: _Final[_Code] = _Code(
    "SCT", "113305005", "Cerebellum", (4030, 7140, 7153, 12020, 12022)
)
"""Cerebellum (SCT 113305005)."""

CisternaMagna: _Final[_Code] = _Code("SCT", "54165005", "Cisterna Magna", (12020, 12022))
"""Cisterna Magna (SCT 54165005)."""

Femur: _Final[_Code] = _Code("SCT", "71341001", "Femur", (4031, 7304, 7483, 12020, 12021))
"""Femur (SCT 71341001)."""

Foot: _Final[_Code] = _Code("SCT", "56459004", "Foot", (1006, 4031, 12020))
"""Foot (SCT 56459004)."""

Kidney: _Final[_Code] = _Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007)."""

Skull: _Final[_Code] = _Code("SCT", "89546000", "Skull", (1002, 4028, 4031, 7304, 7483, 12020))
"""Skull (SCT 89546000)."""

Thorax: _Final[_Code] = _Code("SCT", "816094009", "Thorax", (4, 4031, 7155, 7483, 12020))
"""Thorax (SCT 816094009)."""

Trunk: _Final[_Code] = _Code("SCT", "22943007", "Trunk", (12020,))
"""Trunk (SCT 22943007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Abdomen,
    Cerebellum,
    CisternaMagna,
    Femur,
    Foot,
    Kidney,
    Skull,
    Thorax,
    Trunk,
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
