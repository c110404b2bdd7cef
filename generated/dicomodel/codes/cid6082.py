"""CID 6082 Gynecological Procedure.

Extensible, version 20040112, UID 1.2.840.10008.6.1.404.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6082
NAME: _Final[str] = "Gynecological Procedure"
KEYWORD: _Final[str | None] = "GynecologicalProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.404"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EndometrialBiopsy: _Final[_Code] = _Code("SCT", "386802000", "Endometrial biopsy", (6082,))
"""Endometrial biopsy (SCT 386802000)."""

Hysterectomy: _Final[_Code] = _Code("SCT", "236886002", "Hysterectomy", (6082,))
"""Hysterectomy (SCT 236886002)."""

DilationAndCurettage: _Final[_Code] = _Code("SCT", "13091001", "Dilation and curettage", (6082,))
"""Dilation and curettage (SCT 13091001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (EndometrialBiopsy, Hysterectomy, DilationAndCurettage)
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
