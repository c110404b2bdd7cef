"""CID 4266 Ophthalmic Anatomic Structure Reference Point.

Extensible, version 20170914, UID 1.2.840.10008.6.1.942.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4266
NAME: _Final[str] = "Ophthalmic Anatomic Structure Reference Point"
KEYWORD: _Final[str | None] = "OphthalmicAnatomicStructureReferencePoint"
UID: _Final[str | None] = "1.2.840.10008.6.1.942"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MorphologicallyAbnormalStructure: _Final[_Code] = _Code(
    "SCT", "49755003", "Morphologically Abnormal Structure", (1000, 3487, 4266, 7150)
)
"""Morphologically Abnormal Structure (SCT 49755003)."""

Lesion: _Final[_Code] = _Code("SCT", "52988006", "Lesion", (3487, 4266, 6337, 7159))
"""Lesion (SCT 52988006)."""

FoveaCentralis: _Final[_Code] = _Code("SCT", "67046006", "Fovea centralis", (4209, 4266))
"""Fovea centralis (SCT 67046006)."""

OpticNerveHead: _Final[_Code] = _Code("SCT", "81016008", "Optic nerve head", (4209, 4211, 4266))
"""Optic nerve head (SCT 81016008)."""

DiscFovea: _Final[_Code] = _Code("DCM", "111934", "Disc-Fovea", (4266,))
"""Disc-Fovea (DCM 111934)."""

Cornea: _Final[_Code] = _Code("SCT", "28726007", "Cornea", (4, 4029, 4209, 4211, 4233, 4266))
"""Cornea (SCT 28726007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MorphologicallyAbnormalStructure,
    Lesion,
    FoveaCentralis,
    OpticNerveHead,
    DiscFovea,
    Cornea,
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
