"""CID 92 Joint Position During Acquisition.

Extensible, version 20100625, UID 1.2.840.10008.6.1.892.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 92
NAME: _Final[str] = "Joint Position During Acquisition"
KEYWORD: _Final[str | None] = "JointPositionDuringAcquisition"
UID: _Final[str | None] = "1.2.840.10008.6.1.892"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100625"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NeutralMusculoskeletalPosition: _Final[_Code] = _Code(
    "DCM", "109136", "Neutral musculoskeletal position", (92,)
)
"""Neutral musculoskeletal position (DCM 109136)."""

Flexion: _Final[_Code] = _Code("SCT", "9964006", "Flexion", (92,))
"""Flexion (SCT 9964006)."""

Extension: _Final[_Code] = _Code("SCT", "24154002", "Extension", (92,))
"""Extension (SCT 24154002)."""

Abduction: _Final[_Code] = _Code("SCT", "60074003", "Abduction", (92,))
"""Abduction (SCT 60074003)."""

Adduction: _Final[_Code] = _Code("SCT", "11554009", "Adduction", (92,))
"""Adduction (SCT 11554009)."""

InternalRotation: _Final[_Code] = _Code("SCT", "12852001", "Internal rotation", (92,))
"""Internal rotation (SCT 12852001)."""

ExternalRotation: _Final[_Code] = _Code("SCT", "52019005", "External rotation", (92,))
"""External rotation (SCT 52019005)."""

Supination: _Final[_Code] = _Code("SCT", "14502000", "Supination", (92,))
"""Supination (SCT 14502000)."""

Pronation: _Final[_Code] = _Code("SCT", "88241000", "Pronation", (92,))
"""Pronation (SCT 88241000)."""

Torsion: _Final[_Code] = _Code("SCT", "51795009", "Torsion", (92,))
"""Torsion (SCT 51795009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NeutralMusculoskeletalPosition,
    Flexion,
    Extension,
    Abduction,
    Adduction,
    InternalRotation,
    ExternalRotation,
    Supination,
    Pronation,
    Torsion,
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
