"""CID 4241 Ophthalmic Axial Length Selection Method.

Extensible, version 20100623, UID 1.2.840.10008.6.1.887.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4241
NAME: _Final[str] = "Ophthalmic Axial Length Selection Method"
KEYWORD: _Final[str | None] = "OphthalmicAxialLengthSelectionMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.887"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MeanValueChosen: _Final[_Code] = _Code("DCM", "121412", "Mean value chosen", (224, 4241, 12301))
"""Mean value chosen (DCM 121412)."""

UserChosenValue: _Final[_Code] = _Code(
    "DCM", "121410", "User chosen value", (224, 4241, 4252, 12301)
)
"""User chosen value (DCM 121410)."""

MEMBERS: _Final[tuple[_Code, ...]] = (MeanValueChosen, UserChosenValue)
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
