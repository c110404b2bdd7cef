"""CID 3804 Stenosis Measurement Method.

Extensible, version 20051103, UID 1.2.840.10008.6.1.265.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3804
NAME: _Final[str] = "Stenosis Measurement Method"
KEYWORD: _Final[str | None] = "StenosisMeasurementMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.265"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NASCET: _Final[_Code] = _Code("DCM", "122655", "NASCET", (3804,))
"""NASCET (DCM 122655)."""

ECST: _Final[_Code] = _Code("DCM", "122656", "ECST", (3804,))
"""ECST (DCM 122656)."""

AreaBasedMethod: _Final[_Code] = _Code("DCM", "122650", "Area Based Method", (3804, 3807))
"""Area Based Method (DCM 122650)."""

DiameterBasedMethod: _Final[_Code] = _Code("DCM", "122651", "Diameter Based Method", (3804, 3807))
"""Diameter Based Method (DCM 122651)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NASCET, ECST, AreaBasedMethod, DiameterBasedMethod)
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
