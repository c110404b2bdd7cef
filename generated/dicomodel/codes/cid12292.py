"""CID 12292 Cardiac Ultrasound Coronary Artery Finding Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.872.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12292
NAME: _Final[str] = "Cardiac Ultrasound Coronary Artery Finding Site"
KEYWORD: _Final[str | None] = "CardiacUltrasoundCoronaryArteryFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.872"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftMainCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "3227004", "Left Main Coronary Artery", (3014, 3016, 12292)
)
"""Left Main Coronary Artery (SCT 3227004)."""

CircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "57396003", "Circumflex Coronary Artery", (3016, 12292)
)
"""Circumflex Coronary Artery (SCT 57396003)."""

ProximalCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "52433000", "Proximal Circumflex Coronary Artery", (3014, 12292)
)
"""Proximal Circumflex Coronary Artery (SCT 52433000)."""

MidCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91753007", "Mid Circumflex Coronary Artery", (3014, 12292)
)
"""Mid Circumflex Coronary Artery (SCT 91753007)."""

DistalCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "6511003", "Distal Circumflex Coronary Artery", (3014, 12292)
)
"""Distal Circumflex Coronary Artery (SCT 6511003)."""

AnteriorDescendingBranchOfLeftCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "59438005", "Anterior Descending Branch of Left Coronary Artery", (3016, 12292)
)
"""Anterior Descending Branch of Left Coronary Artery (SCT 59438005)."""

SeptalArtery: _Final[_Code] = _Code("SCT", "244251006", "Septal Artery", (3014, 12292))
"""Septal Artery (SCT 244251006)."""

RightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "13647002", "Right Coronary Artery", (3016, 12292)
)
"""Right Coronary Artery (SCT 13647002)."""

PosteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "443113009", "Posterior Descending Coronary Artery", (12292,)
)
"""Posterior Descending Coronary Artery (SCT 443113009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftMainCoronaryArtery,
    CircumflexCoronaryArtery,
    ProximalCircumflexCoronaryArtery,
    MidCircumflexCoronaryArtery,
    DistalCircumflexCoronaryArtery,
    AnteriorDescendingBranchOfLeftCoronaryArtery,
    SeptalArtery,
    RightCoronaryArtery,
    PosteriorDescendingCoronaryArtery,
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
