"""CID 644 Exogenous Substance Administration Site.

Extensible, version 20170124, UID 1.2.840.10008.6.1.1109.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 644
NAME: _Final[str] = "Exogenous Substance Administration Site"
KEYWORD: _Final[str | None] = "ExogenousSubstanceAdministrationSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.1109"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170124"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Flank: _Final[_Code] = _Code("SCT", "58602004", "Flank", (4, 644))
"""Flank (SCT 58602004)."""

Brain: _Final[_Code] = _Code("SCT", "12738006", "Brain", (644, 645, 4030, 7153, 10044))
"""Brain (SCT 12738006)."""

Tumor: _Final[_Code] = _Code("SCT", "108369006", "Tumor", (644, 3815, 7159))
"""Tumor (SCT 108369006)."""

Liver: _Final[_Code] = _Code(
    "SCT", "10200004", "Liver", (644, 1005, 4030, 6204, 7154, 10044, 12321)
)
"""Liver (SCT 10200004)."""

BoneMarrow: _Final[_Code] = _Code("SCT", "14016003", "Bone Marrow", (644, 10044))
"""Bone Marrow (SCT 14016003)."""

MouseMammaryFatPad: _Final[_Code] = _Code("NCIt", "C22550", "Mouse mammary fat pad", (644,))
"""Mouse mammary fat pad (NCIt C22550)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Flank, Brain, Tumor, Liver, BoneMarrow, MouseMammaryFatPad)
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
