"""CID 12310 Myocardial Strain Method.

Extensible, version 20211112, UID 1.2.840.10008.6.1.1427.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12310
NAME: _Final[str] = "Myocardial Strain Method"
KEYWORD: _Final[str | None] = "MyocardialStrainMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.1427"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20211112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EndocardialMethod: _Final[_Code] = _Code("DCM", "130683", "Endocardial Method", (12310,))
"""Endocardial Method (DCM 130683)."""

EpicardialMethod: _Final[_Code] = _Code("DCM", "130684", "Epicardial Method", (12310,))
"""Epicardial Method (DCM 130684)."""

MyocardialMidlayerMethod: _Final[_Code] = _Code(
    "DCM", "130685", "Myocardial Midlayer Method", (12310,)
)
"""Myocardial Midlayer Method (DCM 130685)."""

MEMBERS: _Final[tuple[_Code, ...]] = (EndocardialMethod, EpicardialMethod, MyocardialMidlayerMethod)
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
