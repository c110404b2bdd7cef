"""CID 6337 mpMRI Prostate Abnormality from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1394.
Includes CID 6338.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6337
NAME: _Final[str] = "mpMRI Prostate Abnormality from PI-RADS®"
KEYWORD: _Final[str | None] = "mpMRIProstateAbnormalityFromPIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.1394"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = (6338,)
EXTERNAL_SCHEME: _Final[str | None] = None

FocalAbnormality: _Final[_Code] = _Code("DCM", "130591", "Focal abnormality", (6337,))
"""Focal abnormality (DCM 130591)."""

Focal: _Final[_Code] = _Code("SCT", "87017008", "Focal", (6128, 6337))
"""Focal (SCT 87017008)."""

IndexLesion: _Final[_Code] = _Code("NCIt", "C110961", "Index lesion", (6337,))
"""Index lesion (NCIt C110961)."""

Lesion: _Final[_Code] = _Code("SCT", "52988006", "Lesion", (3487, 4266, 6337, 7159))
"""Lesion (SCT 52988006)."""

Mass: _Final[_Code] = _Code("SCT", "4147007", "Mass", (6104, 6337, 7159))
"""Mass (SCT 4147007)."""

Nodule: _Final[_Code] = _Code("SCT", "27925004", "Nodule", (6104, 6337, 7159))
"""Nodule (SCT 27925004)."""

NonFocalAbnormality: _Final[_Code] = _Code("DCM", "130592", "Non-focal abnormality", (6337,))
"""Non-focal abnormality (DCM 130592)."""

Diffuse: _Final[_Code] = _Code("SCT", "19648000", "Diffuse", (6128, 6337))
"""Diffuse (SCT 19648000)."""

Multifocal: _Final[_Code] = _Code("SCT", "524008", "Multifocal", (6128, 6337))
"""Multifocal (SCT 524008)."""

Regional: _Final[_Code] = _Code("SCT", "410674003", "Regional", (6337,))
"""Regional (SCT 410674003)."""

BenignProstateHyperplasia: _Final[_Code] = _Code(
    "SCT", "444808002", "Benign Prostate Hyperplasia", (6313, 6338)
)
"""Benign Prostate Hyperplasia (SCT 444808002). Included from CID 6338."""

Hemorrhage: _Final[_Code] = _Code("SCT", "50960005", "Hemorrhage", (3754, 6338, 7159))
"""Hemorrhage (SCT 50960005). Included from CID 6338."""

Cyst: _Final[_Code] = _Code("SCT", "367643001", "Cyst", (6338, 7159))
"""Cyst (SCT 367643001). Included from CID 6338."""

PathologicCalcification: _Final[_Code] = _Code(
    "SCT", "18115005", "Pathologic calcification", (3802, 6338)
)
"""Pathologic calcification (SCT 18115005). Included from CID 6338."""

Prostatitis: _Final[_Code] = _Code("SCT", "9713002", "Prostatitis", (6313, 6338))
"""Prostatitis (SCT 9713002). Included from CID 6338."""

Atrophy: _Final[_Code] = _Code("SCT", "13331008", "Atrophy", (6338,))
"""Atrophy (SCT 13331008). Included from CID 6338."""

Fibrosis: _Final[_Code] = _Code("SCT", "112674009", "Fibrosis", (6338,))
"""Fibrosis (SCT 112674009). Included from CID 6338."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FocalAbnormality,
    Focal,
    IndexLesion,
    Lesion,
    Mass,
    Nodule,
    NonFocalAbnormality,
    Diffuse,
    Multifocal,
    Regional,
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
