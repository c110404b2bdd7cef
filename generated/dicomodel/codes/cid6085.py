"""CID 6085 Therapies for Breast.

Extensible, version 20230630, UID 1.2.840.10008.6.1.407.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6085
NAME: _Final[str] = "Therapies for Breast"
KEYWORD: _Final[str | None] = "TherapiesForBreast"
UID: _Final[str | None] = "1.2.840.10008.6.1.407"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Chemotherapy: _Final[_Code] = _Code("SCT", "367336001", "Chemotherapy", (6085,))
"""Chemotherapy (SCT 367336001)."""

RadiationTherapy: _Final[_Code] = _Code("SCT", "108290001", "Radiation therapy", (6085,))
"""Radiation therapy (SCT 108290001)."""

HormoneTherapy: _Final[_Code] = _Code("SCT", "169413002", "Hormone therapy", (6085,))
"""Hormone therapy (SCT 169413002)."""

BoneMarrowTransplant: _Final[_Code] = _Code("SCT", "23719005", "Bone marrow transplant", (6085,))
"""Bone marrow transplant (SCT 23719005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Chemotherapy,
    RadiationTherapy,
    HormoneTherapy,
    BoneMarrowTransplant,
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
