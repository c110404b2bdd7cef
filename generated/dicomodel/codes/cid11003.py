"""CID 11003 Ultrasound Transducer Technology.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1473.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 11003
NAME: _Final[str] = "Ultrasound Transducer Technology"
KEYWORD: _Final[str | None] = "UltrasoundTransducerTechnology"
UID: _Final[str | None] = "1.2.840.10008.6.1.1473"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PiezocompositeTransducer: _Final[_Code] = _Code(
    "DCM", "130815", "Piezocomposite Transducer", (11003,)
)
"""Piezocomposite Transducer (DCM 130815)."""

MEMSBasedTransducer: _Final[_Code] = _Code("DCM", "130816", "MEMS-based Transducer", (11003,))
"""MEMS-based Transducer (DCM 130816)."""

InterferometricTransducer: _Final[_Code] = _Code(
    "DCM", "130817", "Interferometric Transducer", (11003,)
)
"""Interferometric Transducer (DCM 130817)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PiezocompositeTransducer,
    MEMSBasedTransducer,
    InterferometricTransducer,
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
