"""CID 4230 Ophthalmic Ultrasound Axial Measurements Type.

Extensible, version 20100623, UID 1.2.840.10008.6.1.876.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4230
NAME: _Final[str] = "Ophthalmic Ultrasound Axial Measurements Type"
KEYWORD: _Final[str | None] = "OphthalmicUltrasoundAxialMeasurementsType"
UID: _Final[str | None] = "1.2.840.10008.6.1.876"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

UltrasoundContact: _Final[_Code] = _Code("DCM", "111750", "Ultrasound Contact", (4230,))
"""Ultrasound Contact (DCM 111750)."""

UltrasoundImmersion: _Final[_Code] = _Code("DCM", "111751", "Ultrasound Immersion", (4230,))
"""Ultrasound Immersion (DCM 111751)."""

MEMBERS: _Final[tuple[_Code, ...]] = (UltrasoundContact, UltrasoundImmersion)
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
