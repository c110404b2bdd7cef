"""CID 6338 mpMRI Benign Prostate Abnormality from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1395.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6338
NAME: _Final[str] = "mpMRI Benign Prostate Abnormality from PI-RADS®"
KEYWORD: _Final[str | None] = "mpMRIBenignProstateAbnormalityFromPIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.1395"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BenignProstateHyperplasia: _Final[_Code] = _Code(
    "SCT", "444808002", "Benign Prostate Hyperplasia", (6313, 6338)
)
"""Benign Prostate Hyperplasia (SCT 444808002)."""

Hemorrhage: _Final[_Code] = _Code("SCT", "50960005", "Hemorrhage", (3754, 6338, 7159))
"""Hemorrhage (SCT 50960005)."""

Cyst: _Final[_Code] = _Code("SCT", "367643001", "Cyst", (6338, 7159))
"""Cyst (SCT 367643001)."""

PathologicCalcification: _Final[_Code] = _Code(
    "SCT", "18115005", "Pathologic calcification", (3802, 6338)
)
"""Pathologic calcification (SCT 18115005)."""

Prostatitis: _Final[_Code] = _Code("SCT", "9713002", "Prostatitis", (6313, 6338))
"""Prostatitis (SCT 9713002)."""

Atrophy: _Final[_Code] = _Code("SCT", "13331008", "Atrophy", (6338,))
"""Atrophy (SCT 13331008)."""

Fibrosis: _Final[_Code] = _Code("SCT", "112674009", "Fibrosis", (6338,))
"""Fibrosis (SCT 112674009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BenignProstateHyperplasia,
    Hemorrhage,
    Cyst,
    PathologicCalcification,
    Prostatitis,
    Atrophy,
    Fibrosis,
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
