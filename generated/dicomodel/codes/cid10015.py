"""CID 10015 CT Dose Reference Authority.

Extensible, version 20081027, UID 1.2.840.10008.6.1.547.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10015
NAME: _Final[str] = "CT Dose Reference Authority"
KEYWORD: _Final[str | None] = "CTDoseReferenceAuthority"
UID: _Final[str | None] = "1.2.840.10008.6.1.547"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20081027"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ICRPPub60: _Final[_Code] = _Code("DCM", "113808", "ICRP Pub 60", (10015,))
"""ICRP Pub 60 (DCM 113808)."""

ICRPPub103: _Final[_Code] = _Code("DCM", "113841", "ICRP Pub 103", (10015,))
"""ICRP Pub 103 (DCM 113841)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ICRPPub60, ICRPPub103)
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
