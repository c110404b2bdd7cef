"""CID 3442 Peripheral Pulse Method.

Extensible, version 20240611, UID 1.2.840.10008.6.1.95.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3442
NAME: _Final[str] = "Peripheral Pulse Method"
KEYWORD: _Final[str | None] = "PeripheralPulseMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.95"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Palpation: _Final[_Code] = _Code("SCT", "113011001", "Palpation", (3442,))
"""Palpation (SCT 113011001)."""

Doppler: _Final[_Code] = _Code("SCT", "420717009", "Doppler", (3442,))
"""Doppler (SCT 420717009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Palpation, Doppler)
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
