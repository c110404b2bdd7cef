"""CID 6129 Chest Site Involvement.

Extensible, version 20240611, UID 1.2.840.10008.6.1.449.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6129
NAME: _Final[str] = "Chest Site Involvement"
KEYWORD: _Final[str | None] = "ChestSiteInvolvement"
UID: _Final[str | None] = "1.2.840.10008.6.1.449"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Lung: _Final[_Code] = _Code(
    "SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044)
)
"""Lung (SCT 39607008)."""

Mediastinum: _Final[_Code] = _Code("SCT", "72410000", "Mediastinum", (4031, 4040, 6100, 6129, 7155))
"""Mediastinum (SCT 72410000)."""

Lobar: _Final[_Code] = _Code("DCM", "112158", "Lobar", (6128, 6129))
"""Lobar (DCM 112158)."""

InterstitialTissue: _Final[_Code] = _Code("SCT", "85293002", "Interstitial tissue", (6129,))
"""Interstitial tissue (SCT 85293002)."""

Bronchial: _Final[_Code] = _Code("SCT", "955009", "Bronchial", (4031, 4040, 6111, 6129, 7155))
"""Bronchial (SCT 955009)."""

HilumOfLung: _Final[_Code] = _Code("SCT", "46750007", "Hilum of lung", (6111, 6129))
"""Hilum of lung (SCT 46750007)."""

Aorta: _Final[_Code] = _Code(
    "SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223)
)
"""Aorta (SCT 15825003)."""

PleuralStructure: _Final[_Code] = _Code(
    "SCT", "3120008", "Pleural structure", (6100, 6129, 7155, 12294)
)
"""Pleural structure (SCT 3120008)."""

ChestWall: _Final[_Code] = _Code("SCT", "78904004", "Chest wall", (6018, 6129))
"""Chest wall (SCT 78904004)."""

UpperAbdomen: _Final[_Code] = _Code("SCT", "80581009", "Upper abdomen", (6129,))
"""Upper abdomen (SCT 80581009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Lung,
    Mediastinum,
    Lobar,
    InterstitialTissue,
    Bronchial,
    HilumOfLung,
    Aorta,
    PleuralStructure,
    ChestWall,
    UpperAbdomen,
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
