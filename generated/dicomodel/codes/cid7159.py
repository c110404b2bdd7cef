"""CID 7159 Lesion Segmentation Type.

Extensible, version 20240611, UID 1.2.840.10008.6.1.505.
Includes CID 7168.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7159
NAME: _Final[str] = "Lesion Segmentation Type"
KEYWORD: _Final[str | None] = "LesionSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.505"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = (7168,)
EXTERNAL_SCHEME: _Final[str | None] = None

Abscess: _Final[_Code] = _Code("SCT", "44132006", "Abscess", (6031, 7159))
"""Abscess (SCT 44132006)."""

BloodClot: _Final[_Code] = _Code("SCT", "75753009", "Blood clot", (7159,))
"""Blood clot (SCT 75753009)."""

Cyst: _Final[_Code] = _Code("SCT", "367643001", "Cyst", (6338, 7159))
"""Cyst (SCT 367643001)."""

Edema: _Final[_Code] = _Code("SCT", "79654002", "Edema", (6015, 6031, 7159, 7169))
"""Edema (SCT 79654002)."""

Embolus: _Final[_Code] = _Code("SCT", "55584005", "Embolus", (3805, 3810, 3815, 7159))
"""Embolus (SCT 55584005)."""

Hemorrhage: _Final[_Code] = _Code("SCT", "50960005", "Hemorrhage", (3754, 6338, 7159))
"""Hemorrhage (SCT 50960005)."""

Inflammation: _Final[_Code] = _Code("SCT", "409774005", "Inflammation", (6031, 7159))
"""Inflammation (SCT 409774005)."""

Lesion: _Final[_Code] = _Code("SCT", "52988006", "Lesion", (3487, 4266, 6337, 7159))
"""Lesion (SCT 52988006)."""

Mass: _Final[_Code] = _Code("SCT", "4147007", "Mass", (6104, 6337, 7159))
"""Mass (SCT 4147007)."""

Necrosis: _Final[_Code] = _Code("SCT", "6574001", "Necrosis", (7159, 7168))
"""Necrosis (SCT 6574001)."""

Neoplasm: _Final[_Code] = _Code("SCT", "108369006", "Neoplasm", (644, 3815, 7159))
"""Neoplasm (SCT 108369006)."""

NeoplasmPrimary: _Final[_Code] = _Code("SCT", "372087000", "Neoplasm, Primary", (7159,))
"""Neoplasm, Primary (SCT 372087000)."""

NeoplasmSecondary: _Final[_Code] = _Code("SCT", "14799000", "Neoplasm, Secondary", (7159,))
"""Neoplasm, Secondary (SCT 14799000)."""

Nodule: _Final[_Code] = _Code("SCT", "27925004", "Nodule", (6104, 6337, 7159))
"""Nodule (SCT 27925004)."""

Background: _Final[_Code] = _Code("DCM", "125040", "Background", (7165, 7169, 12322))
"""Background (DCM 125040). Included from CID 7169."""

Normal: _Final[_Code] = _Code("SCT", "17621005", "Normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""Normal (SCT 17621005). Included from CID 7169."""

NonEnhancingLesion: _Final[_Code] = _Code("NCIt", "C81175", "Non-Enhancing Lesion", (7169,))
"""Non-Enhancing Lesion (NCIt C81175). Included from CID 7169."""

EnhancingLesion: _Final[_Code] = _Code("NCIt", "C113842", "Enhancing Lesion", (7169,))
"""Enhancing Lesion (NCIt C113842). Included from CID 7169."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Abscess,
    BloodClot,
    Cyst,
    Edema,
    Embolus,
    Hemorrhage,
    Inflammation,
    Lesion,
    Mass,
    Necrosis,
    Neoplasm,
    NeoplasmPrimary,
    NeoplasmSecondary,
    Nodule,
    Background,
    Normal,
    NonEnhancingLesion,
    EnhancingLesion,
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
