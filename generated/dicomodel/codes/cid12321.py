"""CID 12321 Elastography Site.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1448.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12321
NAME: _Final[str] = "Elastography Site"
KEYWORD: _Final[str | None] = "ElastographySite"
UID: _Final[str | None] = "1.2.840.10008.6.1.1448"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220628"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AchillesTendon: _Final[_Code] = _Code("SCT", "61352006", "Achilles Tendon", (12321,))
"""Achilles Tendon (SCT 61352006)."""

Breast: _Final[_Code] = _Code("SCT", "76752008", "Breast", (645, 4013, 4031, 10044, 12321))
"""Breast (SCT 76752008)."""

Kidney: _Final[_Code] = _Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007)."""

Liver: _Final[_Code] = _Code(
    "SCT", "10200004", "Liver", (644, 1005, 4030, 6204, 7154, 10044, 12321)
)
"""Liver (SCT 10200004)."""

Prostate: _Final[_Code] = _Code(
    "SCT", "41216001", "Prostate", (645, 4031, 6204, 6300, 7160, 10044, 12321)
)
"""Prostate (SCT 41216001)."""

Pancreas: _Final[_Code] = _Code(
    "SCT", "15776009", "Pancreas", (645, 1005, 4031, 7154, 10044, 12321)
)
"""Pancreas (SCT 15776009)."""

PatellarTendon: _Final[_Code] = _Code("SCT", "18033002", "Patellar Tendon", (12321,))
"""Patellar Tendon (SCT 18033002)."""

Spleen: _Final[_Code] = _Code("SCT", "78961009", "Spleen", (4030, 6204, 7154, 10044, 12321))
"""Spleen (SCT 78961009)."""

TendonOfRotatorCuffOfShoulder: _Final[_Code] = _Code(
    "SCT", "245100002", "Tendon of Rotator Cuff of Shoulder", (12321,)
)
"""Tendon of Rotator Cuff of Shoulder (SCT 245100002)."""

Testis: _Final[_Code] = _Code("SCT", "40689003", "Testis", (4030, 6204, 7160, 10044, 12321))
"""Testis (SCT 40689003)."""

Thyroid: _Final[_Code] = _Code("SCT", "69748006", "Thyroid", (645, 4030, 6149, 10044, 12321))
"""Thyroid (SCT 69748006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AchillesTendon,
    Breast,
    Kidney,
    Liver,
    Prostate,
    Pancreas,
    PatellarTendon,
    Spleen,
    TendonOfRotatorCuffOfShoulder,
    Testis,
    Thyroid,
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
